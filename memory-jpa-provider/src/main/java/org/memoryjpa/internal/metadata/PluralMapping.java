package org.memoryjpa.internal.metadata;

import jakarta.persistence.CascadeType;
import jakarta.persistence.FetchType;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.PluralAttribute.CollectionType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A collection-valued attribute: {@code @OneToMany}, {@code @ManyToMany} or {@code @ElementCollection},
 * as a {@code Collection}, {@code Set}, {@code List} or {@code Map}. Elements are entities, embeddables
 * or basic values; map keys are basic values, embeddables or entities. Immutable after bootstrap.
 */
public final class PluralMapping extends AttributeMapping {

  final PersistentAttributeType type;
  CollectionType collectionType;
  Class<?> elementClass;
  Class<?> keyClass;
  EntityModel targetEntity;
  EmbeddableModel elementEmbeddable;
  ValueConversion elementConversion = ValueConversion.IDENTITY;
  ColumnModel elementColumn;
  EntityModel keyEntity;
  EmbeddableModel keyEmbeddable;
  ValueConversion keyConversion = ValueConversion.IDENTITY;
  String mappedBy;
  Set<CascadeType> cascade = Set.of();
  FetchType fetch = FetchType.LAZY;
  boolean orphanRemoval;
  String orderBy;
  String orderColumn;
  String mapKey;
  String mapKeyColumn;
  String tableName;
  List<JoinColumnModel> joinColumns = List.of();

  PluralMapping(
      String name,
      ManagedTypeModel declaringType,
      Class<?> javaType,
      Type genericType,
      PropertyAccessor accessor,
      PersistentAttributeType type) {
    super(name, declaringType, javaType, genericType, accessor);
    this.type = type;
  }

  @Override
  public PersistentAttributeType persistentAttributeType() {
    return type;
  }

  @Override
  public boolean isAssociation() {
    return type != PersistentAttributeType.ELEMENT_COLLECTION;
  }

  @Override
  public boolean isCollection() {
    return true;
  }

  /** COLLECTION, SET, LIST or MAP. */
  public CollectionType collectionType() {
    return collectionType;
  }

  /** The element (for maps: value) Java type. */
  public Class<?> elementClass() {
    return elementClass;
  }

  /** The map key Java type, or null for non-maps. */
  public Class<?> keyClass() {
    return keyClass;
  }

  /** The target entity of a one-to-many or many-to-many, else null. */
  public EntityModel targetEntity() {
    return targetEntity;
  }

  /** The element embeddable of an element collection of embeddables, else null. */
  public EmbeddableModel elementEmbeddable() {
    return elementEmbeddable;
  }

  /** The conversion of basic elements (enum, converter, copies). */
  public ValueConversion elementConversion() {
    return elementConversion;
  }

  /** The column of basic elements, or null. */
  public ColumnModel elementColumn() {
    return elementColumn;
  }

  /** The entity of map keys that are entities, else null. */
  public EntityModel keyEntity() {
    return keyEntity;
  }

  /** The embeddable of map keys that are embeddables, else null. */
  public EmbeddableModel keyEmbeddable() {
    return keyEmbeddable;
  }

  /** The conversion of basic map keys. */
  public ValueConversion keyConversion() {
    return keyConversion;
  }

  /** The owning attribute of the target, or null when this side owns the association. */
  public String mappedBy() {
    return mappedBy;
  }

  /** Whether this side decides what is stored. */
  public boolean isOwning() {
    return mappedBy == null;
  }

  /** The cascaded operations (ALL expanded). */
  public Set<CascadeType> cascade() {
    return Collections.unmodifiableSet(cascade);
  }

  /** Whether {@code op} cascades through this association. */
  public boolean cascades(CascadeType op) {
    return cascade.contains(op);
  }

  /** The declared fetch type (LAZY by default). */
  public FetchType fetch() {
    return fetch;
  }

  /** Whether orphan removal is set. */
  public boolean isOrphanRemoval() {
    return orphanRemoval;
  }

  /** The {@code @OrderBy} value ("" means by id), or null. */
  public String orderBy() {
    return orderBy;
  }

  /** The {@code @OrderColumn} name, or null. */
  public String orderColumn() {
    return orderColumn;
  }

  /** The {@code @MapKey} attribute name ("" means the id), or null. */
  public String mapKey() {
    return mapKey;
  }

  /** The {@code @MapKeyColumn} name, or null. */
  public String mapKeyColumn() {
    return mapKeyColumn;
  }

  /** The join table or collection table name, or null when a join column is used. */
  public String tableName() {
    return tableName;
  }

  /** Join columns of a unidirectional one-to-many with {@code @JoinColumn}, else empty. */
  public List<JoinColumnModel> joinColumns() {
    return joinColumns;
  }
}
