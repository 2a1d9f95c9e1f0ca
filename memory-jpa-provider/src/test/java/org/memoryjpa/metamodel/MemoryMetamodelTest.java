package org.memoryjpa.metamodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MappedSuperclassType;
import jakarta.persistence.metamodel.PluralAttribute.CollectionType;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type.PersistenceType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.metadata.MetadataReader;
import org.memoryjpa.internal.metadata.metamodel.MemoryAttribute;
import org.memoryjpa.internal.metadata.metamodel.MemoryMetamodel;
import org.memoryjpa.metamodel.model.Address;
import org.memoryjpa.metamodel.model.Auditable;
import org.memoryjpa.metamodel.model.BaseEntity;
import org.memoryjpa.metamodel.model.BillingDocument;
import org.memoryjpa.metamodel.model.Category;
import org.memoryjpa.metamodel.model.Customer;
import org.memoryjpa.metamodel.model.CustomerStatus;
import org.memoryjpa.metamodel.model.Dimensions;
import org.memoryjpa.metamodel.model.Document;
import org.memoryjpa.metamodel.model.Invoice;
import org.memoryjpa.metamodel.model.Money;
import org.memoryjpa.metamodel.model.OrderLine;
import org.memoryjpa.metamodel.model.OrderLineId;
import org.memoryjpa.metamodel.model.Payment;
import org.memoryjpa.metamodel.model.Product;
import org.memoryjpa.metamodel.model.ProductCode;
import org.memoryjpa.metamodel.model.PurchaseOrder;
import org.memoryjpa.metamodel.model.Shipment;
import org.memoryjpa.metamodel.model.ShopModel;

/** The metamodel API as users call it: lookups, identities, and the exceptions the Javadoc names. */
class MemoryMetamodelTest {

  private final MemoryMetamodel metamodel = new MemoryMetamodel(MetadataReader.read(ShopModel.CLASSES));
  private final EntityType<Customer> customer = metamodel.entity(Customer.class);

  @Test
  void entity_byEntityName_returnsTheEntity() {
    EntityType<?> item = metamodel.entity("Item");

    assertThat(item.getJavaType()).isEqualTo(Product.class);
    assertThat(item).isSameAs(metamodel.entity(Product.class));
  }

  @Test
  void entity_byClassNameOfRenamedEntity_throwsNamingTheEntityName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metamodel.entity("Product"))
        .withMessage("Unknown entity name 'Product'; the entity class '" + Product.class.getName()
            + "' is named 'Item' by @Entity(name)");
  }

  @Test
  void entity_misspeltName_throwsWithSuggestion() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metamodel.entity("Custmer"))
        .withMessage("Unknown entity name 'Custmer'; did you mean 'Customer'?");
  }

  @Test
  void entity_embeddableClass_throwsNamingKindAndAccessor() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metamodel.entity(Address.class))
        .withMessage("Not an entity: '" + Address.class.getName() + "' is embeddable 'Address'; use"
            + " embeddable(Address.class)");
  }

  @Test
  void entity_unmanagedClass_throwsNamingClass() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metamodel.entity(Money.class))
        .withMessageStartingWith("Not an entity: '" + Money.class.getName() + "' is not a managed class");
  }

  @Test
  void managedType_unmanagedClass_throwsNamingClass() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metamodel.managedType(String.class))
        .withMessageContaining("'java.lang.String'")
        .withMessageContaining("@Entity, @Embeddable or @MappedSuperclass");
  }

  @Test
  void embeddable_entityClass_throwsNamingKind() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metamodel.embeddable(Customer.class))
        .withMessageContaining("is entity 'Customer'; use entity(Customer.class)");
  }

  @Test
  void managedType_mappedSuperclass_returnsMappedSuperclassType() {
    ManagedType<?> base = metamodel.managedType(BaseEntity.class);

    assertThat(base).isInstanceOf(MappedSuperclassType.class);
    assertThat(base.getPersistenceType()).isEqualTo(PersistenceType.MAPPED_SUPERCLASS);
  }

  @Test
  void getEmbeddables_shopModel_includesRecordAndIdClass() {
    assertThat(metamodel.getEmbeddables())
        .<Class<?>>extracting(EmbeddableType::getJavaType)
        .containsExactlyInAnyOrder(Address.class, org.memoryjpa.metamodel.model.GeoPoint.class,
            ProductCode.class, Dimensions.class, OrderLineId.class);
  }

  @Test
  void getAttribute_inheritedFromMappedSuperclass_isTheMappedSuperclassAttribute() {
    Attribute<? super Customer, ?> id = customer.getAttribute("id");

    assertThat(id).isSameAs(metamodel.managedType(BaseEntity.class).getAttribute("id"));
    assertThat(id).isSameAs(metamodel.entity(PurchaseOrder.class).getAttribute("id"));
    assertThat(id.getDeclaringType()).isSameAs(metamodel.managedType(BaseEntity.class));
  }

  @Test
  void getAttribute_misspelt_throwsWithSuggestion() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer.getAttribute("nmae"))
        .withMessage("Unknown attribute 'nmae' of entity 'Customer'; did you mean 'name'?");
  }

  @Test
  void getDeclaredAttribute_inherited_throwsNamingDeclaringType() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer.getDeclaredAttribute("version"))
        .withMessage("Attribute 'version' is not declared by entity 'Customer' but inherited from mapped"
            + " superclass 'BaseEntity'; use getAttribute(\"version\"), or ask the declaring type");
  }

  @Test
  void getDeclaredAttributes_entityBelowMappedSuperclass_onlyOwnAttributes() {
    assertThat(customer.getDeclaredAttributes()).extracting(Attribute::getName).doesNotContain("id", "version")
        .contains("name", "emailDomain");
    assertThat(customer.getAttributes()).extracting(Attribute::getName).contains("id", "version", "name");
  }

  @Test
  void getSingularAttribute_pluralAttribute_throwsNamingKindAndAccessor() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer.getSingularAttribute("tags"))
        .withMessage("Attribute 'tags' of entity 'Customer' is a SetAttribute, not a SingularAttribute;"
            + " use getSet(\"tags\")");
  }

  @Test
  void getSingularAttribute_wrapperOfPrimitive_returnsAttribute() {
    SingularAttribute<? super Customer, Integer> points = customer.getSingularAttribute("loyaltyPoints", Integer.class);

    assertThat(points.getJavaType()).isEqualTo(int.class);
    assertThat(customer.getSingularAttribute("loyaltyPoints", int.class)).isSameAs(points);
  }

  @Test
  void getSingularAttribute_supertypeOfJavaType_throwsNamingBothTypes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer.getSingularAttribute("name", CharSequence.class))
        .withMessage("Attribute 'name' of entity 'Customer' has Java type 'java.lang.String', not"
            + " 'java.lang.CharSequence'; pass String.class");
  }

  @Test
  void getDeclaredSingularAttribute_ownAttribute_returnsIt() {
    assertThat(customer.getDeclaredSingularAttribute("status", CustomerStatus.class).getDeclaringType())
        .isSameAs(customer);
  }

  @Test
  void getSet_elementType_returnsSetAttribute() {
    var tags = customer.getSet("tags", String.class);

    assertThat(tags.getCollectionType()).isEqualTo(CollectionType.SET);
    assertThat(tags.getPersistentAttributeType()).isEqualTo(PersistentAttributeType.ELEMENT_COLLECTION);
    assertThat(tags.getElementType().getPersistenceType()).isEqualTo(PersistenceType.BASIC);
  }

  @Test
  void getSet_wrongElementType_throwsNamingElementType() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer.getSet("tags", Object.class))
        .withMessage("Attribute 'tags' of entity 'Customer' has element type 'java.lang.String', not"
            + " 'java.lang.Object'; pass String.class");
  }

  @Test
  void getList_setAttribute_throwsNamingKind() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer.getList("tags"))
        .withMessageContaining("is a SetAttribute, not a ListAttribute; use getSet(\"tags\")");
  }

  @Test
  void getList_embeddableElements_elementTypeIsEmbeddable() {
    var addresses = customer.getDeclaredList("previousAddresses", Address.class);

    assertThat(addresses.getElementType()).isSameAs(metamodel.embeddable(Address.class));
    assertThat(addresses.isAssociation()).isFalse();
  }

  @Test
  void getCollection_bagOfEntities_returnsCollectionAttribute() {
    var payments = metamodel.entity(PurchaseOrder.class).getCollection("payments", Payment.class);

    assertThat(payments.getCollectionType()).isEqualTo(CollectionType.COLLECTION);
    assertThat(payments.getElementType()).isSameAs(metamodel.entity(Payment.class));
    assertThat(payments.isAssociation()).isTrue();
  }

  @Test
  void getCollection_listAttribute_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer.getCollection("orders"))
        .withMessageContaining("is a ListAttribute, not a CollectionAttribute");
  }

  @Test
  void getMap_keyAndValueTypes_returnsMapAttribute() {
    var translations = metamodel.entity(Product.class).getMap("translations", Locale.class, String.class);

    assertThat(translations.getKeyJavaType()).isEqualTo(Locale.class);
    assertThat(translations.getKeyType().getPersistenceType()).isEqualTo(PersistenceType.BASIC);
    assertThat(translations.getBindableJavaType()).isEqualTo(String.class);
  }

  @Test
  void getMap_wrongKeyType_throwsNamingKeyType() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metamodel.entity(Category.class).getMap("featured", Integer.class, Product.class))
        .withMessage("Attribute 'featured' of entity 'Category' has key type 'java.lang.String', not"
            + " 'java.lang.Integer'; pass String.class");
  }

  @Test
  void getDeclaredMap_inherited_throws() {
    assertThatIllegalArgumentException().isThrownBy(() -> metamodel.entity(Invoice.class).getDeclaredMap("total"))
        .withMessageContaining("inherited from mapped superclass 'BillingDocument'");
  }

  @Test
  void getSingularAttributes_andPluralAttributes_partitionTheAttributes() {
    assertThat(customer.getSingularAttributes().size() + customer.getPluralAttributes().size())
        .isEqualTo(customer.getAttributes().size());
    assertThat(customer.getDeclaredPluralAttributes()).extracting(Attribute::getName)
        .containsExactlyInAnyOrder("tags", "previousAddresses", "attributes", "orders");
  }

  @Test
  void getId_simpleId_returnsIdAttribute() {
    var id = metamodel.entity(Category.class).getId(Integer.class);

    assertThat(id.isId()).isTrue();
    assertThat(id.isOptional()).isFalse();
  }

  @Test
  void getId_genericIdOfMappedSuperclass_acceptsTypeEachEntityBinds() {
    assertThat(customer.getId(Long.class)).isSameAs(metamodel.entity(PurchaseOrder.class).getId(UUID.class));
  }

  @Test
  void getId_typeNotBound_throwsNamingJavaType() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metamodel.entity(PurchaseOrder.class).getId(Long.class))
        .withMessage("Attribute 'id' of entity 'PurchaseOrder' has id type 'java.lang.Object', not"
            + " 'java.lang.Long'; pass Object.class");
  }

  @Test
  void getId_idClass_throwsPointingToIdClassAttributes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metamodel.entity(OrderLine.class).getId(Object.class))
        .withMessage("There is no single id attribute in entity 'OrderLine': its id is the @IdClass '"
            + OrderLineId.class.getName() + "'; use getIdClassAttributes()");
  }

  @Test
  void getId_mappedSuperclassWithoutId_throwsAndReportsNoSingleId() {
    var auditable = (MappedSuperclassType<?>) metamodel.managedType(Auditable.class);

    assertThat(auditable.hasSingleIdAttribute()).isFalse();
    assertThat(auditable.getIdType()).isNull();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> auditable.getId(Object.class))
        .withMessage("There is no id attribute in mapped superclass 'Auditable'; the entities below it"
            + " declare their ids");
  }

  @Test
  void getDeclaredId_inheritedId_throwsNamingDeclaringType() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metamodel.entity(Invoice.class).getDeclaredId(String.class))
        .withMessage("The id attribute 'documentNumber' is not declared by entity 'Invoice' but inherited"
            + " from entity 'Document'; use getId(...)");
  }

  @Test
  void getDeclaredId_ownId_returnsIt() {
    assertThat(metamodel.entity(Document.class).getDeclaredId(String.class).getName()).isEqualTo("documentNumber");
  }

  @Test
  void getIdClassAttributes_idClass_returnsTheEntityIdAttributes() {
    EntityType<OrderLine> orderLine = metamodel.entity(OrderLine.class);

    assertThat(orderLine.hasSingleIdAttribute()).isFalse();
    assertThat(orderLine.getIdClassAttributes())
        .containsExactlyInAnyOrder(
            orderLine.getSingularAttribute("orderNumber"), orderLine.getSingularAttribute("lineNumber"));
  }

  @Test
  void getIdClassAttributes_simpleId_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(customer::getIdClassAttributes)
        .withMessageStartingWith("There is no @IdClass on entity 'Customer'");
  }

  @Test
  void getIdType_eachKindOfId_returnsItsType() {
    assertThat(metamodel.entity(OrderLine.class).getIdType()).isSameAs(metamodel.embeddable(OrderLineId.class));
    assertThat(metamodel.entity(Product.class).getIdType()).isSameAs(metamodel.embeddable(ProductCode.class));
    assertThat(metamodel.entity(Shipment.class).getIdType().getJavaType()).isEqualTo(long.class);
  }

  @Test
  void getVersion_inheritedVersion_returnsMappedSuperclassAttribute() {
    SingularAttribute<? super Customer, Long> version = customer.getVersion(Long.class);

    assertThat(version.isVersion()).isTrue();
    assertThat(version.getDeclaringType().getJavaType()).isEqualTo(BaseEntity.class);
    var base = (MappedSuperclassType<?>) metamodel.managedType(BaseEntity.class);
    assertThat(base.getDeclaredVersion(long.class)).isSameAs(version);
  }

  @Test
  void getDeclaredVersion_inherited_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer.getDeclaredVersion(Long.class))
        .withMessageContaining("inherited from mapped superclass 'BaseEntity'; use getVersion(...)");
  }

  @Test
  void getSupertype_entityBelowMappedSuperclassBelowEntity_walksTheChain() {
    var billing = metamodel.entity(Invoice.class).getSupertype();

    assertThat(billing.getJavaType()).isEqualTo(BillingDocument.class);
    assertThat(billing.getSupertype()).isSameAs(metamodel.entity(Document.class));
    assertThat(billing.getSupertype().getSupertype()).isNull();
  }

  @Test
  void getJavaMember_propertyAccess_isTheGetter() throws NoSuchMethodException {
    assertThat(metamodel.entity(Category.class).getAttribute("label").getJavaMember())
        .isEqualTo(Category.class.getMethod("getLabel"));
    assertThat(customer.getAttribute("emailDomain").getJavaMember()).isInstanceOf(Method.class);
    assertThat(customer.getAttribute("email").getJavaMember()).isInstanceOf(Field.class);
  }

  @Test
  void getJavaMember_recordComponent_isItsField() throws NoSuchFieldException {
    assertThat(metamodel.embeddable(Dimensions.class).getAttribute("width").getJavaMember())
        .isEqualTo(Dimensions.class.getDeclaredField("width"));
  }

  @Test
  void getBindableJavaType_entity_isTheClass() {
    assertThat(customer.getBindableJavaType()).isEqualTo(Customer.class);
    assertThat(customer.getBindableType()).isEqualTo(jakarta.persistence.metamodel.Bindable.BindableType.ENTITY_TYPE);
  }

  @Test
  void resolveAttribute_ownAttribute_returnsItself() {
    Attribute<? super Customer, ?> name = customer.getAttribute("name");

    assertThat(metamodel.resolveAttribute(name)).isSameAs(name);
  }

  @Test
  void resolveAttribute_anotherMetamodelsAttribute_returnsOursOfSameName() {
    var other = new MemoryMetamodel(MetadataReader.read(ShopModel.CLASSES));
    Attribute<? super Customer, ?> foreign = other.entity(Customer.class).getAttribute("id");

    MemoryAttribute<?, ?> resolved = metamodel.resolveAttribute(foreign);

    assertThat(resolved).isNotSameAs(foreign).isSameAs(customer.getAttribute("id"));
  }
}
