package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate.BooleanOperator;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a simple Criteria query: everything its translation depends on except the values of
 * its bound literals and the identity of its parameter objects. A query built anew per call, as
 * applications do, has the same shape every time, so its translation (and compiled form) can be
 * reused with only the literal values and parameter objects of the new query put in.
 *
 * <p>Only a narrow, common form is understood: one root without joins, fetches or treats, selecting
 * that root (or nothing) or one of its attributes, a WHERE of AND/OR over comparisons of the root's attributes with compared
 * literals or parameter expressions, and ORDER BY the root's attributes. Anything else has no shape
 * ({@link #of} returns null) and is translated in full: a shape must never match a query whose
 * translation would differ. {@link #matches} checks a fresh translation against the shape's values
 * before it is reused, so a walk order that disagreed with the translator's would only cost the reuse.
 *
 * @param key what the translation depends on, comparable by {@code equals}
 * @param literals the values of the bound literals, in order of translation
 * @param parameters the distinct parameter expressions, in order of first appearance
 */
public record CriteriaShape(List<Object> key, List<Object> literals, List<ParameterExpression<?>> parameters) {

  private static final Object SELECT_ROOT = new Object();
  private static final Object SELECT_NOTHING = new Object();
  private static final Object END = new Object();

  /**
   * The shape of a query about to run ({@code bindCompared} translation), or null when the query has
   * a feature the shape does not understand.
   */
  public static CriteriaShape of(MemoryCriteriaBuilder builder, CriteriaQuery<?> criteria) {
    if (!(criteria instanceof MemoryCriteriaQuery<?> query) || query.builder() != builder
        || MemoryParameterExpression.anyNamedLikeGenerated()) {
      return null;
    }
    // a tuple or array result's items are the selection's, which the shape does not rebuild
    Class<?> resultType = query.getResultType();
    if (Tuple.class.isAssignableFrom(resultType) || resultType.isArray()) {
      return null;
    }
    QueryStructure structure = query.structure();
    if (structure.roots().size() != 1 || !structure.correlatedJoins().isEmpty() || !structure.groupBy().isEmpty()
        || structure.having() != null) {
      return null;
    }
    MemoryRoot<?> root = structure.roots().iterator().next();
    if (root.isCorrelated() || root.treated() != null || !root.children().isEmpty() || !root.treats().isEmpty()) {
      return null;
    }
    CriteriaShape shape = new CriteriaShape(new ArrayList<>(16), new ArrayList<>(2), new ArrayList<>(0));
    List<Object> key = shape.key;
    key.add(resultType);
    key.add(root.getModel());
    key.add(root.getAlias());
    key.add(structure.isDistinct());
    Selection<?> selection = query.getSelection();
    if (selection == null) {
      key.add(SELECT_NOTHING);
    } else if (selection == root) {
      key.add(SELECT_ROOT);
    } else if (!shape.attribute(selection, root)) {
      return null;
    }
    MemoryPredicate restriction = structure.restriction();
    if (restriction != null && !shape.predicate(restriction, root)) {
      return null;
    }
    key.add(END);
    for (MemoryOrder order : query.orders()) {
      if (!shape.attribute(order.expression(), root)) {
        return null;
      }
      key.add(order.isAscending());
      key.add(order.getNullPrecedence());
    }
    return shape;
  }

  private boolean predicate(MemoryPredicate predicate, MemoryRoot<?> root) {
    key.add(predicate.getAlias());
    if (predicate instanceof MemoryJunction junction) {
      key.add(junction.getOperator() == BooleanOperator.AND ? BooleanOperator.AND : BooleanOperator.OR);
      key.add(junction.operands().size());
      for (Object operand : junction.operands()) {
        if (!(operand instanceof MemoryPredicate nested) || !predicate(nested, root)) {
          return false;
        }
      }
      return true;
    }
    if (predicate instanceof MemorySimplePredicate simple && simple.comparison() != null
        && simple.operands().size() == 2) {
      key.add(simple.comparison());
      return operand(simple.operands().get(0), root) && operand(simple.operands().get(1), root);
    }
    return false;
  }

  private boolean operand(Selection<?> operand, MemoryRoot<?> root) {
    if (operand instanceof MemoryLiteral<?> literal) {
      // only a compared literal becomes a generated parameter; any other is written into the statement
      if (!literal.isCompared() || literal.isCollectionValued() || literal.value() == null) {
        return false;
      }
      key.add(literal.getAlias());
      key.add(literal.getJavaType());
      key.add(literal.value().getClass());
      literals.add(literal.value());
      return true;
    }
    if (operand instanceof MemoryParameterExpression<?> parameter) {
      int index = parameters.indexOf(parameter);
      if (index < 0) {
        index = parameters.size();
        parameters.add(parameter);
      }
      key.add(index);
      key.add(parameter.getName());
      key.add(parameter.getParameterType());
      key.add(parameter.getAlias());
      return true;
    }
    return attribute(operand, root);
  }

  private boolean attribute(Object expression, MemoryRoot<?> root) {
    if (!(expression instanceof MemoryAttributePath<?> path) || path.parent() != root) {
      return false;
    }
    key.add(path.attribute());
    key.add(path.getJavaType());
    key.add(path.getAlias());
    return true;
  }

  /**
   * Whether a full translation of the query this shape was taken of used exactly the shape's literal
   * values and parameter objects, in the shape's order, and has the query's one selection as its one
   * result item: then
   * {@link #rebind} of it is what translating another query of the same shape returns.
   */
  public boolean matches(CriteriaTranslation translation, CriteriaQuery<?> query) {
    if (translation.resultForm() != CriteriaTranslation.ResultForm.SINGLE || translation.resultItems().size() != 1
        || translation.resultItems().get(0) != selected(query)
        || translation.literalValues().size() != literals.size()
        || translation.parameterNames().size() != parameters.size()) {
      return false;
    }
    Iterator<Object> values = translation.literalValues().values().iterator();
    for (Object literal : literals) {
      if (values.next() != literal) {
        return false;
      }
    }
    Iterator<ParameterExpression<?>> objects = translation.parameterNames().keySet().iterator();
    for (ParameterExpression<?> parameter : parameters) {
      if (objects.next() != parameter) {
        return false;
      }
    }
    return true;
  }

  /**
   * The translation of {@code query}, which has this shape, made from the translation of an earlier
   * query of the same shape that {@link #matches}: its statement, with this query's values and objects.
   */
  public CriteriaTranslation rebind(CriteriaTranslation template, CriteriaQuery<?> query) {
    Map<String, Object> literalValues = Map.of();
    if (!literals.isEmpty()) {
      literalValues = new LinkedHashMap<>();
      Iterator<Object> values = literals.iterator();
      for (String name : template.literalValues().keySet()) {
        literalValues.put(name, values.next());
      }
    }
    Map<ParameterExpression<?>, String> parameterNames = Map.of();
    if (!parameters.isEmpty()) {
      parameterNames = new LinkedHashMap<>();
      Iterator<ParameterExpression<?>> objects = parameters.iterator();
      for (String name : template.parameterNames().values()) {
        parameterNames.put(objects.next(), name);
      }
    }
    return new CriteriaTranslation(template.statement(), literalValues, parameterNames, template.resultType(),
        template.resultForm(), List.of(selected(query)));
  }

  /** The one select item of a query that has a shape: its selection, or its root. */
  private static Selection<?> selected(CriteriaQuery<?> query) {
    Selection<?> selection = query.getSelection();
    return selection != null ? selection : ((MemoryCriteriaQuery<?>) query).structure().roots().iterator().next();
  }
}
