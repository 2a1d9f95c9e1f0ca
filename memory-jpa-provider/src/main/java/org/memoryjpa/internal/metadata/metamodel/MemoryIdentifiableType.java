package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.IdentifiableType;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.IdModel;
import org.memoryjpa.internal.metadata.IdentifiableTypeModel;

/**
 * An entity or mapped superclass of the metamodel: its supertype, id and version. Immutable once the
 * metamodel is built; thread-safe.
 *
 * @param <X> the managed Java class
 */
public abstract class MemoryIdentifiableType<X> extends MemoryManagedType<X> implements IdentifiableType<X> {

  private MemoryIdentifiableType<? super X> supertype;
  private MemorySingularAttribute<? super X, ?> id;
  private Set<SingularAttribute<? super X, ?>> idClassAttributes;
  private MemorySingularAttribute<? super X, ?> version;
  private Type<?> idType;

  MemoryIdentifiableType(IdentifiableTypeModel model) {
    super(model);
  }

  @Override
  public IdentifiableTypeModel model() {
    return (IdentifiableTypeModel) super.model();
  }

  void setSupertype(MemoryIdentifiableType<? super X> supertype) {
    this.supertype = supertype;
  }

  /** Binds id, id class attributes, version and id type once every attribute exists. */
  @SuppressWarnings("unchecked")
  void resolveIds(MemoryMetamodel metamodel) {
    IdModel idModel = model().id();
    if (idModel != null && idModel.kind() == IdModel.Kind.ID_CLASS) {
      Set<SingularAttribute<? super X, ?>> attributes = new LinkedHashSet<>();
      for (AttributeMapping mapping : idModel.attributes()) {
        attributes.add((SingularAttribute<? super X, ?>) metamodel.attributeOf(mapping));
      }
      idClassAttributes = Collections.unmodifiableSet(attributes);
    } else if (idModel != null) {
      id = (MemorySingularAttribute<? super X, ?>) metamodel.attributeOf(idModel.single());
    }
    AttributeMapping versionMapping = model().version();
    if (versionMapping != null) {
      version = (MemorySingularAttribute<? super X, ?>) metamodel.attributeOf(versionMapping);
    }
    idType = metamodel.idTypeOf(model());
  }

  @Override
  public <Y> SingularAttribute<? super X, Y> getId(Class<Y> type) {
    return checkCastable(requireId(), "id", type, boundIdType());
  }

  @Override
  public <Y> SingularAttribute<X, Y> getDeclaredId(Class<Y> type) {
    MemorySingularAttribute<? super X, ?> attribute = requireId();
    requireDeclaredHere(attribute, "id", "getId");
    return checkCastable(attribute, "id", type, boundIdType());
  }

  @Override
  public <Y> SingularAttribute<? super X, Y> getVersion(Class<Y> type) {
    return checkCastable(requireVersion(), "version", type, null);
  }

  @Override
  public <Y> SingularAttribute<X, Y> getDeclaredVersion(Class<Y> type) {
    MemorySingularAttribute<? super X, ?> attribute = requireVersion();
    requireDeclaredHere(attribute, "version", "getVersion");
    return checkCastable(attribute, "version", type, null);
  }

  @Override
  public MemoryIdentifiableType<? super X> getSupertype() {
    return supertype;
  }

  /**
   * True for a simple or embedded id, declared or inherited; false for an {@code @IdClass} and, as on
   * Hibernate, for a mapped superclass with no id at all.
   */
  @Override
  public boolean hasSingleIdAttribute() {
    return id != null;
  }

  @Override
  public boolean hasVersionAttribute() {
    return version != null;
  }

  @Override
  public Set<SingularAttribute<? super X, ?>> getIdClassAttributes() {
    if (idClassAttributes == null) {
      throw new IllegalArgumentException(
          "There is no @IdClass on " + model().describe() + "; its id is a single attribute: check"
              + " hasSingleIdAttribute() and use getId(...)");
    }
    return idClassAttributes;
  }

  /**
   * The type of the id: the basic type, the embeddable of an {@code @EmbeddedId}, the id class (as an
   * embeddable); for an id inherited from a generic mapped superclass, the type this entity binds.
   * Null for a mapped superclass without an id.
   */
  @Override
  public Type<?> getIdType() {
    return idType;
  }

  private MemorySingularAttribute<? super X, ?> requireId() {
    if (idClassAttributes != null) {
      throw new IllegalArgumentException(
          "There is no single id attribute in " + model().describe() + ": its id is the @IdClass '"
              + model().idClassType().javaType().getName() + "'; use getIdClassAttributes()");
    }
    if (id == null) {
      throw new IllegalArgumentException(
          "There is no id attribute in " + model().describe() + "; the entities below it declare"
              + " their ids");
    }
    return id;
  }

  private MemorySingularAttribute<? super X, ?> requireVersion() {
    if (version == null) {
      throw new IllegalArgumentException(
          "There is no @Version attribute in " + model().describe()
              + "; check hasVersionAttribute() first");
    }
    return version;
  }

  private void requireDeclaredHere(MemoryAttribute<?, ?> attribute, String what, String instead) {
    if (attribute.getDeclaringType() != this) {
      throw new IllegalArgumentException(
          "The " + what + " attribute '" + attribute.getName() + "' is not declared by "
              + model().describe() + " but inherited from "
              + attribute.getDeclaringType().model().describe() + "; use " + instead + "(...)");
    }
  }

  /** The id type an entity binds for an id typed by a type variable of a mapped superclass, or null. */
  private Class<?> boundIdType() {
    IdModel idModel = model().id();
    return idModel != null && idModel.single() instanceof BasicMapping ? idModel.idType() : null;
  }

  /**
   * The attribute typed as {@code requested}, which must be a supertype of its Java type (so
   * {@code getId(Object.class)} works, as on Hibernate), or of the id type the entity binds.
   * Primitives count as their wrappers, so {@code getVersion(Long.class)} finds a {@code long}.
   */
  @SuppressWarnings("unchecked")
  private <A> A checkCastable(
      MemorySingularAttribute<?, ?> attribute, String what, Class<?> requested, Class<?> bound) {
    boolean castable =
        requested != null
            && (boxed(requested).isAssignableFrom(boxed(attribute.getJavaType()))
                || (bound != null && boxed(requested).isAssignableFrom(bound)));
    if (!castable) {
      throw wrongType(attribute, what + " type", attribute.getJavaType(), requested);
    }
    return (A) attribute;
  }
}
