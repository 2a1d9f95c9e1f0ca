package org.memoryjpa.internal.query.model;

import java.util.List;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.Slot;

/**
 * A bound statement: a select, an update or a delete, with its parameters and the size of the frame
 * its evaluation needs (every variable and aggregate of the statement and its subqueries has its own
 * position). Immutable and thread-safe: factories cache it per query string.
 */
public sealed interface QueryModel {

  /** The parameters, in the order of first occurrence. */
  List<ParameterSpec> parameters();

  /** The number of frame positions. */
  int frameSize();

  /** The statement's text, for messages. */
  String text();

  /**
   * A SELECT statement: one query, or ({@code sets} not null) several combined by UNION, INTERSECT or
   * EXCEPT, of which {@code query} is the first, whose select items give the results their shape.
   */
  record Select(QuerySpec query, SetTree sets, List<ParameterSpec> parameters, int frameSize, String text)
      implements QueryModel {
    public Select {
      parameters = List.copyOf(parameters);
    }
  }

  /**
   * A bulk UPDATE: {@code rows} selects the rows of the target entity (its single root), each
   * assignment sets one slot.
   */
  record Update(QuerySpec rows, EntityModel entity, List<Assignment> assignments, boolean versioned,
      List<ParameterSpec> parameters, int frameSize, String text) implements QueryModel {
    public Update {
      assignments = List.copyOf(assignments);
      parameters = List.copyOf(parameters);
    }
  }

  /** A bulk DELETE of the rows {@code rows} selects. */
  record Delete(QuerySpec rows, EntityModel entity, List<ParameterSpec> parameters, int frameSize, String text)
      implements QueryModel {
    public Delete {
      parameters = List.copyOf(parameters);
    }
  }

  /** One {@code path = value} of an UPDATE: the slot set and the new value in its stored form. */
  record Assignment(Slot slot, Expr value) {}
}
