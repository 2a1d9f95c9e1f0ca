package org.memoryjpa.metamodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.metadata.MetadataReader;
import org.memoryjpa.internal.metadata.metamodel.MemoryMetamodel;
import org.memoryjpa.internal.metadata.metamodel.StaticMetamodelPopulator;
import org.memoryjpa.metamodel.model.BaseEntity;
import org.memoryjpa.metamodel.model.BaseEntity_;
import org.memoryjpa.metamodel.model.Category;
import org.memoryjpa.metamodel.model.Category_;
import org.memoryjpa.metamodel.model.Customer;
import org.memoryjpa.metamodel.model.Customer_;
import org.memoryjpa.metamodel.model.Dimensions;
import org.memoryjpa.metamodel.model.Dimensions_;
import org.memoryjpa.metamodel.model.OrderLineId;
import org.memoryjpa.metamodel.model.ShopModel;

/**
 * Filling the classes hibernate-processor generates for the test entities ({@code Customer_}) with
 * our metamodel's objects. The fields are global, and Hibernate fills them too when another test
 * builds its factory in this JVM, so every test populates right before it looks.
 */
class StaticMetamodelPopulatorTest {

  /** An entity nested in a test class: its metamodel class is the nested {@code StaticMetamodelPopulatorTest_.Note_}. */
  @Entity
  static class Note {
    @Id Long id;
    String text;
  }

  private final ClassLoader loader = getClass().getClassLoader();

  private MemoryMetamodel populatedShop() {
    var metamodel = new MemoryMetamodel(MetadataReader.read(ShopModel.CLASSES));
    StaticMetamodelPopulator.populate(metamodel, loader);
    return metamodel;
  }

  @Test
  void populate_entity_attributeFieldsAreTheMetamodelAttributes() {
    MemoryMetamodel metamodel = populatedShop();

    assertThat(Customer_.name).isSameAs(metamodel.entity(Customer.class).getAttribute("name"));
    assertThat(Customer_.tags).isSameAs(metamodel.entity(Customer.class).getSet("tags"));
    assertThat(Customer_.attributes).isSameAs(metamodel.entity(Customer.class).getMap("attributes"));
    assertThat(Customer_.emailDomain).isSameAs(metamodel.entity(Customer.class).getAttribute("emailDomain"));
  }

  @Test
  void populate_entity_classFieldIsTheEntityType() {
    MemoryMetamodel metamodel = populatedShop();

    assertThat(Customer_.class_).isSameAs(metamodel.entity(Customer.class));
    assertThat(Category_.class_).isSameAs(metamodel.entity(Category.class));
  }

  @Test
  void populate_inheritedAttribute_isTheMappedSuperclassAttributeSeenFromTheEntity() {
    MemoryMetamodel metamodel = populatedShop();

    // Customer_.id is BaseEntity_.id: Customer_ extends BaseEntity_.
    assertThat(BaseEntity_.id).isSameAs(metamodel.entity(Customer.class).getAttribute("id"));
    assertThat(BaseEntity_.class_).isSameAs(metamodel.managedType(BaseEntity.class));
  }

  @Test
  void populate_recordEmbeddable_fillsAttributesAndClassField() {
    MemoryMetamodel metamodel = populatedShop();

    assertThat(Dimensions_.width).isSameAs(metamodel.embeddable(Dimensions.class).getAttribute("width"));
    assertThat(Dimensions_.class_).isSameAs(metamodel.embeddable(Dimensions.class));
  }

  @Test
  void populate_namedQueryAndGraphFields_leftAsTheyWere() {
    Customer_._Customer_byName_ = null;
    Customer_._Customer_withOrders = null;

    populatedShop();

    assertThat(Customer_._Customer_byName_).isNull();
    assertThat(Customer_._Customer_withOrders).isNull();
    assertThat(Customer_.QUERY_CUSTOMER_BY_NAME).isEqualTo("Customer.byName");
  }

  @Test
  void populate_stringConstants_unchanged() throws ReflectiveOperationException {
    populatedShop();

    // Read reflectively: the compiler inlines constants, the field itself is what a writer would hit.
    assertThat(Customer_.class.getField("NAME").get(null)).isEqualTo("name");
  }

  @Test
  void populate_managedClassWithoutMetamodelClass_isSkipped() {
    var metamodel = new MemoryMetamodel(MetadataReader.read(ShopModel.CLASSES));

    assertThat(metamodel.getEmbeddables()).anyMatch(e -> e.getJavaType() == OrderLineId.class);
    assertThatCode(() -> StaticMetamodelPopulator.populate(metamodel, loader)).doesNotThrowAnyException();
  }

  @Test
  void populate_nestedEntityClass_fillsNestedMetamodelClass() {
    var metamodel = new MemoryMetamodel(MetadataReader.read(List.of(Note.class)));

    StaticMetamodelPopulator.populate(metamodel, loader);

    assertThat(StaticMetamodelPopulatorTest_.Note_.text).isSameAs(metamodel.entity(Note.class).getAttribute("text"));
    assertThat(StaticMetamodelPopulatorTest_.Note_.class_).isSameAs(metamodel.entity(Note.class));
  }

  @Test
  void populate_twoMetamodels_lastOneWins() {
    MemoryMetamodel first = populatedShop();
    MemoryMetamodel second = populatedShop();

    assertThat(Customer_.name).isSameAs(second.entity(Customer.class).getAttribute("name"))
        .isNotSameAs(first.entity(Customer.class).getAttribute("name"));
  }

  @Test
  void populate_nullClassLoader_fallsBackToTheManagedClassLoader() {
    var metamodel = new MemoryMetamodel(MetadataReader.read(ShopModel.CLASSES));

    StaticMetamodelPopulator.populate(metamodel, null);

    assertThat(Customer_.name).isSameAs(metamodel.entity(Customer.class).getAttribute("name"));
  }
}
