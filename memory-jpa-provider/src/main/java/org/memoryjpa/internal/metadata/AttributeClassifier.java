package org.memoryjpa.internal.metadata;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Temporal;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.PluralAttribute.CollectionType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.memoryjpa.internal.diagnostics.MappingErrors;

/**
 * Turns one persistent member into the attribute mapping its annotations and type call for (JPA 2.8
 * defaults included). Targets of associations and embeddables are recorded by class here and
 * resolved by the {@link MetadataReader} once every type is known. Used only while reading.
 */
final class AttributeClassifier {

  private final ConverterRegistry converters;
  private final EmbeddableSource embeddables;

  /** How the classifier finds (or registers) the embeddable model for a class. */
  interface EmbeddableSource {
    /** The embeddable model of a class, or null when the class is not embeddable. */
    EmbeddableModel embeddableFor(Class<?> type);
  }

  AttributeClassifier(ConverterRegistry converters, EmbeddableSource embeddables) {
    this.converters = converters;
    this.embeddables = embeddables;
  }

  /**
   * The mapping of {@code member}, declared by {@code owner}, classified with generics resolved
   * against {@code context}. The mapping's own Java type stays the declared one (the erasure of a
   * type variable): a generic mapped superclass is shared by entities that bind it differently.
   */
  AttributeMapping classify(PersistentMember member, ManagedTypeModel owner, Class<?> context) {
    Type generic = GenericTypes.resolve(member.genericType(), context);
    Class<?> type = GenericTypes.raw(generic);
    String name = member.name();
    Class<?> ownerClass = owner.javaType();

    if (member.has(EmbeddedId.class)) {
      EmbeddedMapping embedded = embedded(member, owner, type);
      embedded.id = true;
      embedded.optional = false;
      return embedded;
    }
    if (member.has(ManyToOne.class) || member.has(OneToOne.class)) {
      return toOne(member, owner, type);
    }
    if (member.has(OneToMany.class) || member.has(ManyToMany.class) || member.has(ElementCollection.class)) {
      return plural(member, owner, type, generic, context);
    }
    if (member.has(Embedded.class) || isEmbeddable(type)) {
      if (member.has(Id.class)) {
        throw MappingErrors.onAttribute(ownerClass, name, "an embeddable id needs @EmbeddedId, not @Id");
      }
      return embedded(member, owner, type);
    }
    if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
      throw MappingErrors.onAttribute(
          ownerClass, name,
          "a collection needs @ElementCollection, @OneToMany or @ManyToMany (or @Transient)");
    }
    if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
      throw MappingErrors.onAttribute(
          ownerClass, name, "a reference to entity '" + type.getSimpleName()
              + "' needs @ManyToOne or @OneToOne (or @Transient)");
    }
    return basic(member, owner, type);
  }

  /** The member's declared class; for a type variable, its erasure (first bound). */
  private static Class<?> declaredType(PersistentMember member) {
    return GenericTypes.raw(member.genericType());
  }

  private boolean isEmbeddable(Class<?> type) {
    return type.isAnnotationPresent(Embeddable.class);
  }

  @SuppressWarnings("deprecation") // @Temporal is deprecated in JPA 3.2, yet applications still use it
  private BasicMapping basic(PersistentMember member, ManagedTypeModel owner, Class<?> type) {
    String name = member.name();
    BasicMapping basic =
        new BasicMapping(name, owner, declaredType(member), member.genericType(), member.accessor());
    basic.id = member.has(Id.class);
    basic.version = member.has(Version.class);
    Basic basicAnnotation = member.annotation(Basic.class);
    if (basicAnnotation != null) {
      basic.optional = basicAnnotation.optional();
      basic.fetch = basicAnnotation.fetch();
    }
    // The provider seeds a version at persist, so, like an id, it never holds null once stored.
    if (basic.id || basic.version || type.isPrimitive()) {
      basic.optional = false;
    }
    basic.lob = member.has(Lob.class);
    Temporal temporal = member.annotation(Temporal.class);
    basic.temporalType = temporal == null ? null : temporal.value();
    // A primitive of an embeddable is never null itself, but its column holds NULL whenever the
    // embedded value is null, so that column stays nullable (Hibernate's DDL does the same).
    // A primitive with an explicit @Column gets that column's nullability (Hibernate's DDL makes only
    // an unannotated primitive NOT NULL), so @Column(insertable = false) leaves it NULL.
    boolean primitiveColumn = type.isPrimitive() && !basic.id && !basic.version
        && (owner instanceof EmbeddableModel || member.has(Column.class));
    boolean nullableColumn = basic.optional || primitiveColumn;
    basic.column = ValidationColumns.apply(member.annotated(), column(member.annotation(Column.class), name, nullableColumn));

    Convert convert = member.annotation(Convert.class);
    ConverterRegistry.Registered converter = null;
    if (convert != null && !convert.disableConversion() && convert.converter() != jakarta.persistence.AttributeConverter.class) {
      converter = converters.require(convert.converter());
    } else if ((convert == null || !convert.disableConversion()) && !basic.id && !basic.version) {
      converter = converters.autoAppliedFor(type);
    }
    if (converter != null) {
      basic.converterClass = converter.converter().getClass();
      basic.conversion = ValueConversion.forConverter(converter.converter(), converter.databaseType());
    } else if (type.isEnum()) {
      Enumerated enumerated = member.annotation(Enumerated.class);
      basic.enumType = enumerated == null ? EnumType.ORDINAL : enumerated.value();
      basic.conversion = ValueConversion.forEnum(type, basic.enumType == EnumType.ORDINAL);
    } else if (!BasicTypes.isBasic(type)) {
      throw MappingErrors.onAttribute(
          owner.javaType(), name,
          "unsupported type '" + type.getName() + "'; map it with an AttributeConverter, make it"
              + " @Embeddable, or mark the attribute @Transient");
    } else {
      basic.conversion = ValueConversion.forBasicType(
          type, basic.column.precision(), basic.column.scale(), basic.temporalType);
    }
    if (basic.version && !BasicTypes.isVersionType(type)) {
      throw MappingErrors.onAttribute(
          owner.javaType(), name,
          "unsupported @Version type '" + type.getName()
              + "'; use int, long, short (or their wrappers), Instant, Timestamp or LocalDateTime");
    }
    return basic;
  }

  static ColumnModel column(Column column, String name, boolean optional) {
    if (column == null) {
      ColumnModel defaults = ColumnModel.defaultFor(name);
      return optional ? defaults : withNullable(defaults, false);
    }
    return new ColumnModel(
        column.name().isEmpty() ? name : column.name(),
        column.nullable() && optional,
        column.unique(),
        column.insertable(),
        column.updatable(),
        column.length(),
        column.precision(),
        column.scale());
  }

  static ColumnModel withNullable(ColumnModel c, boolean nullable) {
    return new ColumnModel(
        c.name(), nullable, c.unique(), c.insertable(), c.updatable(), c.length(), c.precision(), c.scale());
  }

  private EmbeddedMapping embedded(PersistentMember member, ManagedTypeModel owner, Class<?> type) {
    EmbeddableModel embeddable = embeddables.embeddableFor(type);
    if (embeddable == null) {
      throw MappingErrors.onAttribute(
          owner.javaType(), member.name(), "type '" + type.getName() + "' is not @Embeddable");
    }
    EmbeddedMapping embedded =
        new EmbeddedMapping(member.name(), owner, declaredType(member), member.genericType(), member.accessor());
    embedded.embeddable = embeddable;
    embedded.columnOverrides = ColumnOverrides.read(member.annotated());
    return embedded;
  }

  private ToOneMapping toOne(PersistentMember member, ManagedTypeModel owner, Class<?> type) {
    ManyToOne manyToOne = member.annotation(ManyToOne.class);
    OneToOne oneToOne = member.annotation(OneToOne.class);
    ToOneMapping toOne =
        new ToOneMapping(
            member.name(), owner, declaredType(member), member.genericType(), member.accessor(),
            manyToOne != null ? PersistentAttributeType.MANY_TO_ONE : PersistentAttributeType.ONE_TO_ONE);
    toOne.id = member.has(Id.class);
    if (manyToOne != null) {
      toOne.targetClass = manyToOne.targetEntity() == void.class ? type : manyToOne.targetEntity();
      toOne.cascade = cascade(manyToOne.cascade());
      toOne.fetch = manyToOne.fetch();
      toOne.optional = manyToOne.optional() && !toOne.id;
    } else {
      toOne.targetClass = oneToOne.targetEntity() == void.class ? type : oneToOne.targetEntity();
      toOne.cascade = cascade(oneToOne.cascade());
      toOne.fetch = oneToOne.fetch();
      toOne.optional = oneToOne.optional() && !toOne.id;
      toOne.orphanRemoval = oneToOne.orphanRemoval();
      if (toOne.orphanRemoval) {
        toOne.cascade = withRemove(toOne.cascade); // orphan removal removes the target with its owner
      }
      toOne.mappedBy = oneToOne.mappedBy().isEmpty() ? null : oneToOne.mappedBy();
    }
    MapsId mapsId = member.annotation(MapsId.class);
    toOne.mapsId = mapsId == null ? null : mapsId.value();
    if (toOne.mappedBy == null) {
      toOne.joinColumns = joinColumns(member, toOne.optional);
    }
    return toOne;
  }

  private PluralMapping plural(
      PersistentMember member, ManagedTypeModel owner, Class<?> type, Type generic, Class<?> context) {
    OneToMany oneToMany = member.annotation(OneToMany.class);
    ManyToMany manyToMany = member.annotation(ManyToMany.class);
    ElementCollection elementCollection = member.annotation(ElementCollection.class);
    PersistentAttributeType kind =
        oneToMany != null
            ? PersistentAttributeType.ONE_TO_MANY
            : manyToMany != null
                ? PersistentAttributeType.MANY_TO_MANY
                : PersistentAttributeType.ELEMENT_COLLECTION;
    PluralMapping plural = new PluralMapping(member.name(), owner, type, generic, member.accessor(), kind);
    plural.collectionType = collectionType(type, owner, member.name());
    boolean map = plural.collectionType == CollectionType.MAP;
    plural.elementClass = GenericTypes.typeArgument(generic, map ? 1 : 0, context);
    plural.keyClass = map ? GenericTypes.typeArgument(generic, 0, context) : null;
    Class<?> declaredTarget = void.class;
    if (oneToMany != null) {
      declaredTarget = oneToMany.targetEntity();
      plural.mappedBy = oneToMany.mappedBy().isEmpty() ? null : oneToMany.mappedBy();
      plural.cascade = cascade(oneToMany.cascade());
      plural.fetch = oneToMany.fetch();
      plural.orphanRemoval = oneToMany.orphanRemoval();
      if (plural.orphanRemoval) {
        plural.cascade = withRemove(plural.cascade);
      }
    } else if (manyToMany != null) {
      declaredTarget = manyToMany.targetEntity();
      plural.mappedBy = manyToMany.mappedBy().isEmpty() ? null : manyToMany.mappedBy();
      plural.cascade = cascade(manyToMany.cascade());
      plural.fetch = manyToMany.fetch();
    } else {
      declaredTarget = elementCollection.targetClass();
      plural.fetch = elementCollection.fetch();
    }
    if (declaredTarget != void.class) {
      plural.elementClass = declaredTarget;
    }
    if (plural.elementClass == null) {
      throw MappingErrors.onAttribute(
          owner.javaType(), member.name(),
          "cannot tell the element type of a raw collection; declare its type argument or targetEntity");
    }
    readCollectionDetails(member, plural);
    if (kind == PersistentAttributeType.ELEMENT_COLLECTION) {
      readElements(member, owner, plural);
    }
    return plural;
  }

  private void readCollectionDetails(PersistentMember member, PluralMapping plural) {
    OrderBy orderBy = member.annotation(OrderBy.class);
    plural.orderBy = orderBy == null ? null : orderBy.value();
    OrderColumn orderColumn = member.annotation(OrderColumn.class);
    if (orderColumn != null) {
      plural.orderColumn = orderColumn.name().isEmpty() ? member.name() + "_ORDER" : orderColumn.name();
    }
    MapKey mapKey = member.annotation(MapKey.class);
    plural.mapKey = mapKey == null ? null : mapKey.name();
    MapKeyColumn mapKeyColumn = member.annotation(MapKeyColumn.class);
    if (mapKeyColumn != null) {
      plural.mapKeyColumn = mapKeyColumn.name().isEmpty() ? member.name() + "_KEY" : mapKeyColumn.name();
    }
    MapKeyEnumerated keyEnumerated = member.annotation(MapKeyEnumerated.class);
    if (plural.keyClass != null && plural.keyClass.isEnum()) {
      boolean ordinal = keyEnumerated == null || keyEnumerated.value() == EnumType.ORDINAL;
      plural.keyConversion = ValueConversion.forEnum(plural.keyClass, ordinal);
    }
    JoinTable joinTable = member.annotation(JoinTable.class);
    CollectionTable collectionTable = member.annotation(CollectionTable.class);
    if (joinTable != null && !joinTable.name().isEmpty()) {
      plural.tableName = joinTable.name();
    } else if (collectionTable != null && !collectionTable.name().isEmpty()) {
      plural.tableName = collectionTable.name();
    }
    if (plural.persistentAttributeType() == PersistentAttributeType.ONE_TO_MANY
        && plural.mappedBy == null
        && joinTable == null
        && (member.has(JoinColumn.class) || member.has(JoinColumns.class))) {
      plural.joinColumns = joinColumns(member, true);
    }
  }

  @SuppressWarnings("deprecation") // @Temporal is deprecated in JPA 3.2, yet applications still use it
  private void readElements(PersistentMember member, ManagedTypeModel owner, PluralMapping plural) {
    EmbeddableModel embeddable = embeddables.embeddableFor(plural.elementClass);
    if (embeddable != null) {
      plural.elementEmbeddable = embeddable;
      return;
    }
    Class<?> element = plural.elementClass;
    if (element.isAnnotationPresent(jakarta.persistence.Entity.class)) {
      throw MappingErrors.onAttribute(
          owner.javaType(), member.name(),
          "an element collection cannot hold entities; use @OneToMany or @ManyToMany");
    }
    plural.elementColumn = column(member.annotation(Column.class), member.name(), true);
    Convert convert = member.annotation(Convert.class);
    ConverterRegistry.Registered converter = null;
    if (convert != null && !convert.disableConversion() && convert.converter() != jakarta.persistence.AttributeConverter.class
        && !"key".equals(convert.attributeName())) {
      converter = converters.require(convert.converter());
    } else if (convert == null || !convert.disableConversion()) {
      converter = converters.autoAppliedFor(element);
    }
    if (converter != null) {
      plural.elementConversion =
          ValueConversion.forConverter(converter.converter(), converter.databaseType());
    } else if (element.isEnum()) {
      Enumerated enumerated = member.annotation(Enumerated.class);
      boolean ordinal = enumerated == null || enumerated.value() == EnumType.ORDINAL;
      plural.elementConversion = ValueConversion.forEnum(element, ordinal);
    } else if (!BasicTypes.isBasic(element)) {
      throw MappingErrors.onAttribute(
          owner.javaType(), member.name(),
          "unsupported element type '" + element.getName() + "'; make it @Embeddable or add a converter");
    } else {
      Temporal temporal = member.annotation(Temporal.class);
      plural.elementConversion =
          ValueConversion.forBasicType(element, 0, 0, temporal == null ? null : temporal.value());
    }
  }

  private static CollectionType collectionType(Class<?> type, ManagedTypeModel owner, String name) {
    if (Map.class.isAssignableFrom(type)) {
      return CollectionType.MAP;
    }
    if (List.class.isAssignableFrom(type)) {
      return CollectionType.LIST;
    }
    if (Set.class.isAssignableFrom(type) || SortedSet.class.isAssignableFrom(type)) {
      return CollectionType.SET;
    }
    if (Collection.class.isAssignableFrom(type)) {
      return CollectionType.COLLECTION;
    }
    throw MappingErrors.onAttribute(
        owner.javaType(), name,
        "a collection-valued attribute must be a Collection, Set, List or Map, not '" + type.getName() + "'");
  }

  private static List<JoinColumnModel> joinColumns(PersistentMember member, boolean optional) {
    List<JoinColumn> declared = new ArrayList<>();
    JoinColumns many = member.annotation(JoinColumns.class);
    if (many != null) {
      declared.addAll(Arrays.asList(many.value()));
    }
    JoinColumn one = member.annotation(JoinColumn.class);
    if (one != null) {
      declared.add(one);
    }
    if (declared.isEmpty()) {
      return List.of(new JoinColumnModel(member.name() + "_id", "", optional, false, true, true));
    }
    List<JoinColumnModel> columns = new ArrayList<>();
    for (JoinColumn jc : declared) {
      columns.add(
          new JoinColumnModel(
              jc.name().isEmpty() ? member.name() + "_id" : jc.name(),
              jc.referencedColumnName(),
              jc.nullable() && optional,
              jc.unique(),
              jc.insertable(),
              jc.updatable()));
    }
    return List.copyOf(columns);
  }

  private static Set<CascadeType> withRemove(Set<CascadeType> cascade) {
    EnumSet<CascadeType> set = EnumSet.of(CascadeType.REMOVE);
    set.addAll(cascade);
    return Set.copyOf(set);
  }

  static Set<CascadeType> cascade(CascadeType[] declared) {
    if (declared.length == 0) {
      return Set.of();
    }
    EnumSet<CascadeType> set = EnumSet.noneOf(CascadeType.class);
    for (CascadeType type : declared) {
      if (type == CascadeType.ALL) {
        set.addAll(EnumSet.allOf(CascadeType.class));
      } else {
        set.add(type);
      }
    }
    return Set.copyOf(set);
  }
}
