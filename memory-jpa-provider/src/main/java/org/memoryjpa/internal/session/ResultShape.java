package org.memoryjpa.internal.session;

import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;
import org.memoryjpa.internal.query.model.Constructors;
import org.memoryjpa.internal.query.model.QueryModel;
import org.memoryjpa.internal.query.model.Selection;
import org.memoryjpa.internal.query.model.ValueType;

/**
 * How the rows of a select statement become the results of a query of a given result class: the
 * single item, an {@code Object[]}, a {@link Tuple}, or an instance of the result class built from the
 * items (Hibernate's implicit instantiation). Checked once, at {@code createQuery}: an incompatible
 * result class is an {@link IllegalArgumentException}, as Hibernate says it. Immutable.
 */
final class ResultShape {

  private enum Kind {
    SINGLE,
    ARRAY,
    TUPLE,
    CONSTRUCT,
    TYPED_ARRAY
  }

  // the shapes that depend on nothing but their kind, shared: no object per createQuery
  private static final ResultShape SINGLE = new ResultShape(Kind.SINGLE, List.of(), null);
  private static final ResultShape ARRAY = new ResultShape(Kind.ARRAY, List.of(), null);

  private final Kind kind;
  private final List<TupleElement<?>> elements;
  private final Constructor<?> constructor;

  private final Class<?> componentType;

  private ResultShape(Kind kind, List<? extends TupleElement<?>> elements, Constructor<?> constructor) {
    this(kind, elements, constructor, null);
  }

  private ResultShape(Kind kind, List<? extends TupleElement<?>> elements, Constructor<?> constructor,
      Class<?> componentType) {
    this.kind = kind;
    this.elements = List.copyOf(elements);
    this.constructor = constructor;
    this.componentType = componentType;
  }

  /** The shape for {@code resultClass} (null: an untyped query). */
  static ResultShape of(QueryModel.Select select, Class<?> resultClass) {
    List<Selection> items = select.query().select();
    if (resultClass == null || resultClass == Object.class) {
      return items.size() == 1 ? SINGLE : ARRAY;
    }
    if (resultClass == Object[].class) {
      return ARRAY;
    }
    if (resultClass == Tuple.class) {
      List<TupleElement<?>> elements = new ArrayList<>();
      for (Selection item : items) {
        elements.add(new MemoryTuple.Element<>(item.javaType(), item.alias()));
      }
      return new ResultShape(Kind.TUPLE, List.copyOf(elements), null);
    }
    Class<?> expected = ValueType.boxed(resultClass);
    if (items.size() == 1) {
      Class<?> actual = items.get(0).javaType();
      if (actual == Object.class || expected.isAssignableFrom(actual)) {
        return SINGLE;
      }
      throw incompatible(resultClass, actual, select);
    }
    List<Class<?>> types = items.stream().map(Selection::javaType).<Class<?>>map(t -> t).toList();
    Constructor<?> constructor = Constructors.find(resultClass, types);
    if (constructor == null) {
      throw new IllegalArgumentException("Cannot create a TypedQuery for '" + resultClass.getName() + "' from a"
          + " query with " + items.size() + " select items: it has no constructor taking ("
          + String.join(", ", types.stream().map(Class::getSimpleName).toList()) + "); use Object[], Tuple or"
          + " a matching result class\n" + select.text());
    }
    return new ResultShape(Kind.CONSTRUCT, List.of(), constructor);
  }

  /**
   * The shape of a translated Criteria select: the form the translation chose, checked against the
   * query's own result type; tuple elements are the Criteria selection objects themselves, so that
   * {@code Tuple.get(selection)} finds them by identity, and aliases and positions work as well.
   */
  static ResultShape of(QueryModel.Select select, CriteriaTranslation criteria) {
    Class<?> resultType = criteria.resultType();
    return switch (criteria.resultForm()) {
      case TUPLE -> new ResultShape(Kind.TUPLE, List.copyOf(criteria.resultItems()), null);
      case ARRAY -> resultType != null && resultType.isArray() && resultType != Object[].class
          ? new ResultShape(Kind.TYPED_ARRAY, List.of(), null, resultType.getComponentType())
          : ARRAY;
      case SINGLE -> of(select, resultType == null || resultType.isArray() ? Object.class : resultType);
    };
  }

  private static IllegalArgumentException incompatible(Class<?> resultClass, Class<?> actual, QueryModel model) {
    return new IllegalArgumentException("Result type '" + resultClass.getName() + "' is incompatible with the"
        + " query's result type '" + actual.getName() + "'; pass '" + actual.getSimpleName() + ".class' or"
        + " Object.class\n" + model.text());
  }

  private Object typedArray(Object[] row) {
    Object[] array = (Object[]) Array.newInstance(componentType, row.length);
    System.arraycopy(row, 0, array, 0, row.length);
    return array;
  }

  /** Whether a result is built by calling the result class's constructor, which may fail. */
  boolean constructs() {
    return kind == Kind.CONSTRUCT;
  }

  /** The result for one row of item values. */
  Object shape(Object[] row) {
    return switch (kind) {
      case SINGLE -> row[0];
      case ARRAY -> row;
      case TUPLE -> new MemoryTuple(elements, row);
      case CONSTRUCT -> org.memoryjpa.internal.query.eval.Results.construct(constructor, row);
      case TYPED_ARRAY -> typedArray(row);
    };
  }
}
