package org.memoryjpa.internal.metadata;

import jakarta.persistence.CascadeType;
import jakarta.persistence.FetchType;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A {@code @ManyToOne} or {@code @OneToOne} association. The owning side stores the target's id in its
 * join columns; an inverse one-to-one ({@code mappedBy}) stores nothing. Immutable after bootstrap.
 */
public final class ToOneMapping extends AttributeMapping {

  final PersistentAttributeType type;
  Class<?> targetClass;
  EntityModel target;
  String mappedBy;
  Set<CascadeType> cascade = Set.of();
  FetchType fetch;
  boolean orphanRemoval;
  List<JoinColumnModel> joinColumns = List.of();
  String mapsId;

  ToOneMapping(
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
    return true;
  }

  /** The target entity. */
  public EntityModel target() {
    return target;
  }

  /** The attribute of the target that owns the association, or null when this side owns it. */
  public String mappedBy() {
    return mappedBy;
  }

  /** Whether this side stores the foreign key. */
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

  /** The declared fetch type (EAGER by default for to-one). */
  public FetchType fetch() {
    return fetch;
  }

  /** Whether orphan removal is set (one-to-one only). */
  public boolean isOrphanRemoval() {
    return orphanRemoval;
  }

  /** The join columns of the owning side. */
  public List<JoinColumnModel> joinColumns() {
    return joinColumns;
  }

  /** The {@code @MapsId} value ("" for the whole id), or null when absent. */
  public String mapsId() {
    return mapsId;
  }
}
