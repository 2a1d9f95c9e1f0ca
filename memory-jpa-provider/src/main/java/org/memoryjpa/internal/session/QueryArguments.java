package org.memoryjpa.internal.session;

import jakarta.persistence.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.memoryjpa.internal.proxy.EntityProxies;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;
import org.memoryjpa.internal.query.model.Coercions;
import org.memoryjpa.internal.query.model.ParameterSpec;
import org.memoryjpa.internal.query.model.ValueType;

/**
 * The parameters of one query object and the arguments bound to them. Checks each argument against
 * the type the parameter's context gives it ({@link IllegalArgumentException} on an unknown name or
 * position or a wrong type), accepts collections where a parameter is the only item of an IN list, and
 * hands the arguments to a run. Mutable; confined to the query's thread.
 */
final class QueryArguments {

  private final List<ParameterSpec> specs;
  // the Parameter objects, made when first asked for: a query that is only bound and run needs none
  private List<Parameter<?>> parameters;
  private final Object[] values;
  private final boolean[] bound;
  /** Indexes of the generated parameters of a Criteria statement: bound here, not the user's to see. */
  // null while none is hidden, as in every JPQL query
  private boolean[] hidden;
  /** A Criteria statement's {@code ParameterExpression}s (identity) and their indexes. */
  // a Criteria query's parameter expressions; made by adopt, as a JPQL query has none
  private Map<Parameter<?>, Integer> expressions = Map.of();

  QueryArguments(List<ParameterSpec> specs) {
    this.specs = specs;
    this.values = new Object[specs.size()];
    this.bound = new boolean[specs.size()];
  }

  private List<Parameter<?>> parameters() {
    if (parameters == null) {
      parameters = new ArrayList<>(specs.size());
      for (ParameterSpec spec : specs) {
        parameters.add(parameter(spec));
      }
    }
    return parameters;
  }

  private boolean isHidden(int index) {
    return hidden != null && hidden[index];
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static MemoryParameter<?> parameter(ParameterSpec spec) {
    Class type = spec.type().isUnknown() ? null : spec.type().javaType();
    return new MemoryParameter(spec.name(), spec.position(), type);
  }

  /**
   * Takes over the parameters of a translated Criteria statement: binds the generated literal
   * parameters to their values and hides them, and makes each {@code ParameterExpression} the
   * parameter of its name (the first one where two objects share a name).
   */
  void adopt(CriteriaTranslation criteria) {
    criteria.literalValues().forEach((name, value) -> {
      int index = find(name);
      if (index >= 0) {
        values[index] = value;
        bound[index] = true;
        if (hidden == null) {
          hidden = new boolean[specs.size()];
        }
        hidden[index] = true;
      }
    });
    criteria.parameterNames().forEach((expression, name) -> {
      int index = find(name);
      if (index >= 0) {
        if (expressions.isEmpty()) {
          expressions = new IdentityHashMap<>();
        }
        expressions.put(expression, index);
        if (parameters().get(index) instanceof MemoryParameter<?>) {
          parameters().set(index, expression);
        }
      }
    });
  }

  Set<Parameter<?>> all() {
    Set<Parameter<?>> all = new LinkedHashSet<>();
    for (int i = 0; i < parameters().size(); i++) {
      if (!isHidden(i)) {
        all.add(parameters().get(i));
      }
    }
    return Collections.unmodifiableSet(all);
  }

  int indexOf(String name) {
    int index = find(name);
    if (index >= 0 && !isHidden(index)) {
      return index;
    }
    throw new IllegalArgumentException("Unknown parameter ':" + name + "'; the query's parameters are " + labels());
  }

  private int find(String name) {
    for (int i = 0; i < specs.size(); i++) {
      if (name != null && name.equals(specs.get(i).name())) {
        return i;
      }
    }
    return -1;
  }

  int indexOf(int position) {
    for (int i = 0; i < specs.size(); i++) {
      Integer p = specs.get(i).position();
      if (p != null && p == position) {
        return i;
      }
    }
    throw new IllegalArgumentException("Unknown parameter '?" + position + "'; the query's parameters are " + labels());
  }

  int indexOf(Parameter<?> parameter) {
    if (parameter == null) {
      throw new IllegalArgumentException("The parameter is null");
    }
    Integer expression = expressions.get(parameter);
    int index = expression != null ? expression : parameters().indexOf(parameter);
    if (index < 0 || isHidden(index)) {
      throw new IllegalArgumentException("Parameter '" + label(parameter)
          + "' is not a parameter of this query; its parameters are " + labels());
    }
    return index;
  }

  Parameter<?> parameter(int index) {
    return parameters().get(index);
  }

  /** A parameter as messages name it: by name or position, an unnamed Criteria parameter by its type. */
  private String describe(int index) {
    Parameter<?> parameter = parameters().get(index);
    if (parameter.getName() == null && parameter.getPosition() == null) {
      Class<?> type = parameter.getParameterType();
      return "the unnamed parameter of type '" + (type == null ? "Object" : type.getSimpleName()) + "'";
    }
    return "parameter '" + specs.get(index).label() + "'";
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String label(Parameter<?> parameter) {
    if (parameter.getName() == null && parameter.getPosition() == null) {
      return "unnamed parameter";
    }
    return parameter.getName() != null ? ":" + parameter.getName() : "?" + parameter.getPosition();
  }

  private List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      if (!isHidden(i)) {
        labels.add(specs.get(i).label());
      }
    }
    return labels;
  }

  void bind(int index, Object value) {
    ParameterSpec spec = specs.get(index);
    check(spec, value);
    values[index] = value;
    bound[index] = true;
  }

  boolean isBound(int index) {
    return bound[index];
  }

  Object value(int index) {
    if (!bound[index]) {
      throw new IllegalStateException(capitalized(describe(index)) + " is not bound");
    }
    return values[index];
  }

  /** The arguments of a run that may outlive the call (a stream): a copy, which later binds leave alone. */
  Object[] require() {
    return forRun().clone();
  }

  /** The arguments of a run that ends before the query can be bound again: not copied. */
  Object[] forRun() {
    for (int i = 0; i < bound.length; i++) {
      if (!bound[i]) {
        throw new jakarta.persistence.PersistenceException("No argument for " + describe(i)
            + "; call setParameter before running the query");
      }
    }
    return values;
  }

  /** Copies the bindings of parameters that another query object of the same statement has bound. */
  void copyFrom(QueryArguments other) {
    System.arraycopy(other.values, 0, values, 0, values.length);
    System.arraycopy(other.bound, 0, bound, 0, bound.length);
  }

  private static void check(ParameterSpec spec, Object value) {
    ValueType type = spec.type();
    if (value == null || type.isUnknown()) {
      return;
    }
    if (value instanceof Collection<?> collection && !Collection.class.isAssignableFrom(type.javaType())) {
      if (!spec.multiValued()) {
        throw wrongType(spec, value, type);
      }
      for (Object element : collection) {
        if (element != null && !fits(type, element)) {
          throw new IllegalArgumentException("Parameter '" + spec.label() + "' expects elements of type '"
              + type.javaType().getName() + "', got a '" + element.getClass().getName() + "' in the collection");
        }
      }
      return;
    }
    if (!fits(type, value)) {
      throw wrongType(spec, value, type);
    }
  }

  private static boolean fits(ValueType type, Object value) {
    Class<?> expected = type.javaType();
    if (expected.isInstance(value)) {
      return true;
    }
    if (type.isEntity()) {
      return expected.isAssignableFrom(EntityProxies.entityClassOf(value));
    }
    if (value instanceof Number && Number.class.isAssignableFrom(expected)) {
      return expected.isInstance(Coercions.literal(value, expected));
    }
    if (value instanceof java.util.Date && java.util.Date.class.isAssignableFrom(expected)) {
      return true;
    }
    if (value instanceof java.util.Calendar && java.util.Date.class.isAssignableFrom(expected)) {
      return true;
    }
    return value instanceof Class<?> && expected == Class.class;
  }

  private static IllegalArgumentException wrongType(ParameterSpec spec, Object value, ValueType type) {
    return new IllegalArgumentException("Parameter '" + spec.label() + "' expects a '" + type.javaType().getName()
        + "', got a '" + value.getClass().getName() + "'");
  }
}
