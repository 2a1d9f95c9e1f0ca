package org.memoryjpa.internal.metadata;

/**
 * An entity or mapped superclass: a managed type that may carry the id and version of an entity
 * hierarchy. Immutable after bootstrap.
 */
public abstract class IdentifiableTypeModel extends ManagedTypeModel {

  IdModel declaredId;
  AttributeMapping declaredVersion;
  Class<?> idClass;
  EmbeddableModel idClassType;

  IdentifiableTypeModel(Class<?> javaType) {
    super(javaType);
  }

  /** The id of this type, declared here or inherited; null for a mapped superclass without one. */
  public IdModel id() {
    if (declaredId != null) {
      return declaredId;
    }
    return superType == null ? null : superType.id();
  }

  /** The id declared by this class itself, or null. */
  public IdModel declaredId() {
    return declaredId;
  }

  /**
   * The {@code @IdClass} of this type's id, read as an embeddable (its attributes are the id class's
   * fields or properties), declared here or inherited; null when the id is not an id class.
   */
  public EmbeddableModel idClassType() {
    if (idClassType != null) {
      return idClassType;
    }
    return superType == null ? null : superType.idClassType();
  }

  /** The {@code @Version} attribute, declared here or inherited, or null. */
  public AttributeMapping version() {
    if (declaredVersion != null) {
      return declaredVersion;
    }
    return superType == null ? null : superType.version();
  }

  /** The {@code @Version} attribute declared by this class itself, or null. */
  public AttributeMapping declaredVersion() {
    return declaredVersion;
  }
}
