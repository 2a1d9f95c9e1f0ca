package org.memoryjpa.metamodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.DomainModel;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.MetadataReader;
import org.memoryjpa.internal.metadata.IdModel;
import org.memoryjpa.internal.metadata.MappedSuperclassModel;
import org.memoryjpa.metamodel.model.BaseEntity;
import org.memoryjpa.metamodel.model.CardPayment;
import org.memoryjpa.metamodel.model.Category;
import org.memoryjpa.metamodel.model.Customer;
import org.memoryjpa.metamodel.model.GeoPoint;
import org.memoryjpa.metamodel.model.OrderLine;
import org.memoryjpa.metamodel.model.OrderLineId;
import org.memoryjpa.metamodel.model.ProductCode;
import org.memoryjpa.metamodel.model.PurchaseOrder;
import org.memoryjpa.metamodel.model.Shipment;
import org.memoryjpa.metamodel.model.ShopModel;

/** What the metadata reader derives that the metamodel tests first relied on. */
class MetadataReaderTest {

  private final DomainModel model = MetadataReader.read(ShopModel.CLASSES);

  @Test
  void read_generatedIdWithoutGenerator_sequenceNamedAfterRootTable() {
    assertThat(model.requireEntity(Category.class).idGeneration().generatorName())
        .isEqualTo("Category_SEQ");
    assertThat(model.requireEntity(CardPayment.class).idGeneration().generatorName())
        .isEqualTo("Payment_SEQ");
  }

  @Test
  void read_genericIdOfMappedSuperclass_idTypeBoundPerEntity() {
    IdModel customerId = model.requireEntity(Customer.class).id();
    IdModel orderId = model.requireEntity(PurchaseOrder.class).id();

    assertThat(customerId.idType()).isEqualTo(Long.class);
    assertThat(orderId.idType()).isEqualTo(UUID.class);
    assertThat(customerId.single()).isSameAs(orderId.single());
    assertThat(customerId.single().javaType()).isEqualTo(Object.class);
  }

  @Test
  void read_genericIdOfMappedSuperclass_mappedSuperclassKeepsErasure() {
    var baseEntity = (MappedSuperclassModel) model.findManagedType(BaseEntity.class);

    assertThat(baseEntity.id().idType()).isEqualTo(Object.class);
  }

  @Test
  void read_idClass_readAsEmbeddableWithRequiredAttributes() {
    EmbeddableModel idClass = model.requireEntity(OrderLine.class).idClassType();

    assertThat(idClass.javaType()).isEqualTo(OrderLineId.class);
    assertThat(model.embeddables()).contains(idClass);
    assertThat(idClass.attributes())
        .extracting(AttributeMapping::name, AttributeMapping::isOptional)
        .containsExactly(tuple("orderNumber", false), tuple("lineNumber", false));
  }

  @Test
  void read_embeddedId_embeddableAttributesRequiredAndNotNullable() {
    var code = (EmbeddableModel) model.findManagedType(ProductCode.class);

    assertThat(code.attributes())
        .extracting(AttributeMapping::name, AttributeMapping::isOptional)
        .containsExactly(tuple("vendor", false), tuple("sku", false));
    assertThat(((BasicMapping) code.findAttribute("sku")).column().nullable()).isFalse();
  }

  @Test
  void read_wrapperVersion_notOptionalAndNotNullable() {
    var revision = (BasicMapping) model.requireEntity(Shipment.class).version();

    assertThat(revision.javaType()).isEqualTo(Integer.class);
    assertThat(revision.isOptional()).isFalse();
    assertThat(revision.column().nullable()).isFalse();
  }

  @Test
  void read_primitiveOfEmbeddable_notOptionalButColumnNullable() {
    var latitude = (BasicMapping) model.findManagedType(GeoPoint.class).findAttribute("latitude");

    assertThat(latitude.isOptional()).isFalse();
    assertThat(latitude.column().nullable()).isTrue();
  }

  @Test
  void read_primitiveOfEntity_columnNotNullable() {
    var points = (BasicMapping) model.requireEntity(Customer.class).findAttribute("loyaltyPoints");

    assertThat(points.column().nullable()).isFalse();
  }
}
