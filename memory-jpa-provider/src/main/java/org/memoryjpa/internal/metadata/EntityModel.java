package org.memoryjpa.internal.metadata;

import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An {@code @Entity} class: its entity name, table, place in an inheritance hierarchy, id, version,
 * callbacks and the constraints its table declares. Immutable after bootstrap; thread-safe.
 */
public final class EntityModel extends IdentifiableTypeModel {

  String name;
  String tableName;
  EntityModel root;
  InheritanceType inheritance;
  String discriminatorColumn;
  DiscriminatorType discriminatorType;
  Object discriminatorValue;
  boolean isAbstract;
  boolean cacheable;
  IdGeneration idGeneration;
  RowLayout layout;
  IdModel boundId; // the inherited id with the type this entity binds, for a generic mapped superclass
  LifecycleCallbacks callbacks = LifecycleCallbacks.NONE;
  final List<EntityModel> subtypes = new ArrayList<>();
  private volatile List<EntityModel> selfAndSubtypes; // cached: asked for on every load
  private volatile Optional<Method> idGetter; // cached: asked for by every lazy reference made
  final List<UniqueConstraintModel> uniqueConstraints = new ArrayList<>();
  final List<IndexModel> indexes = new ArrayList<>();
  final List<NamedQueryModel> namedQueries = new ArrayList<>();
  final List<NamedEntityGraphModel> namedEntityGraphs = new ArrayList<>();

  EntityModel(Class<?> javaType) {
    super(javaType);
  }

  @Override
  public Kind kind() {
    return Kind.ENTITY;
  }

  /**
   * The id of this entity. An id inherited from a generic mapped superclass ({@code @Id ID id} in
   * {@code BaseEntity<ID>}) has the id type this entity binds, though its attribute, shared with the
   * other entities below the mapped superclass, has the erasure as its Java type.
   */
  @Override
  public IdModel id() {
    return boundId != null ? boundId : super.id();
  }

  /**
   * The getter of the id that a lazy reference answers without loading ({@code getId()} for a simple
   * or embedded id named {@code id}), or null; looked up once.
   */
  public Method idGetter() {
    Optional<Method> getter = idGetter;
    if (getter == null) {
      getter = Optional.ofNullable(findIdGetter());
      idGetter = getter;
    }
    return getter.orElse(null);
  }

  private Method findIdGetter() {
    if (id().kind() != IdModel.Kind.SIMPLE && id().kind() != IdModel.Kind.EMBEDDED) {
      return null;
    }
    String name = id().single().name();
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (Class<?> c = javaType(); c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredMethod("get" + suffix);
      } catch (NoSuchMethodException e) {
        // look further up
      }
    }
    return null;
  }

  /** The entity name used in queries (the unqualified class name unless {@code @Entity(name)}). */
  public String name() {
    return name;
  }

  /** The table name (from {@code @Table}, else the entity name). */
  public String tableName() {
    return tableName;
  }

  /** The root entity of this entity's inheritance hierarchy (itself for a root). */
  public EntityModel root() {
    return root;
  }

  /** Whether this entity is the root of its hierarchy. */
  public boolean isRoot() {
    return root == this;
  }

  /** The inheritance strategy of the hierarchy (SINGLE_TABLE when none is declared). */
  public InheritanceType inheritance() {
    return inheritance;
  }

  /** The nearest entity above this one, or null for a root. */
  public EntityModel superEntity() {
    IdentifiableTypeModel type = superType;
    while (type != null && !(type instanceof EntityModel)) {
      type = type.superType;
    }
    return (EntityModel) type;
  }

  /** The entities directly below this one. */
  public List<EntityModel> subtypes() {
    return Collections.unmodifiableList(subtypes);
  }

  /** This entity and every entity below it, this one first. */
  public List<EntityModel> selfAndSubtypes() {
    List<EntityModel> all = selfAndSubtypes;
    if (all == null) {
      List<EntityModel> collected = new ArrayList<>();
      collect(this, collected);
      all = Collections.unmodifiableList(collected);
      selfAndSubtypes = all;
    }
    return all;
  }

  /** Adds a direct subtype while the model is read; the cached lists above it are dropped. */
  void addSubtype(EntityModel subtype) {
    subtypes.add(subtype);
    for (EntityModel e = this; e != null; e = e.superEntity()) {
      e.selfAndSubtypes = null;
    }
  }

  private static void collect(EntityModel entity, List<EntityModel> into) {
    into.add(entity);
    for (EntityModel subtype : entity.subtypes) {
      collect(subtype, into);
    }
  }

  /** Whether {@code other} is this entity or one of its subtypes. */
  public boolean isSupertypeOf(EntityModel other) {
    for (EntityModel e = other; e != null; e = e.superEntity()) {
      if (e == this) {
        return true;
      }
    }
    return false;
  }

  /** The discriminator column name of the hierarchy. */
  public String discriminatorColumn() {
    return discriminatorColumn;
  }

  /** The discriminator type of the hierarchy. */
  public DiscriminatorType discriminatorType() {
    return discriminatorType;
  }

  /** This entity's discriminator value (a String, Character or Integer). */
  public Object discriminatorValue() {
    return discriminatorValue;
  }

  /** Whether the class is abstract (never instantiated). */
  public boolean isAbstract() {
    return isAbstract;
  }

  /**
   * How ids of this entity are generated, or null when the application assigns them. Per entity,
   * because an id inherited from a mapped superclass gets a sequence per entity table.
   */
  public IdGeneration idGeneration() {
    return idGeneration;
  }

  /** The row layout of this entity's hierarchy (shared by every entity of it). */
  public RowLayout layout() {
    return root.layout;
  }

  /** Whether {@code @Cacheable} is set. */
  public boolean isCacheable() {
    return cacheable;
  }

  /** A new instance through the no-arg constructor. */
  public Object instantiate() {
    try {
      return construct();
    } catch (Throwable e) {
      throw new PersistenceException("Could not instantiate entity '" + name + "'", e);
    }
  }

  /** The lifecycle callbacks to run for this entity, in the spec's order. */
  public LifecycleCallbacks callbacks() {
    return callbacks;
  }

  /** Unique constraints declared by {@code @Table} on this entity. */
  public List<UniqueConstraintModel> uniqueConstraints() {
    return Collections.unmodifiableList(uniqueConstraints);
  }

  /** Indexes declared by {@code @Table} on this entity. */
  public List<IndexModel> indexes() {
    return Collections.unmodifiableList(indexes);
  }

  /** Named queries declared on this entity. */
  public List<NamedQueryModel> namedQueries() {
    return Collections.unmodifiableList(namedQueries);
  }

  /** Named entity graphs declared on this entity. */
  public List<NamedEntityGraphModel> namedEntityGraphs() {
    return Collections.unmodifiableList(namedEntityGraphs);
  }
}
