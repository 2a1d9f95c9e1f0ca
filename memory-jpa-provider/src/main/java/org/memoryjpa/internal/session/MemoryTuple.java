package org.memoryjpa.internal.session;

import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.util.List;
import java.util.Locale;

/**
 * One row of a {@code Tuple} query: the select items' values with their elements (alias and Java
 * type). Aliases match case-insensitively, as Hibernate's do. Immutable; the values are the query's
 * results (entities are managed instances).
 */
final class MemoryTuple implements Tuple {

  private final List<TupleElement<?>> elements;
  private final Object[] values;

  MemoryTuple(List<TupleElement<?>> elements, Object[] values) {
    this.elements = elements;
    this.values = values;
  }

  /** A select item of a tuple query. */
  record Element<X>(Class<? extends X> getJavaType, String getAlias) implements TupleElement<X> {}

  @Override
  public <X> X get(TupleElement<X> element) {
    int index = elements.indexOf(element);
    if (index < 0) {
      throw new IllegalArgumentException("The tuple element '" + (element == null ? null : element.getAlias())
          + "' is not an element of this tuple");
    }
    @SuppressWarnings("unchecked")
    X value = (X) values[index];
    return value;
  }

  @Override
  public <X> X get(String alias, Class<X> type) {
    return cast(get(alias), type, "'" + alias + "'");
  }

  @Override
  public Object get(String alias) {
    if (alias != null) {
      for (int i = 0; i < elements.size(); i++) {
        String name = elements.get(i).getAlias();
        if (name != null && name.toLowerCase(Locale.ROOT).equals(alias.toLowerCase(Locale.ROOT))) {
          return values[i];
        }
      }
    }
    throw new IllegalArgumentException("Unknown tuple alias '" + alias + "'; the aliases are "
        + elements.stream().map(TupleElement::getAlias).toList());
  }

  @Override
  public <X> X get(int index, Class<X> type) {
    return cast(get(index), type, "at " + index);
  }

  @Override
  public Object get(int index) {
    if (index < 0 || index >= values.length) {
      throw new IllegalArgumentException("Tuple index " + index + " is out of range 0.." + (values.length - 1));
    }
    return values[index];
  }

  private static <X> X cast(Object value, Class<X> type, String which) {
    if (value != null && !org.memoryjpa.internal.query.model.ValueType.boxed(type).isInstance(value)) {
      throw new IllegalArgumentException("The tuple element " + which + " is a '" + value.getClass().getName()
          + "', not a '" + type.getName() + "'");
    }
    @SuppressWarnings("unchecked")
    X cast = (X) value;
    return cast;
  }

  @Override
  public Object[] toArray() {
    return values.clone();
  }

  @Override
  public List<TupleElement<?>> getElements() {
    return elements;
  }
}
