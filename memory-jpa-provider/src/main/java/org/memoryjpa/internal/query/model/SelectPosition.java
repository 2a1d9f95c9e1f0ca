package org.memoryjpa.internal.query.model;

import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.NumericLiteral;
import org.memoryjpa.internal.query.parse.syntax.OrderItem;

/**
 * The reading of an integer literal in ORDER BY as the 1-based position of a select item, as SQL and
 * Hibernate read it ({@code order by 2 desc}). Only an unsigned integer ({@code 2} or {@code 2L}) is a
 * position: {@code -1}, {@code 1.0} or {@code 1 + 0} stay constants that sort nothing, as in Hibernate.
 * Stateless.
 */
final class SelectPosition {

  private SelectPosition() {}

  /**
   * The index (0-based) of the select item an ORDER BY item names by position, or -1 if it is no
   * position.
   *
   * @throws IllegalArgumentException if the position is not one of the {@code items} select items
   */
  static int of(OrderItem item, int items, BindErrors errors) {
    if (!(item.expression() instanceof NumericLiteral literal)
        || !(literal.value() instanceof Integer || literal.value() instanceof Long)
        || literal.value().longValue() < 0) {
      return -1;
    }
    long position = literal.value().longValue();
    if (position < 1 || position > items) {
      throw errors.at(item.position(), "ORDER BY position " + position + " is not a select item: the query selects "
          + items + (items == 1 ? " item" : " items"), "order by a position from 1 to " + items);
    }
    return (int) position - 1;
  }

  /**
   * What ordering by a select item sorts by: its value (an entity by its id), or for a {@code NEW}
   * item its arguments in turn, as Hibernate sorts by every column the item selects.
   */
  static List<Expr> sortKeys(Selection item) {
    if (item.expression() != null) {
      return List.of(item.expression());
    }
    List<Expr> keys = new ArrayList<>();
    for (Selection argument : item.arguments()) {
      keys.addAll(sortKeys(argument));
    }
    return keys;
  }
}
