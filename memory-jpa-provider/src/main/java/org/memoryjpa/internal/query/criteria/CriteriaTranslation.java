package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.Parameter;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Selection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.memoryjpa.internal.query.parse.syntax.Statement;

/**
 * A Criteria statement translated into the JPQL syntax tree: what the query engine binds and runs in
 * place of the Criteria objects. Immutable; positions in the tree are synthetic (line 0), because
 * Criteria errors name the expression or attribute instead.
 *
 * <p>Values the JPQL syntax cannot hold are named parameters of the tree with generated names that
 * cannot clash with the user's ({@code :__criteria_literal_0}, ...): Criteria literals of types
 * without a JPQL literal (enums, dates and times, entities, {@code BigDecimal}, {@code Character},
 * {@code Class} values of {@code type()} comparisons, collections for {@code in(Collection)}) with
 * their values in {@link #literalValues}, and {@link ParameterExpression}s. A named {@code
 * ParameterExpression} keeps its name where JPQL can spell it; an unnamed one (or one whose name is not
 * a JPQL identifier) gets {@code :__criteria_param_0}, ...; {@link #parameterNames} maps every
 * parameter object of the statement to its name in the tree, so that {@code
 * TypedQuery.setParameter(parameterExpression, value)} and {@code setParameter(name, value)} (through
 * {@link ParameterExpression#getName()}) find it. Literal parameters are bound by the engine from
 * {@link #literalValues} on every execution and are not parameters of the query the user sees.
 *
 * @param statement the JPQL syntax tree; {@code statement.toString()} is its canonical JPQL text
 * @param literalValues the values of the generated literal parameters, by parameter name, in order of
 *     appearance; a value may be a {@link java.util.Collection} where the tree has {@code x IN
 *     (:__criteria_literal_n)}
 * @param parameterNames the name in the tree of every {@link ParameterExpression} of the statement, in
 *     order of appearance; two objects with the same user name share one name
 * @param resultType the result type of a select ({@code getResultType()} of the leftmost query), or
 *     null for an update or delete
 * @param resultForm how a row becomes a result, or null for an update or delete
 * @param resultItems the selection items of a select, in the order of the select clause; the elements
 *     of a {@code Tuple} result (identity, alias and Java type), the values of an {@code Object[]}
 *     result; empty for an update or delete
 */
public record CriteriaTranslation(
    Statement statement,
    Map<String, Object> literalValues,
    Map<ParameterExpression<?>, String> parameterNames,
    Class<?> resultType,
    ResultForm resultForm,
    List<Selection<?>> resultItems) {

  /** How the engine turns a row of the select clause into one result. */
  public enum ResultForm {
    /** The one select item is the result (an entity, a value, or a constructor expression's object). */
    SINGLE,
    /** An {@code Object[]} (or the array type of {@link #resultType}) of the select items. */
    ARRAY,
    /** A {@code jakarta.persistence.Tuple} of the select items, keyed by {@link #resultItems}. */
    TUPLE
  }

  public CriteriaTranslation {
    // views, not copies: the one caller (Translator) hands over maps it no longer touches, and a
    // Criteria query is translated on every createQuery
    literalValues = literalValues.isEmpty() ? Map.of() : Collections.unmodifiableMap(literalValues);
    parameterNames = parameterNames.isEmpty() ? Map.of() : Collections.unmodifiableMap(parameterNames);
    resultItems = Collections.unmodifiableList(resultItems);
  }

  /**
   * The name in the tree of a parameter of this statement.
   *
   * @throws IllegalArgumentException when {@code parameter} is not a parameter expression of this
   *     statement
   */
  public String requireParameterName(Parameter<?> parameter) {
    String name = parameter instanceof ParameterExpression<?> expression ? parameterNames.get(expression) : null;
    if (name == null) {
      throw new IllegalArgumentException(
          "Parameter " + Descriptions.of(parameter) + " is not a parameter of this Criteria query");
    }
    return name;
  }

  /** True for a select statement (a query or a set operation of queries). */
  public boolean isSelect() {
    return resultForm != null;
  }
}
