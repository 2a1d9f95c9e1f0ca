package org.memoryjpa.internal.query.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.query.model.Expr;
import org.memoryjpa.internal.store.RowSnapshot;
import org.memoryjpa.internal.store.Table;

/**
 * Evaluates a collection-valued path to the collection's contents as stored: the keys of an owning
 * association's list (or map values), the rows referencing the owner for a {@code mappedBy} side, the
 * stored elements of an element collection (a map's values). For SIZE, IS EMPTY and MEMBER OF.
 * Stateless.
 */
final class CollectionValues {

  private CollectionValues() {}

  static Evaluator of(Expr.CollectionPath path, Function<EntityModel, Table> tables) {
    int variable = path.owner().index();
    if (path.inverseSlot() != null) {
      Table table = tables.apply(path.target());
      int slot = path.inverseSlot().index();
      return (frame, ex) -> {
        RowSnapshot row = (RowSnapshot) frame[variable];
        if (row == null) {
          return null;
        }
        List<Object> keys = new ArrayList<>();
        ex.view().findByReference(table, slot, row.key()).forEach(referencing -> keys.add(referencing.key()));
        return keys;
      };
    }
    int slot = path.slot().index();
    return (frame, ex) -> {
      RowSnapshot row = (RowSnapshot) frame[variable];
      if (row == null) {
        return null;
      }
      Object stored = row.value(slot);
      if (stored instanceof Map<?, ?> map) {
        return map.values();
      }
      return stored == null ? List.of() : (Collection<?>) stored;
    };
  }
}
