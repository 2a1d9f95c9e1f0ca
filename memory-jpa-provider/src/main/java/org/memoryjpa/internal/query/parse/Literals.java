package org.memoryjpa.internal.query.parse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.memoryjpa.internal.diagnostics.JpqlErrors;
import org.memoryjpa.internal.query.parse.syntax.TemporalLiteral;

/**
 * Reads the values of literal tokens: numbers typed by their suffix, string literals, JDBC date/time
 * escapes. A value that cannot be read is a syntax error at the literal. Stateless.
 */
final class Literals {

  private Literals() {}

  /**
   * The value of a numeric literal token, typed as {@link org.memoryjpa.internal.query.parse.syntax.
   * NumericLiteral} describes.
   *
   * @param negative whether a minus sign stood right before it
   */
  static Number number(String jpql, Token token, boolean negative) {
    return number(jpql, token, negative, token);
  }

  /** The same, reporting an error at {@code at} (the sign before the number). */
  static Number number(String jpql, Token token, boolean negative, Token at) {
    String text = token.getText();
    String upper = text.toUpperCase(Locale.ROOT);
    String sign = negative ? "-" : "";
    try {
      switch (token.getType()) {
        case JpqlParser.BIG_INTEGER_LITERAL:
          return new BigInteger(sign + strip(text, 2));
        case JpqlParser.BIG_DECIMAL_LITERAL:
          return new BigDecimal(sign + strip(text, 2));
        case JpqlParser.LONG_LITERAL:
          return Long.parseLong(sign + digits(strip(text, 1)), radix(text));
        case JpqlParser.FLOAT_LITERAL:
          return finite(jpql, at, text, Float.parseFloat(sign + strip(text, 1)), "Float", "F");
        case JpqlParser.DOUBLE_LITERAL:
          String body = upper.endsWith("D") ? strip(text, 1) : text;
          return finite(jpql, at, text, Double.parseDouble(sign + body), "Double", "D");
        default:
          return integer(sign + digits(text), radix(text));
      }
    } catch (NumberFormatException e) {
      throw error(jpql, at, "numeric literal '" + sign + text + "' is too large for "
          + (token.getType() == JpqlParser.LONG_LITERAL ? "Long" : "Integer or Long")
          + "; write it with the suffix BI for a BigInteger or BD for a BigDecimal");
    }
  }

  private static Number integer(String text, int radix) {
    try {
      return Integer.parseInt(text, radix);
    } catch (NumberFormatException tooLargeForInteger) {
      return Long.parseLong(text, radix);
    }
  }

  /** Java's integer literal syntax: a leading 0x is hexadecimal, a leading 0 octal. */
  private static int radix(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.startsWith("0X")) {
      return 16;
    }
    return upper.length() > 1 && upper.charAt(0) == '0' && Character.isDigit(upper.charAt(1)) ? 8 : 10;
  }

  private static String digits(String text) {
    return text.toUpperCase(Locale.ROOT).startsWith("0X") ? text.substring(2) : text;
  }

  private static Number finite(String jpql, Token at, String text, double value, String type, String suffix) {
    if (Double.isInfinite(value) || (value == 0 && hasNonZeroDigit(text))) {
      throw error(jpql, at, "numeric literal '" + text + "' is out of range for " + type
          + "; write it with the suffix BD for a BigDecimal");
    }
    return "F".equals(suffix) ? (Number) (float) value : (Number) value;
  }

  private static boolean hasNonZeroDigit(String text) {
    String mantissa = text.toUpperCase(Locale.ROOT).split("E")[0];
    return mantissa.chars().anyMatch(c -> c >= '1' && c <= '9');
  }

  private static String strip(String text, int suffixLength) {
    return text.substring(0, text.length() - suffixLength);
  }

  /** The characters between the quotes of a string literal, {@code ''} read as one quote. */
  static String string(Token token) {
    String text = token.getText();
    return text.substring(1, text.length() - 1).replace("''", "'");
  }

  /** The kind named by the letters after the brace of a JDBC escape ({@code d}, {@code t}, {@code ts}). */
  static TemporalLiteral.Kind temporalKind(String jpql, Token letters) {
    for (TemporalLiteral.Kind kind : TemporalLiteral.Kind.values()) {
      if (kind.escape().equalsIgnoreCase(letters.getText())) {
        return kind;
      }
    }
    throw error(jpql, letters, "unknown date/time literal '{" + letters.getText()
        + " ...}'; write {d 'yyyy-mm-dd'}, {t 'hh:mm:ss'} or {ts 'yyyy-mm-dd hh:mm:ss'}");
  }

  /** The value of a JDBC escape's string. */
  static Temporal temporal(String jpql, TemporalLiteral.Kind kind, Token string) {
    String text = string(string);
    try {
      switch (kind) {
        case DATE:
          return LocalDate.parse(text.strip());
        case TIME:
          return LocalTime.parse(text.strip());
        default:
          return LocalDateTime.parse(text.strip().replaceFirst(" +", "T"));
      }
    } catch (DateTimeParseException e) {
      String format =
          kind == TemporalLiteral.Kind.DATE
              ? "yyyy-mm-dd"
              : kind == TemporalLiteral.Kind.TIME ? "hh:mm:ss" : "yyyy-mm-dd hh:mm:ss[.fffffffff]";
      throw error(jpql, string, "invalid " + kind.name().toLowerCase(Locale.ROOT) + " literal '"
          + text + "'; write it as '" + format + "'");
    }
  }

  private static IllegalArgumentException error(String jpql, Token token, String problem) {
    return JpqlErrors.syntaxError(jpql, token.getLine(), token.getCharPositionInLine() + 1, problem);
  }
}
