package org.memoryjpa.internal.query.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memoryjpa.internal.diagnostics.Suggestions;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.Slot;
import org.memoryjpa.internal.query.parse.syntax.CastExpression;
import org.memoryjpa.internal.query.parse.syntax.CurrentDateTime;
import org.memoryjpa.internal.query.parse.syntax.Expression;
import org.memoryjpa.internal.query.parse.syntax.ExtractExpression;
import org.memoryjpa.internal.query.parse.syntax.FunctionCall;
import org.memoryjpa.internal.query.parse.syntax.FunctionInvocation;
import org.memoryjpa.internal.query.parse.syntax.Identifier;
import org.memoryjpa.internal.query.parse.syntax.Path;
import org.memoryjpa.internal.query.parse.syntax.Position;
import org.memoryjpa.internal.query.parse.syntax.TrimExpression;

/**
 * Binds function calls: the specification's functions and the common HQL ones ({@code str}, {@code
 * year}, ...) to {@link Expr.Call} nodes with canonical names and result types, {@code TYPE}, {@code
 * ID}, {@code VERSION} and {@code SIZE} to their path forms, and TRIM, EXTRACT, CAST and the current
 * date and time. Confined to the binder's thread.
 */
final class FunctionBinder {

  /** HQL spellings of functions the evaluator knows by another name. */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("CEIL", "CEILING"),
      Map.entry("CHAR_LENGTH", "LENGTH"),
      Map.entry("CHARACTER_LENGTH", "LENGTH"),
      Map.entry("SUBSTR", "SUBSTRING"),
      Map.entry("POW", "POWER"),
      Map.entry("IFNULL", "COALESCE"),
      Map.entry("LCASE", "LOWER"),
      Map.entry("UCASE", "UPPER"));

  private static final List<String> KNOWN = List.of(
      "CONCAT", "SUBSTRING", "LOWER", "UPPER", "LEFT", "RIGHT", "REPLACE", "LENGTH", "LOCATE", "ABS",
      "CEILING", "FLOOR", "EXP", "LN", "LOG10", "SIGN", "SQRT", "MOD", "POWER", "ROUND", "SIZE", "TYPE", "ID",
      "VERSION", "COALESCE", "NULLIF", "STR", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND");

  private final BindContext context;
  private final PathBinder paths;
  private final Scope scope;
  private final ExpressionBinder expressions;

  FunctionBinder(BindContext context, PathBinder paths, Scope scope, ExpressionBinder expressions) {
    this.context = context;
    this.paths = paths;
    this.scope = scope;
    this.expressions = expressions;
  }

  Expr call(FunctionCall call) {
    String name = canonical(call.name());
    List<Expression> arguments = call.arguments();
    switch (name) {
      case "TYPE":
        return new Expr.TypeOf(variableArgument(call, arguments), ValueType.CLASS);
      case "ID":
        return idOrVersion(call, arguments, true);
      case "VERSION":
        return idOrVersion(call, arguments, false);
      case "INDEX":
        requireArguments(call, arguments, 1, 1);
        return listIndex(call, paths.variable(scope, pathArgument(call, arguments)));
      case "SIZE":
        requireArguments(call, arguments, 1, 1);
        return new Expr.Call("SIZE", List.of(paths.collection(scope, pathArgument(call, arguments))),
            ValueType.INTEGER);
      default:
        UserFunction registered = KNOWN.contains(name) ? null : context.functions.get(name);
        if (registered == null) {
          registered = KNOWN.contains(name) ? null : context.functions.get(call.name().toUpperCase(Locale.ROOT));
        }
        return registered != null
            ? userCall(registered, arguments)
            : scalar(name, call.name(), arguments, call.position());
    }
  }

  /**
   * {@code FUNCTION('name', ...)}: a registered function first (so an application may replace a
   * built-in one), else a built-in scalar function.
   */
  Expr invocation(FunctionInvocation invocation) {
    UserFunction registered = context.functions.get(invocation.name().toUpperCase(Locale.ROOT));
    if (registered != null) {
      return userCall(registered, invocation.arguments());
    }
    String name = canonical(invocation.name());
    if (!KNOWN.contains(name) || List.of("TYPE", "ID", "VERSION", "SIZE").contains(name)) {
      List<String> known = new ArrayList<>();
      context.functions.values().forEach(function -> known.add(function.name()));
      String hint = (known.isEmpty()
          ? "no function is registered"
          : "registered functions: " + String.join(", ", known.stream().sorted().toList()))
          + "; register it with memoryjpa.query.functions or a QueryFunctionContributor";
      List<String> candidates = new ArrayList<>(known);
      candidates.addAll(KNOWN);
      String suggestion = Suggestions.didYouMean(invocation.name(), candidates);
      throw context.errors.at(invocation.position(), "Unknown function '" + invocation.name() + "'",
          suggestion.isEmpty() ? hint : suggestion.substring(2) + "; " + hint);
    }
    return scalar(name, invocation.name(), invocation.arguments(), invocation.position());
  }

  /**
   * INDEX(v) of a variable joined over an ordered list: the owning side of an entity list, an
   * {@code @OrderColumn} inverse list (its owner keeps the order) or element collection.
   */
  private Expr listIndex(FunctionCall call, Variable variable) {
    Declaration declaration = scope.declarationOf(variable);
    Source source = declaration == null ? null : declaration.source();
    if (source instanceof Source.KeyList list && list.attribute() instanceof PluralMapping plural
        && plural.collectionType() == jakarta.persistence.metamodel.PluralAttribute.CollectionType.LIST) {
      return new Expr.ListIndex(variable, list.parent(), list.slot(), ValueType.INTEGER);
    }
    if (source instanceof Source.Inverse inverse && inverse.attribute() instanceof PluralMapping plural
        && PathBinder.isOrderedList(plural)) {
      Slot order = inverse.parent().entity().layout().findSlot(plural.name());
      if (order != null) {
        return new Expr.ListIndex(variable, inverse.parent(), order, ValueType.INTEGER);
      }
    }
    if (source instanceof Source.Elements && PathBinder.isOrderedList(variable.collection())) {
      return new Expr.ElementValue(variable, Expr.ElementValue.Part.INDEX, -1, null, ValueType.INTEGER);
    }
    throw context.errors.at(call.position(), "INDEX(" + variable.name() + ") needs a variable joined over a list",
        "join a List association or element collection that keeps its order (@OrderColumn)");
  }

  private Expr userCall(UserFunction function, List<Expression> syntax) {
    List<Expr> arguments = new ArrayList<>();
    for (Expression argument : syntax) {
      Expr bound = expressions.expression(argument);
      if (bound.type().isEntity()) {
        // a Java function would receive a store key, not the entity: say so rather than pass it
        throw context.errors.at(argument.position(), "Entity-valued argument '" + argument + "' of function '"
            + function.name() + "' is not supported", "pass one of its attributes, such as its id");
      }
      arguments.add(bound);
    }
    return new Expr.UserCall(function, arguments, ValueType.of(function.resultType()));
  }

  private Expr scalar(String name, String written, List<Expression> syntax, Position position) {
    List<Expr> arguments = new ArrayList<>();
    for (Expression argument : syntax) {
      arguments.add(expressions.expression(argument));
    }
    switch (name) {
      case "CONCAT":
        requireCount(written, position, arguments, 1, Integer.MAX_VALUE);
        return new Expr.Call(name, typedAll(arguments, ValueType.STRING), ValueType.STRING);
      case "SUBSTRING":
        requireCount(written, position, arguments, 2, 3);
        return new Expr.Call(name, typedFirst(arguments, ValueType.STRING, ValueType.INTEGER), ValueType.STRING);
      case "LOWER", "UPPER", "LENGTH":
        requireCount(written, position, arguments, 1, 1);
        requireFamily(written, position, arguments, "string");
        return new Expr.Call(name, typedAll(arguments, ValueType.STRING),
            name.equals("LENGTH") ? ValueType.INTEGER : ValueType.STRING);
      case "STR":
        requireCount(written, position, arguments, 1, 1);
        return new Expr.Call(name, typedAll(arguments, ValueType.STRING), ValueType.STRING);
      case "LEFT", "RIGHT":
        requireCount(written, position, arguments, 2, 2);
        return new Expr.Call(name, typedFirst(arguments, ValueType.STRING, ValueType.INTEGER), ValueType.STRING);
      case "REPLACE":
        requireCount(written, position, arguments, 3, 3);
        return new Expr.Call(name, typedAll(arguments, ValueType.STRING), ValueType.STRING);
      case "LOCATE":
        requireCount(written, position, arguments, 2, 3);
        List<Expr> locate = new ArrayList<>(typedAll(arguments.subList(0, 2), ValueType.STRING));
        if (arguments.size() == 3) {
          locate.add(ExpressionBinder.typed(arguments.get(2), ValueType.INTEGER));
        }
        return new Expr.Call(name, locate, ValueType.INTEGER);
      case "ABS":
        requireCount(written, position, arguments, 1, 1);
        requireFamily(written, position, arguments, "number");
        // §4.7.2: "of the same type as the argument", a Short stays a Short
        ValueType argument = arguments.get(0).type();
        return new Expr.Call(name, arguments, argument.isNumeric() ? argument
            : TypeRules.arithmetic(argument, ValueType.UNKNOWN));
      case "CEILING", "FLOOR":
        requireCount(written, position, arguments, 1, 1);
        requireFamily(written, position, arguments, "number");
        return new Expr.Call(name, arguments, TypeRules.arithmetic(arguments.get(0).type(), ValueType.UNKNOWN));
      case "ROUND":
        requireCount(written, position, arguments, 1, 2);
        requireFamily(written, position, arguments, "number");
        return new Expr.Call(name, typedFirst(arguments, arguments.get(0).type(), ValueType.INTEGER),
            TypeRules.arithmetic(arguments.get(0).type(), ValueType.UNKNOWN));
      case "SQRT", "EXP", "LN", "LOG10":
        requireCount(written, position, arguments, 1, 1);
        requireFamily(written, position, arguments, "number");
        return new Expr.Call(name, arguments, ValueType.DOUBLE);
      case "POWER":
        requireCount(written, position, arguments, 2, 2);
        requireFamily(written, position, arguments, "number");
        return new Expr.Call(name, arguments, ValueType.DOUBLE);
      case "SIGN":
        requireCount(written, position, arguments, 1, 1);
        requireFamily(written, position, arguments, "number");
        return new Expr.Call(name, arguments, ValueType.INTEGER);
      case "MOD":
        requireCount(written, position, arguments, 2, 2);
        requireFamily(written, position, arguments, "number");
        // the spec's MOD returns an integer, as Hibernate's does for Long arguments too
        ValueType remainder = TypeRules.arithmetic(arguments.get(0).type(), arguments.get(1).type());
        return new Expr.Call(name, arguments, TypeRules.rank(remainder.storedType()) == 2 ? ValueType.INTEGER : remainder);
      case "COALESCE": {
        requireCount(written, position, arguments, 1, Integer.MAX_VALUE);
        ValueType type = TypeRules.common(arguments.stream().map(Expr::type).toList());
        return new Expr.Call(name, typedAll(arguments, type), type);
      }
      case "NULLIF": {
        requireCount(written, position, arguments, 2, 2);
        ValueType type = arguments.get(0).type().isUnknown() ? arguments.get(1).type() : arguments.get(0).type();
        return new Expr.Call(name, typedAll(arguments, type), type);
      }
      case "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND":
        requireCount(written, position, arguments, 1, 1);
        return new Expr.Call("EXTRACT_" + name, arguments, name.equals("SECOND") ? ValueType.DOUBLE : ValueType.INTEGER);
      default:
        throw context.errors.at(position, "Unknown function '" + written + "'",
            Suggestions.didYouMean(written.toUpperCase(Locale.ROOT), KNOWN));
    }
  }

  private void requireFamily(String written, Position position, List<Expr> arguments, String family) {
    for (Expr argument : arguments) {
      Object actual = TypeRules.family(argument.type());
      if (actual != null && !actual.equals(family)) {
        throw context.errors.at(position, written + " takes " + family + " arguments, not '"
            + argument.type().describe() + "'", null);
      }
    }
  }

  Expr trim(TrimExpression trim) {
    Expr source = ExpressionBinder.typed(expressions.expression(trim.source()), ValueType.STRING);
    Expr character = trim.character() == null ? new Expr.Constant(' ', ValueType.of(Character.class))
        : ExpressionBinder.typed(expressions.expression(trim.character()), ValueType.of(Character.class));
    String side = trim.specification() == null ? "BOTH" : trim.specification().name();
    return new Expr.Call("TRIM", List.of(new Expr.Constant(side, ValueType.STRING), character, source),
        ValueType.STRING);
  }

  Expr extract(ExtractExpression extract) {
    String field = extract.field().text().toUpperCase(Locale.ROOT);
    Expr source = expressions.expression(extract.source());
    ValueType type = switch (field) {
      case "YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE" -> ValueType.INTEGER;
      // HQL's fields, numbered as Hibernate does on H2 (DAY OF WEEK from Sunday = 1)
      case "DAY OF WEEK", "DAY OF MONTH", "DAY OF YEAR" -> ValueType.INTEGER;
      // §4.7.8: the second of the minute with its fraction, a Double (LocalTimeField.SECOND)
      case "SECOND" -> ValueType.DOUBLE;
      case "DATE" -> ValueType.of(LocalDate.class);
      case "TIME" -> ValueType.of(LocalTime.class);
      default -> throw context.errors.at(extract.field().position(), "Unknown date/time field '"
          + extract.field().text() + "'", Suggestions.didYouMean(field,
              List.of("YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND", "DATE", "TIME",
              "DAY OF WEEK", "DAY OF MONTH", "DAY OF YEAR")));
    };
    return new Expr.Call("EXTRACT_" + field, List.of(source), type);
  }

  Expr cast(CastExpression cast) {
    Expr operand = expressions.expression(cast.operand());
    String target = cast.type().text().toUpperCase(Locale.ROOT);
    Class<?> type = switch (target) {
      case "STRING", "JAVA.LANG.STRING", "VARCHAR", "TEXT" -> String.class;
      case "INTEGER", "INT", "JAVA.LANG.INTEGER" -> Integer.class;
      case "LONG", "BIGINT", "JAVA.LANG.LONG" -> Long.class;
      case "SHORT", "SMALLINT" -> Short.class;
      case "BYTE", "TINYINT" -> Byte.class;
      case "FLOAT", "REAL" -> Float.class;
      case "DOUBLE" -> Double.class;
      case "BIGDECIMAL", "DECIMAL", "NUMERIC" -> BigDecimal.class;
      case "BIGINTEGER" -> BigInteger.class;
      case "BOOLEAN" -> Boolean.class;
      case "LOCALDATE", "DATE" -> LocalDate.class;
      case "LOCALTIME", "TIME" -> LocalTime.class;
      case "LOCALDATETIME", "TIMESTAMP" -> LocalDateTime.class;
      default -> throw context.errors.at(cast.type().position(), "Unknown target type '" + cast.type().text()
          + "' of CAST", "use String, Integer, Long, Float, Double, BigDecimal, BigInteger, Boolean,"
          + " LocalDate, LocalTime or LocalDateTime");
    };
    return new Expr.Call("CAST", List.of(operand, new Expr.Constant(type, ValueType.CLASS)), ValueType.of(type));
  }

  Expr current(CurrentDateTime current) {
    Class<?> type = switch (current.kind()) {
      case CURRENT_DATE -> java.sql.Date.class;
      case CURRENT_TIME -> java.sql.Time.class;
      case CURRENT_TIMESTAMP -> java.sql.Timestamp.class;
      case LOCAL_DATE -> LocalDate.class;
      case LOCAL_TIME -> LocalTime.class;
      case LOCAL_DATETIME -> LocalDateTime.class;
    };
    return new Expr.Call(current.kind().name(), List.of(), ValueType.of(type));
  }

  // ---- helpers

  private Expr idOrVersion(FunctionCall call, List<Expression> arguments, boolean id) {
    Variable variable = variableArgument(call, arguments);
    EntityModel entity = variable.entity();
    AttributeMapping attribute = id
        ? (entity.id() != null && entity.id().attributes().size() == 1 ? entity.id().single() : null)
        : entity.version();
    if (id && attribute instanceof EmbeddedMapping) {
      // an @EmbeddedId: the same value as the path to it
      Path argument = pathArgument(call, arguments);
      List<Identifier> names = new ArrayList<>(argument.attributes());
      names.add(new Identifier(attribute.name(), call.position()));
      return paths.value(scope, new Path(argument.root(), names, argument.position()), PathBinder.Usage.VALUE);
    }
    if (!(attribute instanceof BasicMapping basic)) {
      throw context.errors.at(call.position(), (id ? "ID" : "VERSION") + "() of '" + variable.name()
          + "' needs " + (id ? "a simple id" : "a @Version attribute") + " on " + entity.describe());
    }
    Slot slot = entity.layout().findSlot(attribute.name());
    return new Expr.SlotValue(variable, slot, ValueType.converted(basic.javaType(), basic.conversion()));
  }

  private Variable variableArgument(FunctionCall call, List<Expression> arguments) {
    requireArguments(call, arguments, 1, 1);
    Variable variable = paths.variable(scope, pathArgument(call, arguments));
    if (variable.kind() != Variable.Kind.ENTITY) {
      throw context.errors.at(call.position(), call.name() + "() needs an entity, not '" + variable.name() + "'");
    }
    return variable;
  }

  private Path pathArgument(FunctionCall call, List<Expression> arguments) {
    if (!(arguments.get(0) instanceof Path path)) {
      throw context.errors.at(call.position(), call.name() + "() needs a path argument");
    }
    return path;
  }

  private void requireArguments(FunctionCall call, List<Expression> arguments, int min, int max) {
    if (arguments.size() < min || arguments.size() > max) {
      throw context.errors.at(call.position(), "Function '" + call.name() + "' takes "
          + (min == max ? String.valueOf(min) : min + " to " + max) + " argument(s), not " + arguments.size());
    }
  }

  private void requireCount(String name, Position position, List<Expr> arguments, int min, int max) {
    if (arguments.size() < min || arguments.size() > max) {
      throw context.errors.at(position, "Function '" + name + "' takes "
          + (min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max)
          + " argument(s), not " + arguments.size());
    }
  }

  private static List<Expr> typedAll(List<Expr> arguments, ValueType type) {
    return arguments.stream().map(a -> ExpressionBinder.typed(a, type)).toList();
  }

  private static List<Expr> typedFirst(List<Expr> arguments, ValueType first, ValueType rest) {
    List<Expr> typed = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      typed.add(ExpressionBinder.typed(arguments.get(i), i == 0 ? first : rest));
    }
    return typed;
  }

  private static String canonical(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return ALIASES.getOrDefault(upper, upper);
  }
}
