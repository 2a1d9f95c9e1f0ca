package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.Parameter;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Type;
import java.lang.invoke.MethodType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.memoryjpa.internal.metadata.metamodel.MemoryManagedType;

/**
 * How error messages name Criteria objects, and the small checks several of them share. A Criteria
 * expression is named by its JPQL, with roots and joins written as their path from the entity
 * ({@code 'LOWER(Customer.name)'}); values are never shown through their {@code toString()}.
 * Stateless.
 */
final class Descriptions {

  private Descriptions() {}

  /** Whether this thread is describing something: a message built while describing is not described. */
  private static final ThreadLocal<Boolean> DESCRIBING = ThreadLocal.withInitial(() -> false);

  /** A Criteria selection, query or statement in quotes, as messages name it. */
  static String of(Object criteria) {
    MemoryCriteriaBuilder builder = builderOf(criteria);
    if (builder == null || DESCRIBING.get()) {
      return criteria == null ? "null" : "'" + criteria.getClass().getSimpleName().replace("Memory", "") + "'";
    }
    DESCRIBING.set(true);
    try {
      return "'" + Translator.describe(builder, criteria) + "'";
    } finally {
      DESCRIBING.set(false);
    }
  }

  /** A parameter: its name, or its type when it has none. */
  static String of(Parameter<?> parameter) {
    if (parameter == null) {
      return "null";
    }
    return parameter.getName() != null
        ? "'" + parameter.getName() + "'"
        : "of type '" + parameter.getParameterType().getSimpleName() + "'";
  }

  private static MemoryCriteriaBuilder builderOf(Object criteria) {
    if (criteria instanceof MemoryExpression<?> expression) {
      return expression.builder;
    }
    if (criteria instanceof MemoryCompoundSelection<?> compound) {
      return compound.builder();
    }
    if (criteria instanceof MemoryCriteriaQuery<?> query) {
      return query.builder();
    }
    if (criteria instanceof MemoryCriteriaSelect<?> select) {
      return select.leftmost().builder();
    }
    if (criteria instanceof MemoryCriteriaUpdate<?> update) {
      return update.builder();
    }
    if (criteria instanceof MemoryCriteriaDelete<?> delete) {
      return delete.builder();
    }
    return null;
  }

  /** A type of the metamodel as messages name it: {@code entity 'Customer'}, {@code basic type 'String'}. */
  static String describe(Type<?> type) {
    if (type == null) {
      return "a collection";
    }
    if (type instanceof MemoryManagedType<?> managed) {
      return managed.model().describe();
    }
    if (type instanceof ManagedType<?>) {
      return "'" + type.getJavaType().getSimpleName() + "'";
    }
    return "basic type '" + type.getJavaType().getSimpleName() + "'";
  }

  /** Adds the parameter expressions of a selection (and everything in it) to {@code into}. */
  static void collectParameters(Selection<?> selection, Set<ParameterExpression<?>> into) {
    if (selection instanceof MemoryExpression<?> expression) {
      expression.collectParameters(into);
    } else if (selection instanceof MemoryCompoundSelection<?> compound) {
      compound.items().forEach(item -> collectParameters(item, into));
    }
  }

  /** The Javadoc's rule for compound selections: no two items with the same alias. */
  static void checkAliases(List<Selection<?>> items) {
    Set<String> aliases = new HashSet<>();
    for (Selection<?> item : items) {
      if (item.getAlias() != null && !aliases.add(item.getAlias())) {
        throw new IllegalArgumentException(
            "Two selection items have the alias '" + item.getAlias() + "'; give each item its own alias");
      }
    }
  }

  /** The wrapper of a primitive class; any other class unchanged; Object for null. */
  static Class<?> boxed(Class<?> type) {
    return type == null ? Object.class : MethodType.methodType(type).wrap().returnType();
  }

  /** The class of a literal value: an enum constant's enum, even when the constant has a body. */
  @SuppressWarnings("unchecked")
  static <T> Class<? extends T> classOf(T value) {
    return value instanceof Enum<?> constant
        ? (Class<? extends T>) constant.getDeclaringClass()
        : (Class<? extends T>) value.getClass();
  }
}
