package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.CompoundSelection;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.List;

/**
 * A selection of several items: {@code construct(Class, ...)} (one JPQL constructor expression),
 * {@code tuple(...)} or {@code array(...)} (several select items). Immutable but for its alias.
 *
 * @param <X> the type of the result: the constructed class, {@code Tuple} or an array type
 */
final class MemoryCompoundSelection<X> implements CompoundSelection<X> {

  /** What the items become. */
  enum Kind {
    CONSTRUCT,
    TUPLE,
    ARRAY
  }

  private final MemoryCriteriaBuilder builder;
  private final Kind kind;
  private final Class<X> javaType;
  private final List<Selection<?>> items;
  private String alias;

  MemoryCompoundSelection(MemoryCriteriaBuilder builder, Kind kind, Class<X> javaType, List<Selection<?>> items) {
    this.builder = builder;
    this.kind = kind;
    this.javaType = javaType;
    this.items = List.copyOf(items);
  }

  MemoryCriteriaBuilder builder() {
    return builder;
  }

  Kind kind() {
    return kind;
  }

  List<Selection<?>> items() {
    return items;
  }

  @Override
  public Selection<X> alias(String name) {
    alias = name;
    return this;
  }

  @Override
  public String getAlias() {
    return alias;
  }

  @Override
  public Class<? extends X> getJavaType() {
    return javaType;
  }

  @Override
  public boolean isCompoundSelection() {
    return true;
  }

  @Override
  public List<Selection<?>> getCompoundSelectionItems() {
    return new ArrayList<>(items);
  }

  @Override
  public String toString() {
    return Descriptions.of(this);
  }
}
