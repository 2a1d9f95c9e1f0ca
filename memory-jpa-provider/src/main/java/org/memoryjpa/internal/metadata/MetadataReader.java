package org.memoryjpa.internal.metadata;

import jakarta.persistence.AccessType;
import jakarta.persistence.Access;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.memoryjpa.internal.diagnostics.MappingErrors;

/**
 * Reads the mapping annotations of a persistence unit's classes into a {@link DomainModel}, once, at
 * bootstrap. Finds entity superclasses and embeddables the unit does not list, as Hibernate does,
 * and fails with a {@link jakarta.persistence.PersistenceException} naming the class and attribute
 * for any mapping error. Single use, not thread-safe.
 */
public final class MetadataReader {

  private final DomainModel model = new DomainModel();
  private final ConverterRegistry converters = new ConverterRegistry();
  private final GeneratorResolver generators = new GeneratorResolver();
  private final CallbackReader callbacks = new CallbackReader();
  private final AttributeClassifier classifier = new AttributeClassifier(converters, new Embeddables());
  private final Map<ManagedTypeModel, List<PersistentMember>> membersByType = new LinkedHashMap<>();
  private final Set<Class<?>> read = new HashSet<>();
  private final Map<BasicMapping, PersistentMember> idMembers = new LinkedHashMap<>();
  private AccessType embeddingAccess = AccessType.FIELD;

  /** Reads the given managed classes (entities, embeddables, mapped superclasses, converters). */
  public static DomainModel read(List<Class<?>> classes) {
    return new MetadataReader().readAll(classes);
  }

  private DomainModel readAll(List<Class<?>> classes) {
    for (Class<?> type : classes) {
      generators.collect(type);
      if (type.isAnnotationPresent(Converter.class)) {
        converters.register(type);
      }
    }
    for (Class<?> type : classes) {
      register(type);
    }
    List<EntityModel> entities = model.entities();
    for (EntityModel entity : entities) {
      linkSupertypes(entity);
    }
    for (EntityModel entity : entities) {
      nameAndHierarchy(entity);
    }
    checkDuplicateNames(model.entities());
    for (EntityModel entity : model.entities()) {
      readHierarchy(entity);
    }
    for (ManagedTypeModel type : model.managedTypes()) {
      if (type instanceof MappedSuperclassModel ms && !read.contains(ms.javaType())) {
        linkMappedSuperclass(ms);
        readAttributes(ms, ms.javaType(), MemberDiscovery.defaultAccess(List.of(ms.javaType())));
      }
    }
    for (EmbeddableModel embeddable : model.embeddables()) {
      if (!read.contains(embeddable.javaType())) {
        readEmbeddable(embeddable, AccessType.FIELD);
      }
    }
    readIdClasses();
    new AssociationResolver(model).resolve();
    // Table names first: generated ids take their default sequence name from the root's table.
    new DeclarationReader(model).read();
    new IdReader(generators, idMembers).readIds(model);
    for (EntityModel entity : model.entities()) {
      entity.callbacks = callbacks.read(entity.javaType());
    }
    for (EntityModel entity : model.entities()) {
      if (entity.isRoot()) {
        entity.layout = RowLayout.of(entity);
      }
    }
    return model;
  }

  private void register(Class<?> type) {
    if (model.types.containsKey(type)) {
      return;
    }
    if (type.isAnnotationPresent(Entity.class)) {
      model.types.put(type, new EntityModel(type));
      Class<?> superclass = type.getSuperclass();
      if (superclass != null && (superclass.isAnnotationPresent(Entity.class)
          || superclass.isAnnotationPresent(MappedSuperclass.class))) {
        register(superclass);
      }
    } else if (type.isAnnotationPresent(MappedSuperclass.class)) {
      model.types.put(type, new MappedSuperclassModel(type));
      Class<?> superclass = type.getSuperclass();
      if (superclass != null && superclass.isAnnotationPresent(MappedSuperclass.class)) {
        register(superclass);
      }
    } else if (type.isAnnotationPresent(Embeddable.class)) {
      model.types.put(type, new EmbeddableModel(type));
    }
  }

  private void linkSupertypes(EntityModel entity) {
    for (Class<?> c = entity.javaType().getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
      ManagedTypeModel superModel = model.types.get(c);
      if (superModel instanceof IdentifiableTypeModel identifiable) {
        entity.superType = identifiable;
        linkMappedSuperclass(identifiable);
        return;
      }
    }
  }

  private void linkMappedSuperclass(IdentifiableTypeModel type) {
    if (type.superType != null || type instanceof EntityModel) {
      return;
    }
    for (Class<?> c = type.javaType().getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
      if (model.types.get(c) instanceof IdentifiableTypeModel identifiable) {
        type.superType = identifiable;
        linkMappedSuperclass(identifiable);
        return;
      }
    }
  }

  private void nameAndHierarchy(EntityModel entity) {
    Entity annotation = entity.javaType().getAnnotation(Entity.class);
    entity.name = annotation.name().isEmpty() ? entity.javaType().getSimpleName() : annotation.name();
    entity.isAbstract = Modifier.isAbstract(entity.javaType().getModifiers());
    EntityModel superEntity = entity.superEntity();
    if (superEntity != null) {
      superEntity.addSubtype(entity);
    }
    EntityModel root = entity;
    while (root.superEntity() != null) {
      root = root.superEntity();
    }
    entity.root = root;
    Cacheable cacheable = entity.javaType().getAnnotation(Cacheable.class);
    entity.cacheable = cacheable != null && cacheable.value();
    if (!entity.isAbstract) {
      entity.instantiator = noArgConstructor(entity.javaType(), "an entity");
    }
  }

  private void checkDuplicateNames(List<EntityModel> entities) {
    for (EntityModel entity : entities) {
      EntityModel previous = model.entitiesByName.putIfAbsent(entity.name, entity);
      if (previous != null) {
        throw MappingErrors.onClass(
            entity.javaType(),
            "entity name '" + entity.name + "' is also used by '" + previous.javaType().getName()
                + "'; give one of them @Entity(name = \"...\")");
      }
    }
  }

  private void readHierarchy(EntityModel entity) {
    List<Class<?>> topDown = new ArrayList<>();
    List<IdentifiableTypeModel> chain = new ArrayList<>();
    for (IdentifiableTypeModel t = entity; t != null; t = t.superType) {
      topDown.add(0, t.javaType());
      chain.add(0, t);
    }
    AccessType access = MemberDiscovery.defaultAccess(topDown);
    for (IdentifiableTypeModel type : chain) {
      if (read.contains(type.javaType())) {
        continue;
      }
      Access own = type.javaType().getAnnotation(Access.class);
      // Type variables of a generic mapped superclass are bound through the first entity below it.
      readAttributes(type, entity.javaType(), own != null ? own.value() : access);
    }
  }

  private void readAttributes(ManagedTypeModel type, Class<?> context, AccessType access) {
    read.add(type.javaType());
    type.accessType = access;
    AccessType previousEmbedding = embeddingAccess;
    embeddingAccess = access;
    try {
      List<PersistentMember> members = MemberDiscovery.declaredMembers(type.javaType(), access);
      membersByType.put(type, members);
      for (PersistentMember member : members) {
        AttributeMapping attribute = classifier.classify(member, type, context);
        type.declaredAttributes.put(attribute.name(), attribute);
        if (attribute instanceof BasicMapping basic && basic.id) {
          idMembers.put(basic, member);
        }
      }
      type.invalidate();
    } finally {
      embeddingAccess = previousEmbedding;
    }
  }

  /**
   * The classifier's view of {@link #embeddableFor}: a class, not a method reference, since every
   * bootstrap makes one, and a lambda's first call spins a class.
   */
  private final class Embeddables implements AttributeClassifier.EmbeddableSource {
    @Override
    public EmbeddableModel embeddableFor(Class<?> type) {
      return MetadataReader.this.embeddableFor(type);
    }
  }

  /** The embeddable model of a class, registering and reading it on first use; null if not embeddable. */
  private EmbeddableModel embeddableFor(Class<?> type) {
    ManagedTypeModel known = model.types.get(type);
    if (known instanceof EmbeddableModel embeddable) {
      if (!read.contains(type)) {
        readEmbeddable(embeddable, embeddingAccess);
      }
      return embeddable;
    }
    if (known != null || !type.isAnnotationPresent(Embeddable.class)) {
      return null;
    }
    EmbeddableModel embeddable = new EmbeddableModel(type);
    model.types.put(type, embeddable);
    readEmbeddable(embeddable, embeddingAccess);
    return embeddable;
  }

  /**
   * Reads every {@code @IdClass} as an embeddable, as Hibernate does: the metamodel reports it as
   * the id type, and id class instances are built and read through its accessors.
   */
  private void readIdClasses() {
    List<IdentifiableTypeModel> declaring = new ArrayList<>();
    for (ManagedTypeModel type : model.managedTypes()) {
      if (type instanceof IdentifiableTypeModel identifiable && type.javaType().isAnnotationPresent(IdClass.class)) {
        declaring.add(identifiable);
      }
    }
    for (IdentifiableTypeModel type : declaring) {
      Class<?> idClass = type.javaType().getAnnotation(IdClass.class).value();
      ManagedTypeModel known = model.types.get(idClass);
      if (known != null && !(known instanceof EmbeddableModel)) {
        throw MappingErrors.onClass(
            type.javaType(), "its @IdClass '" + idClass.getName() + "' is " + known.describe()
                + "; use a plain class or record holding the id attributes");
      }
      EmbeddableModel embeddable = (EmbeddableModel) known;
      if (embeddable == null) {
        embeddable = new EmbeddableModel(idClass);
        model.types.put(idClass, embeddable);
      }
      if (!read.contains(idClass)) {
        readEmbeddable(embeddable, type.accessType());
      }
      type.idClassType = embeddable;
    }
  }

  private void readEmbeddable(EmbeddableModel embeddable, AccessType inherited) {
    Class<?> type = embeddable.javaType();
    Access own = type.getAnnotation(Access.class);
    embeddable.record = type.isRecord();
    String what = type.isAnnotationPresent(Embeddable.class) ? "an embeddable" : "an @IdClass";
    embeddable.instantiator = embeddable.record ? canonicalConstructor(type) : noArgConstructor(type, what);
    readAttributes(embeddable, type, own != null ? own.value() : inherited);
  }

  private static MethodHandle noArgConstructor(Class<?> type, String what) {
    try {
      var constructor = type.getDeclaredConstructor();
      return PropertyAccessor.lookupFor(type)
          .unreflectConstructor(constructor)
          .asType(MethodType.methodType(Object.class));
    } catch (NoSuchMethodException e) {
      throw MappingErrors.onClass(
          type, what + " needs a public or protected no-argument constructor; add one");
    } catch (IllegalAccessException e) {
      throw MappingErrors.onClass(type, "its no-argument constructor is not accessible: " + e.getMessage());
    }
  }

  private static MethodHandle canonicalConstructor(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
    }
    try {
      var constructor = type.getDeclaredConstructor(parameterTypes);
      return PropertyAccessor.lookupFor(type)
          .unreflectConstructor(constructor)
          .asSpreader(Object[].class, components.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw MappingErrors.onClass(type, "its canonical record constructor is not accessible");
    }
  }
}
