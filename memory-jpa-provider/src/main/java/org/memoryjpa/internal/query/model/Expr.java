package org.memoryjpa.internal.query.model;

import java.util.List;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.Slot;

/**
 * A typed, resolved expression of the query model. Values flow in their stored form (enum ordinals or
 * names, converters' database values, entity keys for entity-valued expressions); conditions are
 * boolean expressions with SQL's three values (TRUE, FALSE, and null for UNKNOWN). The evaluator
 * compiles each node once into an evaluator. Immutable; {@code toString()} is JPQL-like text for plans
 * and messages.
 */
public sealed interface Expr {

  /** The expression's type. */
  ValueType type();

  /** A literal, already in the stored form of the attribute it is compared with. */
  record Constant(Object value, ValueType type) implements Expr {
    @Override
    public String toString() {
      return ExprText.constant(value);
    }
  }

  /**
   * An occurrence of an input parameter, typed by its context. {@code multiValued} where it is the
   * only item of an IN list, so that a collection may be bound.
   */
  record Parameter(String name, int position, ValueType type, boolean multiValued) implements Expr {
    /** The name as the application sees it: the name, or the position as text. */
    public String label() {
      return name != null ? ":" + name : "?" + position;
    }

    @Override
    public String toString() {
      return label();
    }
  }

  /** The stored value of a slot of an entity variable's row; for a reference slot, the target's key. */
  record SlotValue(Variable variable, Slot slot, ValueType type) implements Expr {
    @Override
    public String toString() {
      return variable.name() + "." + slot.path();
    }
  }

  /** The key of an entity variable's row: the entity itself, as comparisons see it. */
  record EntityKey(Variable variable, ValueType type) implements Expr {
    @Override
    public String toString() {
      return variable.name();
    }
  }

  /**
   * The key of the row of {@code target} whose {@code targetSlot} references the owner: the inverse
   * side of a one-to-one, without joining.
   */
  record InverseReference(Variable owner, EntityModel target, Slot targetSlot, String attribute, ValueType type)
      implements Expr {
    @Override
    public String toString() {
      return owner.name() + "." + attribute;
    }
  }

  /**
   * An embeddable value of an entity variable's row, as the list of its slots' stored values; null
   * when they are all null.
   */
  record EmbeddedValue(Variable variable, String path, EmbeddableModel embeddable, List<Slot> slots, ValueType type)
      implements Expr {
    public EmbeddedValue {
      slots = List.copyOf(slots);
    }

    @Override
    public String toString() {
      return variable.name() + "." + path;
    }
  }

  /**
   * The value of an ELEMENT or MAP_ENTRY variable: the element, a map entry's key or value, an ordered
   * list element's index, or one component ({@code component >= 0}) of an embeddable element.
   */
  record ElementValue(Variable variable, Part part, int component, String path, ValueType type) implements Expr {
    /** Which part of an element or entry. */
    public enum Part {
      ELEMENT,
      KEY,
      VALUE,
      /** The position of an element of an {@code @OrderColumn} list, from 0 (kept as the entry's key). */
      INDEX
    }

    @Override
    public String toString() {
      String base = switch (part) {
        case KEY -> "KEY(" + variable.name() + ")";
        case INDEX -> "INDEX(" + variable.name() + ")";
        default -> variable.name();
      };
      return path == null ? base : base + "." + path;
    }
  }

  /**
   * {@code INDEX(v)}: the position of {@code v}'s row in the ordered key list of its parent's
   * {@code slot}, from 0, as an {@code @OrderColumn} holds it.
   */
  record ListIndex(Variable variable, Variable parent, Slot slot, ValueType type) implements Expr {
    @Override
    public String toString() {
      return "INDEX(" + variable.name() + ")";
    }
  }

  /**
   * {@code KEY(v)} of {@code v} joined over an owned association map keyed by a basic value
   * ({@code @MapKeyColumn}): the stored map key kept with {@code v}'s key in its parent's {@code slot}.
   */
  record AssociationKey(Variable variable, Variable parent, Slot slot, ValueType type) implements Expr {
    @Override
    public String toString() {
      return "KEY(" + variable.name() + ")";
    }
  }

  /** {@code TYPE(v)}: the class of the entity of a variable's row. */
  record TypeOf(Variable variable, ValueType type) implements Expr {
    @Override
    public String toString() {
      return "TYPE(" + variable.name() + ")";
    }
  }

  /** A collection-valued path, for SIZE, IS EMPTY and MEMBER OF. */
  record CollectionPath(Variable owner, PluralMapping attribute, Slot slot, EntityModel target, Slot inverseSlot)
      implements Expr {
    @Override
    public ValueType type() {
      return ValueType.of(attribute.javaType());
    }

    @Override
    public String toString() {
      return owner.name() + "." + attribute.name();
    }
  }

  /** {@code +}, {@code -}, {@code *} or {@code /} with SQL's numeric promotion. */
  record Arithmetic(Operator operator, Expr left, Expr right, ValueType type) implements Expr {
    /** The arithmetic operators. */
    public enum Operator {
      ADD("+"),
      SUBTRACT("-"),
      MULTIPLY("*"),
      DIVIDE("/");

      private final String symbol;

      Operator(String symbol) {
        this.symbol = symbol;
      }

      public String symbol() {
        return symbol;
      }
    }

    @Override
    public String toString() {
      return "(" + left + " " + operator.symbol() + " " + right + ")";
    }
  }

  /** A unary minus. */
  record Negate(Expr operand, ValueType type) implements Expr {
    @Override
    public String toString() {
      return "-" + operand;
    }
  }

  /**
   * A call of a function the application registered ({@code FUNCTION('name', ...)}); arguments keep
   * their own types, and the evaluator hands their Java values to the function.
   */
  record UserCall(UserFunction function, List<Expr> arguments, ValueType type) implements Expr {
    public UserCall {
      arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
      return "FUNCTION('" + function.name() + "'" + (arguments.isEmpty() ? "" : ", ")
          + String.join(", ", arguments.stream().map(String::valueOf).toList()) + ")";
    }
  }

  /**
   * A built-in scalar function by its canonical upper-case name ({@code CONCAT}, {@code SUBSTRING},
   * {@code COALESCE}, {@code TRIM_BOTH}, ...); the evaluator looks the implementation up once.
   */
  record Call(String function, List<Expr> arguments, ValueType type) implements Expr {
    public Call {
      arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
      return ExprText.call(function, arguments);
    }
  }

  /** A general CASE; a simple CASE is bound into this form. */
  record Case(List<When> whens, Expr otherwise, ValueType type) implements Expr {
    public Case {
      whens = List.copyOf(whens);
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("CASE");
      whens.forEach(when -> text.append(" WHEN ").append(when.condition()).append(" THEN ").append(when.result()));
      if (otherwise != null) {
        text.append(" ELSE ").append(otherwise);
      }
      return text.append(" END").toString();
    }
  }

  /** One WHEN of a CASE. */
  record When(Expr condition, Expr result) {}

  /**
   * An aggregate function. Its value is computed per group into frame position {@code slot}; the
   * argument is null for {@code COUNT(*)}.
   */
  record Aggregate(Function function, boolean distinct, Expr argument, ValueType type, int slot) implements Expr {
    /** The aggregate functions. */
    public enum Function {
      COUNT,
      SUM,
      AVG,
      MIN,
      MAX
    }

    @Override
    public String toString() {
      return function + "(" + (distinct ? "DISTINCT " : "") + (argument == null ? "*" : argument) + ")";
    }
  }

  /** A subquery used as a value: its single row's single value, or null. */
  record ScalarSubquery(QuerySpec query, ValueType type) implements Expr {
    @Override
    public String toString() {
      return "(" + query.describe() + ")";
    }
  }

  /**
   * The values of a subquery's single select item, as a collection: what a lookup reads when the
   * planner answers {@code x IN (subquery)} through an index. Never produced by the binder.
   */
  record SubqueryValues(QuerySpec query, ValueType type) implements Expr {
    @Override
    public String toString() {
      return "(" + query.describe() + ")";
    }
  }

  // ---- conditions: boolean expressions with SQL's three values

  /** A comparison with SQL semantics: UNKNOWN when either side is null. */
  record Compare(Comparison operator, Expr left, Expr right) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return left + " " + operator.symbol() + " " + right;
    }
  }

  /** The comparison operators. */
  enum Comparison {
    EQUAL("="),
    NOT_EQUAL("<>"),
    LESS_THAN("<"),
    LESS_THAN_OR_EQUAL("<="),
    GREATER_THAN(">"),
    GREATER_THAN_OR_EQUAL(">=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** The operator with its operands swapped: {@code a < b} is {@code b > a}. */
    public Comparison flipped() {
      return switch (this) {
        case LESS_THAN -> GREATER_THAN;
        case LESS_THAN_OR_EQUAL -> GREATER_THAN_OR_EQUAL;
        case GREATER_THAN -> LESS_THAN;
        case GREATER_THAN_OR_EQUAL -> LESS_THAN_OR_EQUAL;
        default -> this;
      };
    }

    /** Whether {@code order} (a comparator's result) satisfies the operator. */
    public boolean holds(int order) {
      return switch (this) {
        case EQUAL -> order == 0;
        case NOT_EQUAL -> order != 0;
        case LESS_THAN -> order < 0;
        case LESS_THAN_OR_EQUAL -> order <= 0;
        case GREATER_THAN -> order > 0;
        case GREATER_THAN_OR_EQUAL -> order >= 0;
      };
    }
  }

  /** AND of two or more conditions. */
  record And(List<Expr> operands) implements Expr {
    public And {
      operands = List.copyOf(operands);
    }

    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return ExprText.joined(operands, " AND ");
    }
  }

  /** OR of two or more conditions. */
  record Or(List<Expr> operands) implements Expr {
    public Or {
      operands = List.copyOf(operands);
    }

    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return ExprText.joined(operands, " OR ");
    }
  }

  /** NOT; NOT UNKNOWN is UNKNOWN. */
  record Not(Expr operand) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return "NOT (" + operand + ")";
    }
  }

  /** {@code [NOT] LIKE} (or HQL's ILIKE) with an optional escape character. */
  record Like(Expr value, Expr pattern, Expr escape, boolean negated, boolean ignoreCase) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return value + (negated ? " NOT" : "") + (ignoreCase ? " ILIKE " : " LIKE ") + pattern
          + (escape == null ? "" : " ESCAPE " + escape);
    }
  }

  /** {@code [NOT] IN (items)}; a multi-valued parameter item stands for its elements. */
  record InList(Expr value, List<Expr> items, boolean negated) implements Expr {
    public InList {
      items = List.copyOf(items);
    }

    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return value + (negated ? " NOT IN (" : " IN (") + ExprText.joined(items, ", ") + ")";
    }
  }

  /** {@code [NOT] IN (subquery)}. */
  record InSubquery(Expr value, QuerySpec query, boolean negated) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return value + (negated ? " NOT IN (" : " IN (") + query.describe() + ")";
    }
  }

  /** {@code [NOT] BETWEEN lower AND upper}. */
  record Between(Expr value, Expr lower, Expr upper, boolean negated) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return value + (negated ? " NOT" : "") + " BETWEEN " + lower + " AND " + upper;
    }
  }

  /** {@code IS [NOT] NULL}: never UNKNOWN. */
  record IsNull(Expr value, boolean negated) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return value + (negated ? " IS NOT NULL" : " IS NULL");
    }
  }

  /** {@code IS [NOT] EMPTY}. */
  record IsEmpty(CollectionPath collection, boolean negated) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return collection + (negated ? " IS NOT EMPTY" : " IS EMPTY");
    }
  }

  /** {@code [NOT] MEMBER OF}. */
  record MemberOf(Expr element, CollectionPath collection, boolean negated) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return element + (negated ? " NOT MEMBER OF " : " MEMBER OF ") + collection;
    }
  }

  /** {@code EXISTS (subquery)}. */
  record Exists(QuerySpec query) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return "EXISTS (" + query.describe() + ")";
    }
  }

  /** {@code left op ALL|ANY (subquery)}. */
  record Quantified(Comparison operator, Expr left, boolean all, QuerySpec query) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return left + " " + operator.symbol() + (all ? " ALL (" : " ANY (") + query.describe() + ")";
    }
  }
}
