package org.memoryjpa.internal.query.eval;

import jakarta.persistence.PersistenceException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.ValueConversion;
import org.memoryjpa.internal.query.model.Expr;
import org.memoryjpa.internal.query.model.Selection;
import org.memoryjpa.internal.query.model.ValueType;
import org.memoryjpa.internal.store.RowSnapshot;

/**
 * One select item compiled into what the application receives: a stored value converted back to its
 * Java form (enum constants, converter results, numbers in the item's type), an entity through the
 * persistence context, an embeddable built as loading would build it, or a {@code NEW} object. Also
 * gives the item's stored value, for DISTINCT and for subqueries. Stateless.
 */
abstract class Projection {

  /** The item's value in stored form: what DISTINCT compares and a subquery yields. */
  abstract Object stored(Object[] frame, Execution ex);

  /** The item's value as the application receives it. */
  abstract Object result(Object[] frame, Execution ex);

  static Projection of(Selection selection, ExprCompiler compiler) {
    return switch (selection.kind()) {
      case ENTITY -> entity((Expr.EntityKey) selection.expression());
      case EMBEDDABLE -> embeddable(selection.expression(), compiler);
      case CONSTRUCTOR -> constructor(selection, compiler);
      case VALUE -> value(selection.expression(), compiler);
    };
  }

  private static Projection value(Expr expr, ExprCompiler compiler) {
    Evaluator evaluator = compiler.compile(expr);
    ValueType type = expr.type();
    ValueConversion conversion = type.conversion();
    Class<?> javaType = type.javaType();
    return new Projection() {
      @Override
      Object stored(Object[] frame, Execution ex) {
        return evaluator.evaluate(frame, ex);
      }

      @Override
      Object result(Object[] frame, Execution ex) {
        Object value = evaluator.evaluate(frame, ex);
        if (value == null) {
          return null;
        }
        if (!conversion.isIdentity()) {
          return conversion.toJava(value);
        }
        return Number.class.isAssignableFrom(javaType) ? SqlValues.toType(value, javaType) : value;
      }
    };
  }

  private static Projection entity(Expr.EntityKey key) {
    int variable = key.variable().index();
    EntityModel entity = key.variable().entity();
    return new Projection() {
      @Override
      Object stored(Object[] frame, Execution ex) {
        RowSnapshot row = (RowSnapshot) frame[variable];
        return row == null ? null : row.key();
      }

      @Override
      Object result(Object[] frame, Execution ex) {
        RowSnapshot row = (RowSnapshot) frame[variable];
        return row == null ? null : ex.session().entity(entity, row);
      }
    };
  }

  private static Projection embeddable(Expr expr, ExprCompiler compiler) {
    Evaluator evaluator = compiler.compile(expr);
    if (expr instanceof Expr.EmbeddedValue embedded) {
      int variable = embedded.variable().index();
      EntityModel owner = embedded.variable().entity();
      String path = embedded.path();
      return new Projection() {
        @Override
        Object stored(Object[] frame, Execution ex) {
          return evaluator.evaluate(frame, ex);
        }

        @Override
        Object result(Object[] frame, Execution ex) {
          RowSnapshot row = (RowSnapshot) frame[variable];
          return row == null || evaluator.evaluate(frame, ex) == null ? null
              : ex.session().embedded(owner, row, path);
        }
      };
    }
    var embeddable = expr.type().embeddable();
    return new Projection() {
      @Override
      Object stored(Object[] frame, Execution ex) {
        return evaluator.evaluate(frame, ex);
      }

      @Override
      Object result(Object[] frame, Execution ex) {
        Object stored = evaluator.evaluate(frame, ex);
        return stored == null ? null : ex.session().element(embeddable, (List<?>) stored);
      }
    };
  }

  private static Projection constructor(Selection selection, ExprCompiler compiler) {
    Projection[] arguments = selection.arguments().stream().map(a -> of(a, compiler)).toArray(Projection[]::new);
    Constructor<?> constructor = selection.constructor();
    Class<?>[] parameterTypes = constructor.getParameterTypes();
    return new Projection() {
      @Override
      Object stored(Object[] frame, Execution ex) {
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < values.length; i++) {
          values[i] = arguments[i].stored(frame, ex);
        }
        return Arrays.asList(values); // a NEW argument may be null
      }

      @Override
      Object result(Object[] frame, Execution ex) {
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < values.length; i++) {
          values[i] = arguments[i].result(frame, ex);
        }
        return construct(constructor, parameterTypes, values);
      }
    };
  }

  /** Calls a result class's constructor, converting numbers to its parameter types. */
  static Object construct(Constructor<?> constructor, Class<?>[] parameterTypes, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      Class<?> parameter = ValueType.boxed(parameterTypes[i]);
      if (values[i] instanceof Number && !parameter.isInstance(values[i]) && Number.class.isAssignableFrom(parameter)) {
        values[i] = SqlValues.toType(values[i], parameter);
      }
      if (values[i] == null && parameterTypes[i].isPrimitive()) {
        throw new PersistenceException("Cannot pass NULL to primitive parameter " + (i + 1) + " of '"
            + constructor.getDeclaringClass().getName() + "' constructor");
      }
    }
    try {
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new PersistenceException("Constructor of '" + constructor.getDeclaringClass().getName()
          + "' failed while building a query result", e.getCause());
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw new PersistenceException("Could not call the constructor of '" + constructor.getDeclaringClass().getName()
          + "' for a query result", e);
    }
  }
}
