package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memoryjpa.testing.Provider;

/** Native SQL has no database to run on: every {@code createNativeQuery} form says so and names JPQL. */
class NativeQueryTest {

  private EntityManagerFactory emf;

  @AfterEach
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  @Test
  void createNativeQuery_everyForm_isPersistenceExceptionNamingJpqlAndCriteria() {
    emf = Provider.MEMORY.create(QueryData.CLASSES);
    try (EntityManager em = emf.createEntityManager()) {
      String expected = "Native SQL queries are not supported: memory-jpa keeps entities in memory and has no SQL"
          + " database; write the query in JPQL (createQuery) or with the Criteria API";
      assertThatThrownBy(() -> em.createNativeQuery("select * from q_customer"))
          .isExactlyInstanceOf(PersistenceException.class).hasMessage(expected);
      assertThatThrownBy(() -> em.createNativeQuery("select * from q_customer", Customer.class))
          .isExactlyInstanceOf(PersistenceException.class).hasMessage(expected);
      assertThatThrownBy(() -> em.createNativeQuery("select * from q_customer", "mapping"))
          .isExactlyInstanceOf(PersistenceException.class).hasMessage(expected);
    }
  }
}
