package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.LocalDateTimeField;
import jakarta.persistence.criteria.LocalTimeField;
import jakarta.persistence.criteria.TemporalField;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.memoryjpa.internal.metadata.metamodel.MemoryMetamodel;
import org.memoryjpa.internal.query.parse.syntax.AggregateExpression;
import org.memoryjpa.internal.query.parse.syntax.BinaryExpression;
import org.memoryjpa.internal.query.parse.syntax.CastExpression;
import org.memoryjpa.internal.query.parse.syntax.CurrentDateTime;
import org.memoryjpa.internal.query.parse.syntax.ExtractExpression;
import org.memoryjpa.internal.query.parse.syntax.FunctionCall;
import org.memoryjpa.internal.query.parse.syntax.FunctionInvocation;
import org.memoryjpa.internal.query.parse.syntax.Identifier;
import org.memoryjpa.internal.query.parse.syntax.NumericLiteral;
import org.memoryjpa.internal.query.parse.syntax.TrimExpression;
import org.memoryjpa.internal.query.parse.syntax.UnaryExpression;

/**
 * The second part of {@link MemoryCriteriaBuilder}: the scalar expressions — aggregates, arithmetic,
 * numeric and string functions, conversions, dates and times, CASE, COALESCE, NULLIF and {@code
 * function(...)}. Each is a {@link MemoryFunction} with the JPQL it translates to. Immutable and
 * thread-safe like the builder.
 */
abstract class MemoryCriteriaFunctions extends MemoryCriteriaOperands {

  MemoryCriteriaFunctions(MemoryMetamodel metamodel) {
    super(metamodel);
  }

  // -------------------------------------------------------------------------------- aggregates

  @Override
  public <N extends Number> Expression<Double> avg(Expression<N> x) {
    return aggregate(Double.class, AggregateExpression.Function.AVG, false, x);
  }

  /**
   * {@code SUM(x)}, of the argument's type as its signature says (as Hibernate): JPQL's SUM of a
   * Byte, Short, Integer or Float is a Long or Double, so those are {@code CAST(SUM(x) AS Integer)}
   * (or Byte, Short, Float), and a {@code CriteriaQuery<Short>} of it gets Shorts. {@link #sumAsLong}
   * keeps the Long.
   */
  @Override
  public <N extends Number> Expression<N> sum(Expression<N> x) {
    Class<? extends N> type = require(x).getJavaType();
    Expression<N> sum = aggregate(type, AggregateExpression.Function.SUM, false, x);
    return Descriptions.boxed(type) == Float.class ? castTo(sum, Float.class) : narrowed(sum, Integer.class);
  }

  /**
   * The expression cast to its own Java type when that is Byte or Short (or the given wider type):
   * JPQL computes those as Integer, while the Criteria signature and Hibernate keep the operand type.
   */
  private <N> Expression<N> narrowed(Expression<N> expression, Class<?> widest) {
    Class<?> boxed = Descriptions.boxed(expression.getJavaType());
    return boxed == Byte.class || boxed == Short.class || boxed == widest ? castTo(expression, boxed) : expression;
  }

  @SuppressWarnings("unchecked")
  private <N> Expression<N> castTo(Expression<N> expression, Class<?> type) {
    return (Expression<N>) cast((MemoryExpression<?>) expression, type);
  }

  @Override
  public Expression<Long> sumAsLong(Expression<Integer> x) {
    return aggregate(Long.class, AggregateExpression.Function.SUM, false, x);
  }

  @Override
  public Expression<Double> sumAsDouble(Expression<Float> x) {
    return aggregate(Double.class, AggregateExpression.Function.SUM, false, x);
  }

  @Override
  public <N extends Number> Expression<N> max(Expression<N> x) {
    return aggregate(require(x).getJavaType(), AggregateExpression.Function.MAX, false, x);
  }

  @Override
  public <N extends Number> Expression<N> min(Expression<N> x) {
    return aggregate(require(x).getJavaType(), AggregateExpression.Function.MIN, false, x);
  }

  @Override
  public <X extends Comparable<? super X>> Expression<X> greatest(Expression<X> x) {
    return aggregate(require(x).getJavaType(), AggregateExpression.Function.MAX, false, x);
  }

  @Override
  public <X extends Comparable<? super X>> Expression<X> least(Expression<X> x) {
    return aggregate(require(x).getJavaType(), AggregateExpression.Function.MIN, false, x);
  }

  @Override
  public Expression<Long> count(Expression<?> x) {
    return aggregate(Long.class, AggregateExpression.Function.COUNT, false, x);
  }

  @Override
  public Expression<Long> countDistinct(Expression<?> x) {
    return aggregate(Long.class, AggregateExpression.Function.COUNT, true, x);
  }

  private <T> Expression<T> aggregate(
      Class<? extends T> type, AggregateExpression.Function function, boolean distinct, Expression<?> x) {
    MemoryExpression<?> argument = require(x);
    return new MemoryFunction<>(self(), type, List.of(argument),
        t -> new AggregateExpression(function, distinct, argument.toSyntax(t), Translator.NOWHERE));
  }

  // -------------------------------------------------------------------------------- arithmetic

  @Override
  public Expression<Integer> sign(Expression<? extends Number> x) {
    return call(Integer.class, "SIGN", x);
  }

  /** {@code -x}; the negative of a numeric literal is a numeric literal, as JPQL reads {@code -5}. */
  @Override
  public <N extends Number> Expression<N> neg(Expression<N> x) {
    MemoryExpression<N> operand = require(x);
    return new MemoryFunction<>(self(), operand.getJavaType(), List.of(operand), t -> {
      org.memoryjpa.internal.query.parse.syntax.Expression syntax = operand.toSyntax(t);
      if (syntax instanceof NumericLiteral literal) {
        Number value = literal.value();
        Number negated = value instanceof Integer i ? (Number) (-i) : value instanceof Long l ? (Number) (-l)
            : value instanceof Double d ? (Number) (-d) : value instanceof Float f ? (Number) (-f) : null;
        if (negated != null) {
          return new NumericLiteral(negated, Translator.NOWHERE);
        }
      }
      return new UnaryExpression(UnaryExpression.Operator.MINUS, syntax, Translator.NOWHERE);
    });
  }

  @Override
  public <N extends Number> Expression<N> abs(Expression<N> x) {
    return call(require(x).getJavaType(), "ABS", x);
  }

  @Override
  public <N extends Number> Expression<N> ceiling(Expression<N> x) {
    return call(require(x).getJavaType(), "CEILING", x);
  }

  @Override
  public <N extends Number> Expression<N> floor(Expression<N> x) {
    return call(require(x).getJavaType(), "FLOOR", x);
  }

  @Override
  public <N extends Number> Expression<N> sum(Expression<? extends N> x, Expression<? extends N> y) {
    return arithmetic(BinaryExpression.Operator.ADD, require(x), require(y));
  }

  @Override
  public <N extends Number> Expression<N> sum(Expression<? extends N> x, N y) {
    return arithmetic(BinaryExpression.Operator.ADD, require(x), value(y));
  }

  @Override
  public <N extends Number> Expression<N> sum(N x, Expression<? extends N> y) {
    return arithmetic(BinaryExpression.Operator.ADD, value(x), require(y));
  }

  @Override
  public <N extends Number> Expression<N> prod(Expression<? extends N> x, Expression<? extends N> y) {
    return arithmetic(BinaryExpression.Operator.MULTIPLY, require(x), require(y));
  }

  @Override
  public <N extends Number> Expression<N> prod(Expression<? extends N> x, N y) {
    return arithmetic(BinaryExpression.Operator.MULTIPLY, require(x), value(y));
  }

  @Override
  public <N extends Number> Expression<N> prod(N x, Expression<? extends N> y) {
    return arithmetic(BinaryExpression.Operator.MULTIPLY, value(x), require(y));
  }

  @Override
  public <N extends Number> Expression<N> diff(Expression<? extends N> x, Expression<? extends N> y) {
    return arithmetic(BinaryExpression.Operator.SUBTRACT, require(x), require(y));
  }

  @Override
  public <N extends Number> Expression<N> diff(Expression<? extends N> x, N y) {
    return arithmetic(BinaryExpression.Operator.SUBTRACT, require(x), value(y));
  }

  @Override
  public <N extends Number> Expression<N> diff(N x, Expression<? extends N> y) {
    return arithmetic(BinaryExpression.Operator.SUBTRACT, value(x), require(y));
  }

  @Override
  public Expression<Number> quot(Expression<? extends Number> x, Expression<? extends Number> y) {
    return arithmetic(BinaryExpression.Operator.DIVIDE, require(x), require(y));
  }

  @Override
  public Expression<Number> quot(Expression<? extends Number> x, Number y) {
    return arithmetic(BinaryExpression.Operator.DIVIDE, require(x), value(y));
  }

  @Override
  public Expression<Number> quot(Number x, Expression<? extends Number> y) {
    return arithmetic(BinaryExpression.Operator.DIVIDE, value(x), require(y));
  }

  @Override
  public Expression<Integer> mod(Expression<Integer> x, Expression<Integer> y) {
    return call(Integer.class, "MOD", x, y);
  }

  @Override
  public Expression<Integer> mod(Expression<Integer> x, Integer y) {
    return call(Integer.class, "MOD", x, value(y));
  }

  @Override
  public Expression<Integer> mod(Integer x, Expression<Integer> y) {
    return call(Integer.class, "MOD", value(x), y);
  }

  @Override
  public Expression<Double> sqrt(Expression<? extends Number> x) {
    return call(Double.class, "SQRT", x);
  }

  @Override
  public Expression<Double> exp(Expression<? extends Number> x) {
    return call(Double.class, "EXP", x);
  }

  @Override
  public Expression<Double> ln(Expression<? extends Number> x) {
    return call(Double.class, "LN", x);
  }

  @Override
  public Expression<Double> power(Expression<? extends Number> x, Expression<? extends Number> y) {
    return call(Double.class, "POWER", x, y);
  }

  @Override
  public Expression<Double> power(Expression<? extends Number> x, Number y) {
    return call(Double.class, "POWER", x, value(y));
  }

  @Override
  public <T extends Number> Expression<T> round(Expression<T> x, Integer n) {
    return call(require(x).getJavaType(), "ROUND", x, value(n));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <N> Expression<N> arithmetic(
      BinaryExpression.Operator operator, MemoryExpression<?> x, MemoryExpression<?> y) {
    Class type = promote(x.getJavaType(), y.getJavaType());
    return narrowed(new MemoryFunction<>(self(), type, List.of(x, y),
        t -> new BinaryExpression(operator, x.toSyntax(t), y.toSyntax(t), Translator.NOWHERE)), null);
  }

  private static final List<Class<?>> NUMERIC_RANKS = List.of(
      Byte.class, Short.class, Integer.class, Long.class, BigInteger.class, Float.class, Double.class,
      BigDecimal.class);

  /** The wider of two numeric types, by JPQL's promotion; Number when either is not a known one. */
  private static Class<?> promote(Class<?> x, Class<?> y) {
    int left = NUMERIC_RANKS.indexOf(Descriptions.boxed(x));
    int right = NUMERIC_RANKS.indexOf(Descriptions.boxed(y));
    return left < 0 || right < 0 ? Number.class : NUMERIC_RANKS.get(Math.max(left, right));
  }

  // ------------------------------------------------------------------------------- conversions

  /** As Hibernate: a CAST to Long, which does convert (the Javadoc's "typecast" does not say). */
  @Override
  public Expression<Long> toLong(Expression<? extends Number> number) {
    return cast(require(number), Long.class);
  }

  @Override
  public Expression<Integer> toInteger(Expression<? extends Number> number) {
    return cast(require(number), Integer.class);
  }

  @Override
  public Expression<Float> toFloat(Expression<? extends Number> number) {
    return cast(require(number), Float.class);
  }

  @Override
  public Expression<Double> toDouble(Expression<? extends Number> number) {
    return cast(require(number), Double.class);
  }

  @Override
  public Expression<BigDecimal> toBigDecimal(Expression<? extends Number> number) {
    return cast(require(number), BigDecimal.class);
  }

  @Override
  public Expression<BigInteger> toBigInteger(Expression<? extends Number> number) {
    return cast(require(number), BigInteger.class);
  }

  @Override
  public Expression<String> toString(Expression<Character> character) {
    return cast(require(character), String.class);
  }

  /** {@code CAST(x AS Type)}, the type named by the simple name of its class ({@code String}, {@code Long}). */
  <X> Expression<X> cast(MemoryExpression<?> x, Class<X> type) {
    if (type == null) {
      throw new IllegalArgumentException("The cast type is null; pass a basic type such as String.class");
    }
    String name = Descriptions.boxed(type).getSimpleName();
    return new MemoryFunction<>(self(), type, List.of(x),
        t -> new CastExpression(x.toSyntax(t), new Identifier(name, Translator.NOWHERE), Translator.NOWHERE));
  }

  // ----------------------------------------------------------------------------------- strings

  @Override
  public Expression<String> concat(List<Expression<String>> expressions) {
    if (expressions == null || expressions.isEmpty()) {
      throw new IllegalArgumentException("concat(List) needs at least one expression; the list is empty");
    }
    if (expressions.size() == 1) {
      return require(expressions.get(0));
    }
    return call(String.class, "CONCAT", expressions.toArray(Expression<?>[]::new));
  }

  @Override
  public Expression<String> concat(Expression<String> x, Expression<String> y) {
    return call(String.class, "CONCAT", x, y);
  }

  @Override
  public Expression<String> concat(Expression<String> x, String y) {
    return call(String.class, "CONCAT", x, value(y));
  }

  @Override
  public Expression<String> concat(String x, Expression<String> y) {
    return call(String.class, "CONCAT", value(x), y);
  }

  @Override
  public Expression<String> substring(Expression<String> x, Expression<Integer> from) {
    return call(String.class, "SUBSTRING", x, from);
  }

  @Override
  public Expression<String> substring(Expression<String> x, int from) {
    return call(String.class, "SUBSTRING", x, value(from));
  }

  @Override
  public Expression<String> substring(Expression<String> x, Expression<Integer> from, Expression<Integer> len) {
    return call(String.class, "SUBSTRING", x, from, len);
  }

  @Override
  public Expression<String> substring(Expression<String> x, int from, int len) {
    return call(String.class, "SUBSTRING", x, value(from), value(len));
  }

  @Override
  public Expression<String> trim(Expression<String> x) {
    return trimOf(null, null, x);
  }

  @Override
  public Expression<String> trim(Trimspec ts, Expression<String> x) {
    return trimOf(ts, null, x);
  }

  @Override
  public Expression<String> trim(Expression<Character> t, Expression<String> x) {
    return trimOf(null, require(t), x);
  }

  @Override
  public Expression<String> trim(Trimspec ts, Expression<Character> t, Expression<String> x) {
    return trimOf(ts, require(t), x);
  }

  @Override
  public Expression<String> trim(char t, Expression<String> x) {
    return trimOf(null, value(t), x);
  }

  @Override
  public Expression<String> trim(Trimspec ts, char t, Expression<String> x) {
    return trimOf(ts, value(t), x);
  }

  private Expression<String> trimOf(Trimspec specification, MemoryExpression<?> character, Expression<String> x) {
    MemoryExpression<?> source = require(x);
    List<MemoryExpression<?>> operands = character == null ? List.of(source) : List.of(character, source);
    return new MemoryFunction<>(self(), String.class, operands, t -> new TrimExpression(specification,
        character == null ? null : t.character(character, "trim character"), source.toSyntax(t), Translator.NOWHERE));
  }

  @Override
  public Expression<String> lower(Expression<String> x) {
    return call(String.class, "LOWER", x);
  }

  @Override
  public Expression<String> upper(Expression<String> x) {
    return call(String.class, "UPPER", x);
  }

  @Override
  public Expression<Integer> length(Expression<String> x) {
    return call(Integer.class, "LENGTH", x);
  }

  @Override
  public Expression<String> left(Expression<String> x, int len) {
    return call(String.class, "LEFT", x, value(len));
  }

  @Override
  public Expression<String> right(Expression<String> x, int len) {
    return call(String.class, "RIGHT", x, value(len));
  }

  @Override
  public Expression<String> left(Expression<String> x, Expression<Integer> len) {
    return call(String.class, "LEFT", x, len);
  }

  @Override
  public Expression<String> right(Expression<String> x, Expression<Integer> len) {
    return call(String.class, "RIGHT", x, len);
  }

  @Override
  public Expression<String> replace(
      Expression<String> x, Expression<String> substring, Expression<String> replacement) {
    return call(String.class, "REPLACE", x, substring, replacement);
  }

  @Override
  public Expression<String> replace(Expression<String> x, String substring, Expression<String> replacement) {
    return call(String.class, "REPLACE", x, value(substring), replacement);
  }

  @Override
  public Expression<String> replace(Expression<String> x, Expression<String> substring, String replacement) {
    return call(String.class, "REPLACE", x, substring, value(replacement));
  }

  @Override
  public Expression<String> replace(Expression<String> x, String substring, String replacement) {
    return call(String.class, "REPLACE", x, value(substring), value(replacement));
  }

  /** {@code LOCATE(pattern, x)}: JPQL names the string searched for first. */
  @Override
  public Expression<Integer> locate(Expression<String> x, Expression<String> pattern) {
    return call(Integer.class, "LOCATE", pattern, x);
  }

  @Override
  public Expression<Integer> locate(Expression<String> x, String pattern) {
    return call(Integer.class, "LOCATE", value(pattern), x);
  }

  @Override
  public Expression<Integer> locate(Expression<String> x, Expression<String> pattern, Expression<Integer> from) {
    return call(Integer.class, "LOCATE", pattern, x, from);
  }

  @Override
  public Expression<Integer> locate(Expression<String> x, String pattern, int from) {
    return call(Integer.class, "LOCATE", value(pattern), x, value(from));
  }

  // ----------------------------------------------------------------------------- date and time

  @Override
  public Expression<Date> currentDate() {
    return current(Date.class, CurrentDateTime.Kind.CURRENT_DATE);
  }

  @Override
  public Expression<Timestamp> currentTimestamp() {
    return current(Timestamp.class, CurrentDateTime.Kind.CURRENT_TIMESTAMP);
  }

  @Override
  public Expression<Time> currentTime() {
    return current(Time.class, CurrentDateTime.Kind.CURRENT_TIME);
  }

  @Override
  public Expression<LocalDate> localDate() {
    return current(LocalDate.class, CurrentDateTime.Kind.LOCAL_DATE);
  }

  @Override
  public Expression<LocalDateTime> localDateTime() {
    return current(LocalDateTime.class, CurrentDateTime.Kind.LOCAL_DATETIME);
  }

  @Override
  public Expression<LocalTime> localTime() {
    return current(LocalTime.class, CurrentDateTime.Kind.LOCAL_TIME);
  }

  private <T> Expression<T> current(Class<T> type, CurrentDateTime.Kind kind) {
    return new MemoryFunction<>(self(), type, List.of(), t -> new CurrentDateTime(kind, Translator.NOWHERE));
  }

  /** {@code EXTRACT(FIELD FROM x)}: YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND, DATE, TIME. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  public <N, T extends Temporal> Expression<N> extract(TemporalField<N, T> field, Expression<T> temporal) {
    if (field == null) {
      throw new IllegalArgumentException("The temporal field is null; pass one of LocalDateField, LocalTimeField or"
          + " LocalDateTimeField");
    }
    MemoryExpression<T> source = require(temporal);
    String name = field.toString().toUpperCase(Locale.ROOT);
    Class type = field == LocalTimeField.SECOND || field == LocalDateTimeField.SECOND ? Double.class
        : field == LocalDateTimeField.DATE ? LocalDate.class
        : field == LocalDateTimeField.TIME ? LocalTime.class
        : Integer.class;
    return new MemoryFunction<>(self(), type, List.of(source), t -> new ExtractExpression(
        new Identifier(name, Translator.NOWHERE), source.toSyntax(t), Translator.NOWHERE));
  }

  // ------------------------------------------------------------------------ in, case, coalesce

  @Override
  public <Y> Expression<Y> coalesce(Expression<? extends Y> x, Expression<? extends Y> y) {
    return call(require(x).getJavaType(), "COALESCE", x, y);
  }

  @Override
  public <Y> Expression<Y> coalesce(Expression<? extends Y> x, Y y) {
    return call(require(x).getJavaType(), "COALESCE", x, value(y));
  }

  @Override
  public <Y> Expression<Y> nullif(Expression<Y> x, Expression<?> y) {
    return call(require(x).getJavaType(), "NULLIF", x, y);
  }

  @Override
  public <Y> Expression<Y> nullif(Expression<Y> x, Y y) {
    return call(require(x).getJavaType(), "NULLIF", x, value(y));
  }

  @Override
  public <T> Coalesce<T> coalesce() {
    return new MemoryCoalesce<>(self());
  }

  @Override
  public <C, R> SimpleCase<C, R> selectCase(Expression<? extends C> expression) {
    return new MemorySimpleCase<>(self(), require(expression));
  }

  @Override
  public <R> Case<R> selectCase() {
    return new MemoryCase<>(self());
  }

  /** {@code FUNCTION('name', args...)}, which the query engine resolves among the registered functions. */
  @Override
  public <T> Expression<T> function(String name, Class<T> type, Expression<?>... args) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("The function name is null or blank; pass the name of a registered function");
    }
    List<MemoryExpression<?>> operands = requireAll(args);
    return new MemoryFunction<>(self(), type, operands,
        t -> new FunctionInvocation(name, t.expressions(operands), Translator.NOWHERE));
  }

  // ---------------------------------------------------------------------------- shared helpers

  <T> Expression<T> call(Class<? extends T> type, String name, Expression<?>... args) {
    List<MemoryExpression<?>> operands = requireAll(args);
    return new MemoryFunction<>(self(), type, operands,
        t -> new FunctionCall(name, t.expressions(operands), Translator.NOWHERE));
  }
}
