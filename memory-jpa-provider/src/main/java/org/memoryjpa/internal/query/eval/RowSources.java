package org.memoryjpa.internal.query.eval;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.query.model.Coercions;
import org.memoryjpa.internal.query.model.Variable;
import org.memoryjpa.internal.query.plan.Access;
import org.memoryjpa.internal.store.KeyRange;
import org.memoryjpa.internal.store.ReadView;
import org.memoryjpa.internal.store.RowSnapshot;
import org.memoryjpa.internal.store.Table;

/**
 * Compiles the access of a plan step into a {@link RowSource} over the store's read view: scans, key,
 * index and reference lookups, ranges over sorted indexes, foreign keys, key lists and element
 * collections. Lookup values are coerced to the stored class of the column (hash indexes compare by
 * {@code equals}); a null lookup value matches nothing, as in SQL. Stateless.
 */
final class RowSources {

  private RowSources() {}

  static RowSource of(Access access, ExprCompiler compiler) {
    boolean[] allowed = allowedTags(access.entity());
    RowSource source = entityRows(access, compiler);
    if (source == null) {
      Access.ElementsNode elements = (Access.ElementsNode) access;
      int parent = elements.source().parent().index();
      int slot = elements.source().slot().index();
      boolean indexed = elements.variable().kind() == Variable.Kind.MAP_ENTRY;
      return (frame, ex) -> {
        RowSnapshot row = (RowSnapshot) frame[parent];
        Object stored = row == null ? null : row.value(slot);
        if (stored instanceof Map<?, ?> map) {
          return map.entrySet().iterator();
        }
        if (indexed && stored instanceof List<?> list) {
          return indexedEntries(list);
        }
        return stored == null ? Collections.emptyIterator() : ((Collection<?>) stored).iterator();
      };
    }
    if (allowed == null) {
      return source;
    }
    return (frame, ex) -> filtered(source.values(frame, ex), allowed);
  }

  /** An ordered list's elements as entries of their index (what its {@code @OrderColumn} holds). */
  private static Iterator<Map.Entry<Integer, Object>> indexedEntries(List<?> list) {
    Iterator<?> elements = list.iterator();
    return new Iterator<>() {
      private int index;

      @Override
      public boolean hasNext() {
        return elements.hasNext();
      }

      @Override
      public Map.Entry<Integer, Object> next() {
        return new AbstractMap.SimpleImmutableEntry<>(index++, elements.next());
      }
    };
  }

  private static RowSource entityRows(Access access, ExprCompiler compiler) {
    if (access instanceof Access.ScanNode scan) {
      Table table = scan.table();
      return (frame, ex) -> ex.view().scan(table).iterator();
    }
    if (access instanceof Access.KeyLookupNode lookup) {
      Table table = lookup.table();
      Evaluator[] keys = compiler.compileAll(lookup.keys());
      Class<?> type = lookup.keyType();
      return (frame, ex) -> {
        ReadView view = ex.view();
        if (keys.length == 1) {
          Object key = keys[0].evaluate(frame, ex);
          if (!(key instanceof Collection<?>)) {
            return key == null ? Collections.emptyIterator() : one(view.read(table, Coercions.literal(key, type)));
          }
        }
        List<RowSnapshot> rows = new ArrayList<>();
        for (Object key : distinctValues(keys, type, frame, ex)) {
          RowSnapshot row = view.read(table, key);
          if (row != null) {
            rows.add(row);
          }
        }
        return rows.iterator();
      };
    }
    if (access instanceof Access.IndexLookupNode lookup) {
      return indexLookup(lookup, compiler);
    }
    if (access instanceof Access.IndexRangeNode range) {
      Table table = range.table();
      Evaluator lower = compiler.compile(range.lower());
      Evaluator upper = compiler.compile(range.upper());
      Class<?> type = range.type();
      return (frame, ex) -> {
        Object low = lower == null ? null : Coercions.literal(lower.evaluate(frame, ex), type);
        Object high = upper == null ? null : Coercions.literal(upper.evaluate(frame, ex), type);
        if (lower != null && low == null || upper != null && high == null) {
          return Collections.emptyIterator();
        }
        KeyRange keys = KeyRange.between(low, range.lowerInclusive(), high, range.upperInclusive());
        return ex.view().range(table, range.index(), keys).iterator();
      };
    }
    if (access instanceof Access.ReferenceLookupNode lookup) {
      Table table = lookup.table();
      Evaluator key = compiler.compile(lookup.key());
      Class<?> type = lookup.keyType();
      int slot = lookup.slot();
      Evaluator[] keys = {key};
      return (frame, ex) -> {
        ReadView view = ex.view();
        Object value = key.evaluate(frame, ex);
        if (!(value instanceof Collection<?>)) {
          // one value, the common case: no set, and no flatMap, which buffers the whole inner stream
          return value == null ? Collections.emptyIterator()
              : view.findByReference(table, slot, Coercions.literal(value, type)).iterator();
        }
        return distinctValues(keys, type, frame, ex).stream()
            .flatMap(each -> view.findByReference(table, slot, each)).iterator();
      };
    }
    if (access instanceof Access.ForeignKeyNode foreignKey) {
      Table table = foreignKey.table();
      int parent = foreignKey.source().parent().index();
      int slot = foreignKey.source().slot().index();
      return (frame, ex) -> {
        RowSnapshot row = (RowSnapshot) frame[parent];
        Object key = row == null ? null : row.value(slot);
        return key == null ? Collections.emptyIterator() : one(ex.view().read(table, key));
      };
    }
    if (access instanceof Access.KeyListNode list) {
      Table table = list.table();
      int parent = list.source().parent().index();
      int slot = list.source().slot().index();
      return (frame, ex) -> {
        RowSnapshot row = (RowSnapshot) frame[parent];
        Object stored = row == null ? null : row.value(slot);
        if (stored == null) {
          return Collections.emptyIterator();
        }
        Collection<?> keys = stored instanceof Map<?, ?> map ? map.values() : (Collection<?>) stored;
        ReadView view = ex.view();
        return keys.stream().filter(Objects::nonNull).map(key -> view.read(table, key))
            .filter(Objects::nonNull).iterator();
      };
    }
    if (access instanceof Access.InverseNode inverse) {
      Table table = inverse.table();
      int parent = inverse.source().parent().index();
      int slot = inverse.source().targetSlot().index();
      return (frame, ex) -> {
        RowSnapshot row = (RowSnapshot) frame[parent];
        return row == null ? Collections.emptyIterator()
            : ex.view().findByReference(table, slot, row.key()).iterator();
      };
    }
    return null;
  }

  private static RowSource indexLookup(Access.IndexLookupNode lookup, ExprCompiler compiler) {
    Table table = lookup.table();
    List<Evaluator[]> tuples = new ArrayList<>();
    for (List<org.memoryjpa.internal.query.model.Expr> tuple : lookup.tuples()) {
      tuples.add(compiler.compileAll(tuple));
    }
    List<Class<?>> types = lookup.types();
    if (types.size() == 1) {
      Evaluator[] values = new Evaluator[tuples.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = tuples.get(i)[0];
      }
      Class<?> type = types.get(0);
      return (frame, ex) -> {
        ReadView view = ex.view();
        if (values.length == 1) {
          Object value = values[0].evaluate(frame, ex);
          if (!(value instanceof Collection<?>)) {
            // one value, the common case: no set, and no flatMap, which buffers the whole inner stream
            return value == null ? Collections.emptyIterator()
                : view.lookupRows(table, lookup.index(), Coercions.literal(value, type));
          }
        }
        return distinctValues(values, type, frame, ex).stream()
            .flatMap(value -> view.lookup(table, lookup.index(), value)).iterator();
      };
    }
    return (frame, ex) -> {
      List<Object[]> keys = new ArrayList<>();
      for (Evaluator[] tuple : tuples) {
        Object[] values = new Object[tuple.length];
        for (int i = 0; i < tuple.length; i++) {
          values[i] = Coercions.literal(tuple[i].evaluate(frame, ex), types.get(i));
        }
        keys.add(values);
      }
      ReadView view = ex.view();
      return keys.stream().flatMap(values -> view.lookup(table, lookup.index(), values)).iterator();
    };
  }

  /** The non-null values of lookup evaluators, collections expanded, coerced, without duplicates. */
  private static Set<Object> distinctValues(Evaluator[] evaluators, Class<?> type, Object[] frame, Execution ex) {
    Set<Object> values = new LinkedHashSet<>();
    for (Evaluator evaluator : evaluators) {
      Object value = evaluator.evaluate(frame, ex);
      if (value instanceof Collection<?> collection) {
        for (Object element : collection) {
          if (element != null) {
            values.add(Coercions.literal(element, type));
          }
        }
      } else if (value != null) {
        values.add(Coercions.literal(value, type));
      }
    }
    return values;
  }

  /** The one row, or nothing for null; one allocation instead of a list and its iterator. */
  private static Iterator<RowSnapshot> one(RowSnapshot row) {
    if (row == null) {
      return Collections.emptyIterator();
    }
    return new Iterator<>() {
      private boolean taken;

      @Override
      public boolean hasNext() {
        return !taken;
      }

      @Override
      public RowSnapshot next() {
        if (taken) {
          throw new java.util.NoSuchElementException();
        }
        taken = true;
        return row;
      }
    };
  }

  /** Which type tags the variable's entity admits, or null when all of its table's do. */
  private static boolean[] allowedTags(EntityModel entity) {
    if (entity == null) {
      return null;
    }
    List<EntityModel> types = entity.root().selfAndSubtypes();
    boolean[] allowed = new boolean[types.size()];
    boolean all = true;
    for (int i = 0; i < allowed.length; i++) {
      allowed[i] = entity.isSupertypeOf(types.get(i));
      all &= allowed[i];
    }
    return all ? null : allowed;
  }

  private static Iterator<?> filtered(Iterator<?> rows, boolean[] allowed) {
    return new Iterator<Object>() {
      private RowSnapshot next;

      @Override
      public boolean hasNext() {
        while (next == null && rows.hasNext()) {
          RowSnapshot row = (RowSnapshot) rows.next();
          int tag = row.typeTag();
          if (tag >= 0 && tag < allowed.length && allowed[tag]) {
            next = row;
          }
        }
        return next != null;
      }

      @Override
      public Object next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        RowSnapshot row = next;
        next = null;
        return row;
      }
    };
  }
}
