package org.memoryjpa.query.qualifier;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Provider;

/** INDEX() of an {@code @OrderColumn} element collection and of an inverse ({@code mappedBy}) list. */
class ListIndexQualifierTest {

  private EntityManagerFactory emf;

  @AfterEach
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  private EntityManager em(Provider provider) {
    emf = MapQualifierTest.filled(provider);
    return emf.createEntityManager();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void index_ofElementList_isThePosition(Provider provider) {
    try (EntityManager em = em(provider)) {
      List<Object[]> rows = em.createQuery("select index(t), t from QLibrary l join l.tags t where l.id = 1"
          + " order by index(t) desc", Object[].class).getResultList();
      assertThat(rows).extracting(row -> row[0] + ":" + row[1]).containsExactly("2:old", "1:big", "0:old");
      assertThat(em.createQuery("select l.name from QLibrary l join l.tags t where index(t) = 0 and t = 'new'",
          String.class).getResultList()).containsExactly("Branch");
      assertThat(em.createQuery("select count(t) from QLibrary l join l.tags t where index(t) > 0", Long.class)
          .getSingleResult()).isEqualTo(2L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void index_ofInverseOrderColumnList_isThePositionTheOwnerKept(Provider provider) {
    try (EntityManager em = em(provider)) {
      List<Object[]> rows = em.createQuery("select index(b), b.title from QLibrary l join l.ordered b"
          + " order by index(b)", Object[].class).getResultList();
      assertThat(rows).extracting(row -> row[0] + ":" + row[1]).containsExactly("0:Codex", "1:Atlas");
      assertThat(em.createQuery("select b.code from QLibrary l join l.ordered b where index(b) = 1", String.class)
          .getResultList()).containsExactly("a1");
    }
  }
}
