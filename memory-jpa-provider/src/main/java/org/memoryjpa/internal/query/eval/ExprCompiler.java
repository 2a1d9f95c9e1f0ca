package org.memoryjpa.internal.query.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.Slot;
import org.memoryjpa.internal.metadata.ValueConversion;
import org.memoryjpa.internal.query.model.Coercions;
import org.memoryjpa.internal.query.model.Expr;
import org.memoryjpa.internal.query.model.ParameterSpec;
import org.memoryjpa.internal.query.model.QuerySpec;
import org.memoryjpa.internal.query.model.UserFunction;
import org.memoryjpa.internal.query.model.ValueType;
import org.memoryjpa.internal.query.model.Variable;
import org.memoryjpa.internal.store.RowSnapshot;
import org.memoryjpa.internal.store.Table;

/**
 * Compiles model expressions into {@link Evaluator}s, once per plan: the tree is walked here and never
 * again per row. Conditions follow SQL's three-valued logic (null is UNKNOWN; NOT UNKNOWN is UNKNOWN;
 * AND and OR as Kleene). Not thread-safe while compiling; the evaluators it returns are.
 */
final class ExprCompiler {

  private final Function<EntityModel, Table> tables;
  private final Map<Object, Integer> parameterIndexes;
  private final Function<QuerySpec, CompiledSelect> subqueries;
  private int occurrences;

  ExprCompiler(Function<EntityModel, Table> tables, List<ParameterSpec> parameters,
      Function<QuerySpec, CompiledSelect> subqueries) {
    this.tables = tables;
    this.parameterIndexes = new java.util.HashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterSpec parameter = parameters.get(i);
      parameterIndexes.put(parameter.name() != null ? parameter.name() : (Object) parameter.position(), i);
    }
    this.subqueries = subqueries;
  }

  /** How many parameter occurrences the compiled evaluators convert. */
  int occurrences() {
    return occurrences;
  }

  /** The compiled form of a subquery of the statement. */
  CompiledSelect subquery(QuerySpec query) {
    return subqueries.apply(query);
  }

  static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value);
  }

  Evaluator[] compileAll(List<Expr> exprs) {
    Evaluator[] evaluators = new Evaluator[exprs.size()];
    for (int i = 0; i < evaluators.length; i++) {
      evaluators[i] = compile(exprs.get(i));
    }
    return evaluators;
  }

  Evaluator compile(Expr expr) {
    if (expr == null) {
      return null;
    }
    if (expr instanceof Expr.Constant constant) {
      Object value = constant.value();
      return (frame, ex) -> value;
    }
    if (expr instanceof Expr.Parameter parameter) {
      return parameter(parameter);
    }
    if (expr instanceof Expr.SlotValue slotValue) {
      int variable = slotValue.variable().index();
      int slot = slotValue.slot().index();
      return (frame, ex) -> {
        RowSnapshot row = (RowSnapshot) frame[variable];
        return row == null ? null : row.value(slot);
      };
    }
    if (expr instanceof Expr.EntityKey key) {
      int variable = key.variable().index();
      return (frame, ex) -> {
        RowSnapshot row = (RowSnapshot) frame[variable];
        return row == null ? null : row.key();
      };
    }
    if (expr instanceof Expr.InverseReference inverse) {
      int variable = inverse.owner().index();
      Table table = tables.apply(inverse.target());
      int slot = inverse.targetSlot().index();
      return (frame, ex) -> {
        RowSnapshot row = (RowSnapshot) frame[variable];
        return row == null ? null
            : ex.view().findByReference(table, slot, row.key()).findFirst().map(RowSnapshot::key).orElse(null);
      };
    }
    if (expr instanceof Expr.EmbeddedValue embedded) {
      int variable = embedded.variable().index();
      int[] slots = embedded.slots().stream().mapToInt(s -> s.index()).toArray();
      return (frame, ex) -> {
        RowSnapshot row = (RowSnapshot) frame[variable];
        if (row == null) {
          return null;
        }
        List<Object> values = new ArrayList<>(slots.length);
        boolean any = false;
        for (int slot : slots) {
          Object value = row.value(slot);
          any |= value != null;
          values.add(value);
        }
        return any ? values : null;
      };
    }
    if (expr instanceof Expr.ElementValue element) {
      return element(element);
    }
    if (expr instanceof Expr.ListIndex index) {
      return positional(index.variable(), index.parent(), index.slot(), (keys, position, ex) -> position);
    }
    if (expr instanceof Expr.AssociationKey key) {
      return positional(key.variable(), key.parent(), key.slot(),
          (keys, position, ex) -> ex.session().storedMapKey(keys, position));
    }
    if (expr instanceof Expr.TypeOf typeOf) {
      int variable = typeOf.variable().index();
      List<EntityModel> types = typeOf.variable().entity().root().selfAndSubtypes();
      return (frame, ex) -> {
        RowSnapshot row = (RowSnapshot) frame[variable];
        return row == null ? null : types.get(row.typeTag()).javaType();
      };
    }
    if (expr instanceof Expr.CollectionPath collection) {
      return CollectionValues.of(collection, tables);
    }
    if (expr instanceof Expr.Arithmetic arithmetic) {
      Evaluator left = compile(arithmetic.left());
      Evaluator right = compile(arithmetic.right());
      Class<?> type = arithmetic.type().isUnknown() ? Double.class : arithmetic.type().javaType();
      Expr.Arithmetic.Operator operator = arithmetic.operator();
      if (!Number.class.isAssignableFrom(type)) {
        throw new IllegalArgumentException("Arithmetic on values of type '" + type.getName() + "' is not supported: "
            + arithmetic);
      }
      int precision = declaredPrecision(arithmetic.right());
      if (operator == Expr.Arithmetic.Operator.DIVIDE && type == java.math.BigDecimal.class && precision > 0) {
        return (frame, ex) -> {
          Object a = left.evaluate(frame, ex);
          Object b = a == null ? null : right.evaluate(frame, ex);
          if (b == null) {
            return null;
          }
          try {
            return SqlValues.divide(SqlValues.decimal((Number) a), SqlValues.decimal((Number) b), precision);
          } catch (ArithmeticException e) {
            throw new jakarta.persistence.PersistenceException("Arithmetic error in a query: " + e.getMessage(), e);
          }
        };
      }
      return (frame, ex) -> {
        Object a = left.evaluate(frame, ex);
        Object b = a == null ? null : right.evaluate(frame, ex);
        return b == null ? null : SqlValues.arithmetic(operator, a, b, type);
      };
    }
    if (expr instanceof Expr.Negate negate) {
      Evaluator operand = compile(negate.operand());
      Class<?> type = negate.type().javaType();
      return (frame, ex) -> {
        Object value = operand.evaluate(frame, ex);
        return value == null ? null : SqlValues.arithmetic(Expr.Arithmetic.Operator.SUBTRACT, 0, value,
            Number.class.isAssignableFrom(type) && type != Number.class ? type : value.getClass());
      };
    }
    if (expr instanceof Expr.Call call) {
      if (call.function().equals("SIZE")) {
        Evaluator collection = compile(call.arguments().get(0));
        return (frame, ex) -> {
          Object elements = collection.evaluate(frame, ex);
          return elements == null ? null : ((Collection<?>) elements).size();
        };
      }
      List<Evaluator> arguments = new ArrayList<>();
      call.arguments().forEach(argument -> arguments.add(compile(argument)));
      return Functions.compile(call.function(), arguments, call.type().javaType());
    }
    if (expr instanceof Expr.UserCall call) {
      return userCall(call);
    }
    if (expr instanceof Expr.Case caseExpr) {
      Evaluator[] conditions = new Evaluator[caseExpr.whens().size()];
      Evaluator[] results = new Evaluator[conditions.length];
      for (int i = 0; i < conditions.length; i++) {
        conditions[i] = compile(caseExpr.whens().get(i).condition());
        results[i] = compile(caseExpr.whens().get(i).result());
      }
      Evaluator otherwise = compile(caseExpr.otherwise());
      Class<?> type = caseExpr.type().javaType();
      return (frame, ex) -> {
        for (int i = 0; i < conditions.length; i++) {
          if (isTrue(conditions[i].evaluate(frame, ex))) {
            return SqlValues.toType(results[i].evaluate(frame, ex), type);
          }
        }
        return otherwise == null ? null : SqlValues.toType(otherwise.evaluate(frame, ex), type);
      };
    }
    if (expr instanceof Expr.SubqueryValues values) {
      CompiledSelect select = subqueries.apply(values.query());
      if (!values.query().correlated()) {
        Object key = new Object();
        return (frame, ex) -> ex.memo(key, k -> select.values(frame, ex));
      }
      return (frame, ex) -> select.values(frame, ex);
    }
    if (expr instanceof Expr.Aggregate aggregate) {
      int slot = aggregate.slot();
      return (frame, ex) -> frame[slot];
    }
    if (expr instanceof Expr.ScalarSubquery subquery) {
      CompiledSelect select = subqueries.apply(subquery.query());
      if (!subquery.query().correlated()) {
        return (frame, ex) -> ex.memo(select, key -> select.scalar(frame, ex));
      }
      return (frame, ex) -> select.scalar(frame, ex);
    }
    return Conditions.compile(expr, this);
  }

  /** The precision a divisor's column declares, as H2 sizes decimal quotients by it; 0 when only its value tells. */
  private static int declaredPrecision(Expr divisor) {
    if (divisor instanceof Expr.SlotValue slot
        && slot.slot().leaf() instanceof org.memoryjpa.internal.metadata.BasicMapping basic
        && basic.column() != null && java.math.BigDecimal.class.equals(basic.javaType())) {
      return basic.column().precision() > 0 ? basic.column().precision() : 38;
    }
    return 0;
  }

  /** What an owner's stored key list says at the position of a variable's key there. */
  private interface AtPosition {
    Object value(List<?> keys, int position, Execution ex);
  }

  /** A value read at the position of the variable's row key in its parent row's key list slot. */
  private static Evaluator positional(Variable variable, Variable parent, Slot slot, AtPosition at) {
    int row = variable.index();
    int owner = parent.index();
    int column = slot.index();
    return (frame, ex) -> {
      RowSnapshot current = (RowSnapshot) frame[row];
      RowSnapshot parentRow = (RowSnapshot) frame[owner];
      if (current == null || parentRow == null || !(parentRow.value(column) instanceof List<?> keys)) {
        return null;
      }
      int position = keys.indexOf(current.key());
      return position < 0 ? null : at.value(keys, position, ex);
    };
  }

  private Evaluator element(Expr.ElementValue element) {
    int variable = element.variable().index();
    int component = element.component();
    boolean key = element.part() == Expr.ElementValue.Part.KEY || element.part() == Expr.ElementValue.Part.INDEX;
    boolean entry = element.variable().kind() == Variable.Kind.MAP_ENTRY;
    return (frame, ex) -> {
      Object value = frame[variable];
      if (value == null) {
        return null;
      }
      if (entry) {
        Map.Entry<?, ?> mapEntry = (Map.Entry<?, ?>) value;
        value = key ? mapEntry.getKey() : mapEntry.getValue();
      }
      if (component >= 0 && value != null) {
        return ((List<?>) value).get(component);
      }
      return value;
    };
  }

  private Evaluator parameter(Expr.Parameter parameter) {
    Object key = parameter.name() != null ? parameter.name() : (Object) parameter.position();
    Integer index = parameterIndexes.get(key);
    if (index == null) {
      throw new IllegalStateException("Parameter " + parameter.label() + " is not among the statement's parameters");
    }
    int occurrence = occurrences++;
    ValueType type = parameter.type();
    boolean multi = parameter.multiValued();
    // made once here: a lambda capturing the execution would be allocated on every evaluation
    Execution.Conversion conversion = (raw, ex) -> argument(raw, type, multi, ex);
    return (frame, ex) -> ex.argument(index, occurrence, conversion);
  }

  /** A bound argument in the stored form its occurrence compares in; a collection of them for IN. */
  static Object argument(Object raw, ValueType type, boolean multi, Execution ex) {
    if (raw == null) {
      return null;
    }
    if (multi && raw instanceof Collection<?> values) {
      List<Object> stored = new ArrayList<>(values.size());
      for (Object value : values) {
        stored.add(argument(value, type, false, ex));
      }
      return stored;
    }
    if (type.embeddable() != null && type.javaType().isInstance(raw)) {
      return EmbeddedArguments.stored(type.embeddable(), raw, ex);
    }
    if (type.isEntity()) {
      if (type.javaType().isInstance(raw) || ex.session() != null && !(raw instanceof Number || raw instanceof String)) {
        return ex.session().keyOf(type.entity(), raw);
      }
      return raw;
    }
    if (!type.conversion().isIdentity()) {
      if (type.javaType().isInstance(raw)) {
        return Coercions.literal(type.conversion().toStored(raw), type.storedType());
      }
      return raw;
    }
    return Coercions.literal(raw, type.storedType());
  }

  /** A registered function: arguments converted to their Java values, nulls as the function says. */
  private Evaluator userCall(Expr.UserCall call) {
    Evaluator[] arguments = new Evaluator[call.arguments().size()];
    ValueConversion[] conversions = new ValueConversion[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Expr argument = call.arguments().get(i);
      arguments[i] = compile(argument);
      conversions[i] = argument.type().isConverted() ? argument.type().conversion() : null;
    }
    UserFunction function = call.function();
    boolean acceptsNulls = function.acceptsNulls();
    return (frame, ex) -> {
      Object[] values = new Object[arguments.length];
      for (int i = 0; i < values.length; i++) {
        Object value = arguments[i].evaluate(frame, ex);
        if (value == null) {
          if (!acceptsNulls) {
            return null;
          }
        } else if (conversions[i] != null) {
          value = conversions[i].toJava(value);
        }
        values[i] = value;
      }
      return function.body().apply(values);
    };
  }
}
