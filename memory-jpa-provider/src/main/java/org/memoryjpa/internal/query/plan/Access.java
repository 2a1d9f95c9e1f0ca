package org.memoryjpa.internal.query.plan;

import java.util.List;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.query.model.Expr;
import org.memoryjpa.internal.query.model.Source;
import org.memoryjpa.internal.query.model.Variable;
import org.memoryjpa.internal.store.IndexDefinition;
import org.memoryjpa.internal.store.Table;

/**
 * How one step of a plan finds the values of its variable, given the variables bound before it. The
 * value expressions of lookups read only earlier variables, enclosing queries' variables and
 * parameters. Rows of entity tables are filtered to the variable's entity and its subtypes. Immutable.
 */
public sealed interface Access {

  /** The variable the access binds. */
  Variable variable();

  /** Every row of the table. */
  record ScanNode(Variable variable, Table table) implements Access {
    @Override
    public String toString() {
      return "Scan " + PlanText.entity(variable, table);
    }
  }

  /** The rows with these keys (equality or IN on the id). */
  record KeyLookupNode(Variable variable, Table table, Class<?> keyType, List<Expr> keys) implements Access {
    public KeyLookupNode {
      keys = List.copyOf(keys);
    }

    @Override
    public String toString() {
      return "KeyLookup " + PlanText.entity(variable, table) + " (key " + PlanText.values(keys) + ")";
    }
  }

  /**
   * The rows whose index key equals one of the value tuples (one value per indexed slot): equality or
   * IN on a unique key or an {@code @Index}.
   */
  record IndexLookupNode(
      Variable variable, Table table, IndexDefinition index, List<String> columns, List<Class<?>> types,
      List<List<Expr>> tuples) implements Access {
    public IndexLookupNode {
      columns = List.copyOf(columns);
      types = List.copyOf(types);
      tuples = tuples.stream().map(List::copyOf).toList();
    }

    @Override
    public String toString() {
      return "IndexLookup " + PlanText.entity(variable, table) + " using " + index.name() + " ("
          + String.join(", ", columns) + " " + PlanText.tuples(tuples) + ")";
    }
  }

  /** The rows whose single-slot sorted index key lies between the bounds (a null bound is open). */
  record IndexRangeNode(
      Variable variable, Table table, IndexDefinition index, String column, Class<?> type, Expr lower,
      boolean lowerInclusive, Expr upper, boolean upperInclusive) implements Access {
    @Override
    public String toString() {
      return "IndexRange " + PlanText.entity(variable, table) + " using " + index.name() + " ("
          + PlanText.range(column, lower, lowerInclusive, upper, upperInclusive) + ")";
    }
  }

  /** The rows whose reference slot holds the key {@code key} evaluates to, through its reference index. */
  record ReferenceLookupNode(Variable variable, Table table, int slot, String column, Class<?> keyType, Expr key)
      implements Access {
    @Override
    public String toString() {
      return "ReferenceLookup " + PlanText.entity(variable, table) + " (" + column + " "
          + PlanText.values(List.of(key)) + ")";
    }
  }

  /** The row a foreign key of the parent's row points at. */
  record ForeignKeyNode(Variable variable, Table table, Source.ForeignKey source) implements Access {
    @Override
    public String toString() {
      return "ForeignKey " + PlanText.entity(variable, table) + " by " + source.parent().name() + "."
          + source.slot().path();
    }
  }

  /** The rows of the keys the parent's list slot holds (an owning to-many). */
  record KeyListNode(Variable variable, Table table, Source.KeyList source) implements Access {
    @Override
    public String toString() {
      return "KeyList " + PlanText.entity(variable, table) + " by " + source.parent().name() + "."
          + source.slot().path();
    }
  }

  /** The rows whose reference (or reference list) slot points at the parent's key (a mappedBy side). */
  record InverseNode(Variable variable, Table table, Source.Inverse source) implements Access {
    @Override
    public String toString() {
      return "ReferenceLookup " + PlanText.entity(variable, table) + " (" + source.targetSlot().path() + " = "
          + source.parent().name() + ")";
    }
  }

  /** The elements of an element collection slot of the parent's row. */
  record ElementsNode(Variable variable, Source.Elements source) implements Access {
    @Override
    public String toString() {
      return "Elements " + source.parent().name() + "." + source.slot().path() + " " + variable.name();
    }
  }

  /** The entity whose rows the access reads, or null for elements. */
  default EntityModel entity() {
    return variable().entity();
  }
}
