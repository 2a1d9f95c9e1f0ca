package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Bad queries fail at createQuery with IllegalArgumentException on both providers; memory-jpa's
 * message names the subject, its position and the closest known name.
 */
class QueryErrorTest {

  private static final Factories FACTORIES = QueryData.factories();

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  private static String message(Provider provider, String jpql) {
    try (EntityManager em = FACTORIES.fresh(provider).createEntityManager()) {
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> em.createQuery(jpql));
      assertThat(thrown).as(jpql).isInstanceOf(IllegalArgumentException.class);
      return thrown.getMessage();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void unknownEntity_namesItWithPositionAndSuggestion(Provider provider) {
    String message = message(provider, "select c from Custmer c");
    if (provider == Provider.MEMORY) {
      assertThat(message).isEqualTo("""
          Unknown entity 'Custmer' at 1:15; did you mean 'Customer'?
          select c from Custmer c
                        ^""");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void unknownAttribute_namesItsTypeWithPositionAndSuggestion(Provider provider) {
    String message = message(provider, "select c.nmae from Customer c");
    if (provider == Provider.MEMORY) {
      assertThat(message).startsWith("Unknown attribute 'nmae' of entity 'Customer' at 1:10; did you mean 'name'?");
    }
    String nested = message(provider, "select c from Customer c\nwhere c.address.cty = 'x'");
    if (provider == Provider.MEMORY) {
      assertThat(nested).isEqualTo("""
          Unknown attribute 'cty' of embeddable 'Address' at 2:17; did you mean 'city'?
          select c from Customer c
          where c.address.cty = 'x'
                          ^""");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void orderByPositionPastTheSelectItems_failsAtCreateQueryNamingTheRange(Provider provider) {
    String message = message(provider, "select c.name, c.id from Customer c order by 3 desc");
    if (provider == Provider.MEMORY) {
      assertThat(message).startsWith("ORDER BY position 3 is not a select item: the query selects 2 items at 1:46;"
          + " order by a position from 1 to 2");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void otherMistakes_failAtCreateQuery(Provider provider) {
    String variable = message(provider, "select x.name from Customer c");
    String function = message(provider, "select c from Customer c where upperr(c.name) = 'A'");
    String dereference = message(provider, "select c.name.length from Customer c");
    String collection = message(provider, "select c from Customer c where c.purchases.quantity = 1");
    String constructor = message(provider, "select new org.memoryjpa.query.NameAge(c.name) from Customer c");
    message(provider, "select c from Customer c where c.name = 'a' and");
    if (provider == Provider.MEMORY) {
      assertThat(variable).startsWith("Unknown identification variable 'x' at 1:8");
      assertThat(function).startsWith("Unknown function 'upperr' at 1:32; did you mean 'UPPER'?");
      // Hibernate accepts this at createQuery and lets the database reject it when the query runs
      String aggregate = message(provider, "select c from Customer c where count(c) > 1");
      assertThat(aggregate).startsWith("Aggregate function 'COUNT' is not allowed here at 1:32");
      assertThat(dereference).startsWith("Cannot dereference 'length' of basic attribute 'name' at 1:15");
      assertThat(collection).startsWith("Cannot dereference 'quantity' of collection 'purchases' at 1:44");
      assertThat(constructor).startsWith("No constructor of 'org.memoryjpa.query.NameAge' takes (String)");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void bulkStatements_areCheckedAtCreateQuery(Provider provider) {
    message(provider, "update Customer c set c.nmae = 'x'");
    message(provider, "delete from Custmer c");
  }
}
