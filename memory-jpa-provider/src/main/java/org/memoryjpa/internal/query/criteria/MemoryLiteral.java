package org.memoryjpa.internal.query.criteria;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import org.memoryjpa.internal.query.parse.syntax.Expression;

/**
 * A literal value: {@code cb.literal(v)}, {@code cb.nullLiteral(type)}, and every plain value passed
 * to a builder method ({@code equal(x, "a")}). The translation writes it as a JPQL literal where JPQL
 * has one of the same Java type, else as a generated parameter with the value in the side table.
 * Immutable.
 *
 * @param <T> the type of the value
 */
final class MemoryLiteral<T> extends MemoryExpression<T> {

  private final T value;
  private final boolean collectionValued;
  private final boolean compared;

  private MemoryLiteral(MemoryCriteriaBuilder builder, T value, Class<? extends T> type, boolean collectionValued,
      boolean compared) {
    super(builder, type);
    this.value = value;
    this.collectionValued = collectionValued;
    this.compared = compared;
  }

  /** The literal of a non-null value. */
  static <T> MemoryLiteral<T> of(MemoryCriteriaBuilder builder, T value) {
    return new MemoryLiteral<>(builder, value, Descriptions.classOf(value), false, false);
  }

  /**
   * A value compared with an expression of its own type ({@code equal(path, "x")}, not {@code
   * literal("x")}): a query runs it as a generated parameter, so that the same query with another value
   * is the same statement and reuses its compiled form, as Hibernate binds such values.
   */
  static <T> MemoryLiteral<T> compared(MemoryCriteriaBuilder builder, T value) {
    return new MemoryLiteral<>(builder, value, Descriptions.classOf(value), false, true);
  }

  /** The null literal of a type. */
  static <T> MemoryLiteral<T> nullOf(MemoryCriteriaBuilder builder, Class<T> type) {
    return new MemoryLiteral<>(builder, null, type, false, false);
  }

  /**
   * A collection of values for {@code in(Collection)}: one parameter holding a private copy of the
   * collection, so that later changes to the caller's collection do not change the query.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static MemoryLiteral<Collection<?>> collection(MemoryCriteriaBuilder builder, Collection<?> values) {
    Collection<?> copy = Collections.unmodifiableList(new ArrayList<>(values));
    return new MemoryLiteral(builder, copy, Collection.class, true, false);
  }

  T value() {
    return value;
  }

  /** Whether the value was compared with an expression of its type, see {@link #compared}. */
  boolean isCompared() {
    return compared;
  }

  /** Whether the value is a collection of values, which only an IN list may hold. */
  boolean isCollectionValued() {
    return collectionValued;
  }

  @Override
  Expression toSyntax(Translator translator) {
    return translator.literal(this);
  }
}
