package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.CriteriaUpdate;
import org.memoryjpa.criteria.model.CriteriaModel;
import org.memoryjpa.internal.metadata.MetadataReader;
import org.memoryjpa.internal.metadata.metamodel.MemoryMetamodel;
import org.memoryjpa.internal.metadata.metamodel.StaticMetamodelPopulator;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;
import org.memoryjpa.internal.query.criteria.MemoryCriteriaBuilder;
import org.memoryjpa.internal.query.parse.JpqlReader;

/**
 * The Criteria builder over the test model, and the golden assertion every Criteria test uses: the
 * canonical JPQL of the translation, which must also parse back (with the JPQL parser) to the same
 * text, so the tree is one the binder gets from JPQL too.
 */
abstract class CriteriaFixture {

  static final MemoryMetamodel METAMODEL = new MemoryMetamodel(MetadataReader.read(CriteriaModel.CLASSES));

  static {
    // as a factory does at bootstrap; another factory (or Hibernate) may fill the fields later, which
    // the builder must not mind: it resolves static metamodel attributes by declaring class and name
    StaticMetamodelPopulator.populate(METAMODEL, CriteriaFixture.class.getClassLoader());
  }

  final MemoryCriteriaBuilder cb = new MemoryCriteriaBuilder(METAMODEL);

  /** The canonical JPQL of a query, after checking that it round-trips through the JPQL parser. */
  String jpql(CriteriaQuery<?> query) {
    return roundTrip(cb.translate(query));
  }

  String jpql(CriteriaSelect<?> select) {
    return roundTrip(cb.translate(select));
  }

  String jpql(CriteriaUpdate<?> update) {
    return roundTrip(cb.translate(update));
  }

  String jpql(CriteriaDelete<?> delete) {
    return roundTrip(cb.translate(delete));
  }

  static String roundTrip(CriteriaTranslation translation) {
    String canonical = translation.statement().toString();
    assertThat(JpqlReader.read(canonical).toString())
        .as("the canonical JPQL parses back to the same tree")
        .isEqualTo(canonical);
    return canonical;
  }
}
