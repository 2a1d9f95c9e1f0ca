package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.Test;
import org.memoryjpa.criteria.model.Customer;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;
import org.memoryjpa.internal.query.parse.JpqlLexer;

/**
 * Names the user chooses — tuple aliases and parameter names — against every keyword of the grammar:
 * an alias JPQL can spell after AS is kept in the tree, one it cannot is left out of it (the tuple keeps
 * it); a parameter name is kept whatever word it is. The tree must parse back in every case.
 */
class CriteriaNamesTest extends CriteriaFixture {

  private static List<String> keywords() {
    Vocabulary vocabulary = JpqlLexer.VOCABULARY;
    List<String> keywords = new ArrayList<>();
    for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
      String literal = vocabulary.getLiteralName(type);
      if (literal != null && literal.matches("'[A-Z_]+'")) {
        keywords.add(literal.substring(1, literal.length() - 1));
      }
    }
    return keywords;
  }

  @Test
  void tupleAlias_everyKeyword_inTheTreeWherePossibleAndAlwaysParsingBack() {
    List<String> keywords = keywords();
    assertThat(keywords).contains("SELECT", "FROM", "ORDER", "VALUE", "KEY", "IN", "FETCH", "VERSIONED");
    List<String> leftOut = new ArrayList<>();
    for (String keyword : keywords) {
      for (String alias : List.of(keyword, keyword.toLowerCase(Locale.ROOT))) {
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Customer> c = q.from(Customer.class);
        q.multiselect(c.get("name").alias(alias), c.get("email").alias(alias + "2"));

        CriteriaTranslation translation = cb.translate(q);
        String jpql = roundTrip(translation);
        if (!jpql.startsWith("SELECT c0.name AS " + alias + ", ")) {
          leftOut.add(alias);
          assertThat(jpql).startsWith("SELECT c0.name, c0.email AS " + alias + "2 ");
        }
        assertThat(translation.resultItems().get(0).getAlias()).isEqualTo(alias);
      }
    }
    assertThat(leftOut).containsExactlyInAnyOrder("FROM", "from", "FETCH", "fetch", "IN", "in", "VERSIONED", "versioned");
  }

  @Test
  void parameterName_everyKeyword_isKept() {
    for (String keyword : keywords()) {
      ParameterExpression<String> parameter = cb.parameter(String.class, keyword.toLowerCase(Locale.ROOT));
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      Root<Customer> c = q.from(Customer.class);
      q.where(cb.equal(c.get("name"), parameter));

      CriteriaTranslation translation = cb.translate(q);
      assertThat(roundTrip(translation)).endsWith("WHERE c0.name = :" + keyword.toLowerCase(Locale.ROOT));
      assertThat(translation.parameterNames()).containsEntry(parameter, keyword.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void identificationVariables_neverAnEntityNameOrAnAlias() {
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Customer> c = q.from(Customer.class);
    q.multiselect(c.get("name").alias("c0"), c.get("email").alias("C1"));

    assertThat(jpql(q)).isEqualTo("SELECT c2.name AS c0, c2.email AS C1 FROM Customer c2");
  }
}
