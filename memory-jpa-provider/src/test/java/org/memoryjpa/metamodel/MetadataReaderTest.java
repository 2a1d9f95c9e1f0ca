package org.memoryjpa.metamodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.metadata.DomainModel;
import org.memoryjpa.internal.metadata.MetadataReader;
import org.memoryjpa.metamodel.model.CardPayment;
import org.memoryjpa.metamodel.model.Category;
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
}
