package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.CollectionJoin;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.SetJoin;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.CollectionAttribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ListAttribute;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import jakarta.persistence.metamodel.Type.PersistenceType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The base of roots and joins: the joins and fetches made from it (in creation order, which is the
 * order of the FROM clause), its correlation parent and the treated views of it. A treated view ({@code
 * cb.treat(root, Sub.class)}) and a correlated copy ({@code subquery.correlate(root)}) are Froms of
 * their own that stand for the same identification variable. Mutable: joins are added; not
 * thread-safe while the query is built.
 *
 * @param <Z> the source type
 * @param <X> the type this From ranges over
 */
abstract class MemoryFrom<Z, X> extends MemoryPath<X> implements From<Z, X> {

  private final Type<X> type;
  private final MemoryFrom<Z, X> correlationParent;
  private final MemoryFrom<?, ?> treated;
  private final List<MemoryJoin<X, ?>> children = new ArrayList<>();
  private final List<MemoryFrom<?, ?>> treats = new ArrayList<>();

  MemoryFrom(
      MemoryCriteriaBuilder builder,
      MemoryPath<?> parent,
      Type<X> type,
      MemoryFrom<Z, X> correlationParent,
      MemoryFrom<?, ?> treated) {
    super(builder, type.getJavaType(), parent);
    this.type = type;
    this.correlationParent = correlationParent;
    this.treated = treated;
    if (treated != null) {
      treated.treats.add(this);
    }
  }

  @Override
  Type<?> modelType() {
    return type;
  }

  /** The joins and fetches made from this From, in creation order. */
  List<MemoryJoin<X, ?>> children() {
    return children;
  }

  /** The treated views of this From. */
  List<MemoryFrom<?, ?>> treats() {
    return treats;
  }

  /** The From this one is a treated view of, or null. */
  MemoryFrom<?, ?> treated() {
    return treated;
  }

  /** The From whose identification variable this one uses: itself, or what it correlates or treats. */
  MemoryFrom<?, ?> base() {
    MemoryFrom<?, ?> base = this;
    while (base.treated != null || base.correlationParent != null) {
      base = base.treated != null ? base.treated : base.correlationParent;
    }
    return base;
  }

  /** The first letter of the identification variable: the entity's or the attribute's. */
  abstract String variableHint();

  /** A new From of the same kind for {@code Subquery.correlate}. */
  abstract MemoryFrom<Z, X> correlatedCopy();

  /** A new treated view of this From as the entity subtype. */
  abstract MemoryFrom<?, ?> treatAs(EntityType<?> subtype);

  @Override
  org.memoryjpa.internal.query.parse.syntax.Expression toSyntax(Translator translator) {
    return translator.fromPath(this);
  }

  // ------------------------------------------------------------------------------ joins and fetches

  @Override
  public Set<Join<X, ?>> getJoins() {
    Set<Join<X, ?>> joins = new LinkedHashSet<>();
    children.stream().filter(join -> !join.isFetch()).forEach(joins::add);
    return joins;
  }

  @Override
  public Set<Fetch<X, ?>> getFetches() {
    Set<Fetch<X, ?>> fetches = new LinkedHashSet<>();
    children.stream().filter(MemoryJoin::isFetch).forEach(fetches::add);
    return Collections.unmodifiableSet(fetches);
  }

  @Override
  public boolean isCorrelated() {
    return correlationParent != null;
  }

  @Override
  public From<Z, X> getCorrelationParent() {
    if (correlationParent == null) {
      throw new IllegalStateException(
          "Not correlated: '" + describe() + "' was not obtained through Subquery.correlate, so it has no"
              + " correlation parent; check isCorrelated() first");
    }
    return correlationParent;
  }

  @Override
  public <Y> Join<X, Y> join(Class<Y> entityClass) {
    return join(entityClass, JoinType.INNER);
  }

  @Override
  public <Y> Join<X, Y> join(Class<Y> entityClass, JoinType joinType) {
    return entityJoin(builder.entity(entityClass), joinType);
  }

  @Override
  public <Y> Join<X, Y> join(EntityType<Y> entity) {
    return join(entity, JoinType.INNER);
  }

  @Override
  public <Y> Join<X, Y> join(EntityType<Y> entity, JoinType joinType) {
    return entityJoin(builder.entity(entity), joinType);
  }

  @Override
  public <Y> Join<X, Y> join(SingularAttribute<? super X, Y> attribute) {
    return join(attribute, JoinType.INNER);
  }

  @Override
  public <Y> Join<X, Y> join(SingularAttribute<? super X, Y> attribute, JoinType joinType) {
    return cast(attributeJoin(requireAttribute(attribute), joinType, false));
  }

  @Override
  public <Y> CollectionJoin<X, Y> join(CollectionAttribute<? super X, Y> collection) {
    return join(collection, JoinType.INNER);
  }

  @Override
  public <Y> SetJoin<X, Y> join(SetAttribute<? super X, Y> set) {
    return join(set, JoinType.INNER);
  }

  @Override
  public <Y> ListJoin<X, Y> join(ListAttribute<? super X, Y> list) {
    return join(list, JoinType.INNER);
  }

  @Override
  public <K, V> MapJoin<X, K, V> join(MapAttribute<? super X, K, V> map) {
    return join(map, JoinType.INNER);
  }

  @Override
  public <Y> CollectionJoin<X, Y> join(CollectionAttribute<? super X, Y> collection, JoinType joinType) {
    return cast(typedJoin(requireAttribute(collection), CollectionAttribute.class, joinType));
  }

  @Override
  public <Y> SetJoin<X, Y> join(SetAttribute<? super X, Y> set, JoinType joinType) {
    return cast(typedJoin(requireAttribute(set), SetAttribute.class, joinType));
  }

  @Override
  public <Y> ListJoin<X, Y> join(ListAttribute<? super X, Y> list, JoinType joinType) {
    return cast(typedJoin(requireAttribute(list), ListAttribute.class, joinType));
  }

  @Override
  public <K, V> MapJoin<X, K, V> join(MapAttribute<? super X, K, V> map, JoinType joinType) {
    return cast(typedJoin(requireAttribute(map), MapAttribute.class, joinType));
  }

  @Override
  public <A, Y> Join<A, Y> join(String attributeName) {
    return join(attributeName, JoinType.INNER);
  }

  @Override
  public <A, Y> CollectionJoin<A, Y> joinCollection(String attributeName) {
    return joinCollection(attributeName, JoinType.INNER);
  }

  @Override
  public <A, Y> SetJoin<A, Y> joinSet(String attributeName) {
    return joinSet(attributeName, JoinType.INNER);
  }

  @Override
  public <A, Y> ListJoin<A, Y> joinList(String attributeName) {
    return joinList(attributeName, JoinType.INNER);
  }

  @Override
  public <A, K, V> MapJoin<A, K, V> joinMap(String attributeName) {
    return joinMap(attributeName, JoinType.INNER);
  }

  @Override
  public <A, Y> Join<A, Y> join(String attributeName, JoinType joinType) {
    return cast(attributeJoin(requireAttribute(attributeName), joinType, false));
  }

  @Override
  public <A, Y> CollectionJoin<A, Y> joinCollection(String attributeName, JoinType joinType) {
    return cast(typedJoin(requireAttribute(attributeName), CollectionAttribute.class, joinType));
  }

  @Override
  public <A, Y> SetJoin<A, Y> joinSet(String attributeName, JoinType joinType) {
    return cast(typedJoin(requireAttribute(attributeName), SetAttribute.class, joinType));
  }

  @Override
  public <A, Y> ListJoin<A, Y> joinList(String attributeName, JoinType joinType) {
    return cast(typedJoin(requireAttribute(attributeName), ListAttribute.class, joinType));
  }

  @Override
  public <A, K, V> MapJoin<A, K, V> joinMap(String attributeName, JoinType joinType) {
    return cast(typedJoin(requireAttribute(attributeName), MapAttribute.class, joinType));
  }

  @Override
  public <Y> Fetch<X, Y> fetch(SingularAttribute<? super X, Y> attribute) {
    return fetch(attribute, JoinType.INNER);
  }

  @Override
  public <Y> Fetch<X, Y> fetch(SingularAttribute<? super X, Y> attribute, JoinType joinType) {
    return cast(attributeJoin(requireAttribute(attribute), joinType, true));
  }

  @Override
  public <Y> Fetch<X, Y> fetch(PluralAttribute<? super X, ?, Y> attribute) {
    return fetch(attribute, JoinType.INNER);
  }

  @Override
  public <Y> Fetch<X, Y> fetch(PluralAttribute<? super X, ?, Y> attribute, JoinType joinType) {
    return cast(attributeJoin(requireAttribute(attribute), joinType, true));
  }

  @Override
  public <A, Y> Fetch<A, Y> fetch(String attributeName) {
    return fetch(attributeName, JoinType.INNER);
  }

  @Override
  public <A, Y> Fetch<A, Y> fetch(String attributeName, JoinType joinType) {
    return cast(attributeJoin(requireAttribute(attributeName), joinType, true));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object join) {
    return (T) join;
  }

  private MemoryJoin<X, ?> typedJoin(Attribute<?, ?> attribute, Class<?> kind, JoinType joinType) {
    if (!kind.isInstance(attribute)) {
      String method = attribute instanceof PluralAttribute<?, ?, ?> plural
          ? switch (plural.getCollectionType()) {
              case COLLECTION -> "joinCollection";
              case SET -> "joinSet";
              case LIST -> "joinList";
              case MAP -> "joinMap";
            }
          : "join";
      throw new IllegalArgumentException(
          "Attribute '" + attribute.getName() + "' of " + Descriptions.describe(type) + " is not a "
              + kind.getSimpleName() + "; join it with " + method + "(\"" + attribute.getName() + "\")");
    }
    return attributeJoin(attribute, joinType, false);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private MemoryJoin<X, ?> attributeJoin(Attribute<?, ?> attribute, JoinType joinType, boolean fetch) {
    JoinType checked = requireJoinType(joinType, "'" + attribute.getName() + "'");
    MemoryJoin join;
    if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
      Type element = plural.getElementType();
      join = switch (plural.getCollectionType()) {
        case COLLECTION -> new MemoryCollectionJoin(builder, this, attribute, element, checked, fetch, null, null);
        case SET -> new MemorySetJoin(builder, this, attribute, element, checked, fetch, null, null);
        case LIST -> new MemoryListJoin(builder, this, attribute, element, checked, fetch, null, null);
        case MAP -> new MemoryMapJoin(builder, this, attribute, element, checked, fetch, null, null);
      };
    } else {
      Type target = ((SingularAttribute<?, ?>) attribute).getType();
      if (target.getPersistenceType() == PersistenceType.BASIC) {
        throw new IllegalArgumentException(
            "Attribute '" + attribute.getName() + "' of " + Descriptions.describe(type) + " is basic and cannot"
                + " be " + (fetch ? "fetched" : "joined") + "; only associations, embeddables and collections can:"
                + " use get(\"" + attribute.getName() + "\")");
      }
      join = new MemoryJoin(builder, this, attribute, target, checked, fetch, null, null);
    }
    children.add(join);
    return join;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <Y> Join<X, Y> entityJoin(EntityType<Y> entity, JoinType joinType) {
    JoinType checked = requireJoinType(joinType, "entity '" + entity.getName() + "'");
    MemoryJoin join = new MemoryJoin(builder, this, null, entity, checked, false, null, null);
    children.add(join);
    return join;
  }

  private static JoinType requireJoinType(JoinType joinType, String target) {
    if (joinType == JoinType.RIGHT) {
      throw new IllegalArgumentException(
          "RIGHT join of " + target + " is not supported: JPQL has no RIGHT JOIN; start the query from the"
              + " other side and use JoinType.LEFT");
    }
    return joinType == null ? JoinType.INNER : joinType;
  }
}
