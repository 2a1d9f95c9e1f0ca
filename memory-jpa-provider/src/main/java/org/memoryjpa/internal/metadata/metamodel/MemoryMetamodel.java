package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.memoryjpa.internal.diagnostics.Suggestions;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.DomainModel;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.IdModel;
import org.memoryjpa.internal.metadata.IdentifiableTypeModel;
import org.memoryjpa.internal.metadata.ManagedTypeModel;
import org.memoryjpa.internal.metadata.MappedSuperclassModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.ToOneMapping;

/**
 * The {@link Metamodel} of a persistence unit: a view over its {@link DomainModel} with one object
 * per managed type and per attribute mapping, so an attribute inherited from a mapped superclass is
 * the same object on every subtype. Built once per factory; immutable and thread-safe after that.
 */
public final class MemoryMetamodel implements Metamodel {

  private final DomainModel model;
  private final Map<Class<?>, MemoryManagedType<?>> managedTypes = new LinkedHashMap<>();
  private final Map<String, MemoryEntityType<?>> entitiesByName = new LinkedHashMap<>();
  private final Map<AttributeMapping, MemoryAttribute<?, ?>> attributes = new HashMap<>();
  // Filled while the constructor resolves types, never after: reads need no lock.
  private final Map<Class<?>, MemoryBasicType<?>> basicTypes = new HashMap<>();

  /** The metamodel of {@code model}. */
  public MemoryMetamodel(DomainModel model) {
    this.model = model;
    for (ManagedTypeModel type : model.managedTypes()) {
      MemoryManagedType<?> created = create(type);
      managedTypes.put(type.javaType(), created);
      if (created instanceof MemoryEntityType<?> entity) {
        entitiesByName.put(entity.getName(), entity);
      }
    }
    Set<MemoryManagedType<?>> attached = new HashSet<>();
    for (MemoryManagedType<?> type : managedTypes.values()) {
      attach(type, attached);
    }
    for (MemoryAttribute<?, ?> attribute : attributes.values()) {
      attribute.resolveTypes(this);
    }
    for (MemoryManagedType<?> type : managedTypes.values()) {
      if (type instanceof MemoryIdentifiableType<?> identifiable) {
        identifiable.resolveIds(this);
      }
    }
  }

  /** The mapping model this metamodel views. */
  public DomainModel model() {
    return model;
  }

  @Override
  public EntityType<?> entity(String entityName) {
    MemoryEntityType<?> entity = entitiesByName.get(entityName);
    if (entity == null) {
      throw new IllegalArgumentException("Unknown entity name '" + entityName + "'" + hintForName(entityName));
    }
    return entity;
  }

  @Override
  public <X> EntityType<X> entity(Class<X> cls) {
    return require(cls, MemoryEntityType.class, "an entity", "@Entity");
  }

  @Override
  public <X> ManagedType<X> managedType(Class<X> cls) {
    return require(cls, MemoryManagedType.class, "a managed type", "@Entity, @Embeddable or @MappedSuperclass");
  }

  @Override
  public <X> EmbeddableType<X> embeddable(Class<X> cls) {
    return require(cls, MemoryEmbeddableType.class, "an embeddable", "@Embeddable");
  }

  @Override
  public Set<ManagedType<?>> getManagedTypes() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(managedTypes.values()));
  }

  @Override
  public Set<EntityType<?>> getEntities() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(entitiesByName.values()));
  }

  @Override
  public Set<EmbeddableType<?>> getEmbeddables() {
    Set<EmbeddableType<?>> embeddables = new LinkedHashSet<>();
    for (MemoryManagedType<?> type : managedTypes.values()) {
      if (type instanceof MemoryEmbeddableType<?> embeddable) {
        embeddables.add(embeddable);
      }
    }
    return Collections.unmodifiableSet(embeddables);
  }

  /**
   * This metamodel's attribute for {@code attribute}: the object itself when this metamodel made it,
   * else the attribute of the same name of the same class. A static metamodel field ({@code
   * Customer_.name}) holds whichever factory, of whichever provider, populated it last.
   *
   * @throws IllegalArgumentException when the class or attribute is not mapped here
   */
  public MemoryAttribute<?, ?> resolveAttribute(Attribute<?, ?> attribute) {
    if (attribute instanceof MemoryAttribute<?, ?> own && attributes.get(own.mapping()) == own) {
      return own;
    }
    Class<?> declaringClass = attribute.getDeclaringType().getJavaType();
    MemoryManagedType<?> declaring = managedTypes.get(declaringClass);
    if (declaring == null) {
      throw new IllegalArgumentException(
          "Attribute '" + attribute.getName() + "' belongs to '" + declaringClass.getName()
              + "', which is not a managed class of this persistence unit; list it in the unit");
    }
    return (MemoryAttribute<?, ?>) declaring.getAttribute(attribute.getName());
  }

  /** The attribute object of a mapping. */
  MemoryAttribute<?, ?> attributeOf(AttributeMapping mapping) {
    return attributes.get(mapping);
  }

  /** The type of a single-valued attribute: basic, embeddable or the target entity. */
  Type<?> typeOf(AttributeMapping mapping) {
    if (mapping instanceof EmbeddedMapping embedded) {
      return managedTypes.get(embedded.embeddable().javaType());
    }
    if (mapping instanceof ToOneMapping toOne) {
      return managedTypes.get(toOne.target().javaType());
    }
    return basicType(mapping.javaType());
  }

  /** The element (for maps: value) type of a plural attribute. */
  Type<?> elementTypeOf(PluralMapping plural) {
    if (plural.targetEntity() != null) {
      return managedTypes.get(plural.targetEntity().javaType());
    }
    if (plural.elementEmbeddable() != null) {
      return managedTypes.get(plural.elementEmbeddable().javaType());
    }
    return basicType(plural.elementClass());
  }

  /** The key type of a map attribute. */
  Type<?> keyTypeOf(PluralMapping plural) {
    if (plural.keyEntity() != null) {
      return managedTypes.get(plural.keyEntity().javaType());
    }
    if (plural.keyEmbeddable() != null) {
      return managedTypes.get(plural.keyEmbeddable().javaType());
    }
    return basicType(plural.keyClass());
  }

  /** The id type of an entity or mapped superclass, or null when it has no id. */
  Type<?> idTypeOf(IdentifiableTypeModel type) {
    IdModel id = type.id();
    if (id == null) {
      return null;
    }
    return switch (id.kind()) {
      case ID_CLASS -> managedTypes.get(type.idClassType().javaType());
      case EMBEDDED -> typeOf(id.single());
      case SIMPLE -> {
        AttributeMapping single = id.single();
        boolean declaredType = MemoryManagedType.boxed(single.javaType()) == id.idType();
        // A primitive id reports its primitive type; a generic one the type the entity binds.
        yield declaredType ? typeOf(single) : typeFor(id.idType());
      }
    };
  }

  private Type<?> typeFor(Class<?> javaType) {
    MemoryManagedType<?> managed = managedTypes.get(javaType);
    return managed != null ? managed : basicType(javaType);
  }

  private MemoryBasicType<?> basicType(Class<?> javaType) {
    // get and put, not computeIfAbsent with a constructor reference: built during every bootstrap,
    // where a method reference's first call spins a class
    MemoryBasicType<?> type = basicTypes.get(javaType);
    if (type == null) {
      type = new MemoryBasicType<>(javaType);
      basicTypes.put(javaType, type);
    }
    return type;
  }

  private static MemoryManagedType<?> create(ManagedTypeModel type) {
    return switch (type.kind()) {
      case ENTITY -> new MemoryEntityType<>((EntityModel) type);
      case MAPPED_SUPERCLASS -> new MemoryMappedSuperclassType<>((MappedSuperclassModel) type);
      case EMBEDDABLE -> new MemoryEmbeddableType<>((EmbeddableModel) type);
    };
  }

  /**
   * Creates the declared attributes of {@code type}, after its supertype's: the inherited ones are
   * the supertype's objects.
   */
  @SuppressWarnings("unchecked")
  private <X> void attach(MemoryManagedType<X> type, Set<MemoryManagedType<?>> attached) {
    if (!attached.add(type)) {
      return;
    }
    Collection<MemoryAttribute<? super X, ?>> inherited = List.of();
    IdentifiableTypeModel superModel = type.model().superType();
    if (superModel != null) {
      var supertype = (MemoryIdentifiableType<? super X>) managedTypes.get(superModel.javaType());
      attach(supertype, attached);
      ((MemoryIdentifiableType<X>) type).setSupertype(supertype);
      // An attribute of a supertype of X's supertype is an attribute of a supertype of X.
      inherited = (Collection<MemoryAttribute<? super X, ?>>) (Collection<?>) supertype.attributesByName().values();
    }
    List<MemoryAttribute<X, ?>> declared = new ArrayList<>();
    for (AttributeMapping mapping : type.model().declaredAttributes()) {
      MemoryAttribute<X, ?> attribute = createAttribute(mapping, type);
      attributes.put(mapping, attribute);
      declared.add(attribute);
    }
    type.setAttributes(inherited, declared);
  }

  private static <X> MemoryAttribute<X, ?> createAttribute(AttributeMapping mapping, MemoryManagedType<X> declaring) {
    if (mapping instanceof PluralMapping plural) {
      return switch (plural.collectionType()) {
        case COLLECTION -> new MemoryCollectionAttribute<>(mapping, declaring);
        case SET -> new MemorySetAttribute<>(mapping, declaring);
        case LIST -> new MemoryListAttribute<>(mapping, declaring);
        case MAP -> new MemoryMapAttribute<>(mapping, declaring);
      };
    }
    return new MemorySingularAttribute<>(mapping, declaring);
  }

  /** The type of exactly {@code cls} if it is a {@code kind}, else the exception the Javadoc names. */
  @SuppressWarnings("unchecked")
  private <T> T require(Class<?> cls, Class<?> kind, String what, String annotations) {
    MemoryManagedType<?> type = cls == null ? null : managedTypes.get(cls);
    if (kind.isInstance(type)) {
      return (T) type;
    }
    String name = cls == null ? "null" : cls.getName();
    if (type == null) {
      throw new IllegalArgumentException(
          "Not " + what + ": '" + name + "' is not a managed class of this persistence unit; annotate"
              + " it " + annotations + " and list it in the unit");
    }
    String accessor = type instanceof MemoryEntityType<?> ? "entity" : type instanceof MemoryEmbeddableType<?>
        ? "embeddable" : "managedType";
    throw new IllegalArgumentException(
        "Not " + what + ": '" + name + "' is " + type.model().describe() + "; use " + accessor + "("
            + cls.getSimpleName() + ".class)");
  }

  /** Why an entity name is unknown: a class of that simple name with another entity name, or a near miss. */
  private String hintForName(String entityName) {
    for (MemoryEntityType<?> entity : entitiesByName.values()) {
      if (entity.getJavaType().getSimpleName().equals(entityName)) {
        return "; the entity class '" + entity.getJavaType().getName() + "' is named '" + entity.getName()
            + "' by @Entity(name)";
      }
    }
    return Suggestions.didYouMean(String.valueOf(entityName), entitiesByName.keySet());
  }

  @Override
  public String toString() {
    return "metamodel of " + entitiesByName.keySet();
  }
}
