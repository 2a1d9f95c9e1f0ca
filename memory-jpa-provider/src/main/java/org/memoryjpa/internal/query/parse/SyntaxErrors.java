package org.memoryjpa.internal.query.parse;

import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.memoryjpa.internal.diagnostics.JpqlErrors;

/**
 * Turns the token at which a statement failed to parse into the house error message: what is wrong
 * with the token in quotes, its {@code line:column}, what the grammar expected there or the keyword it
 * is a misspelling of, and the query with a caret. ANTLR's own wording ("mismatched input", "no viable
 * alternative") never reaches the user. Stateless.
 */
final class SyntaxErrors {

  private SyntaxErrors() {}

  /** The exception for a statement that cannot be parsed past {@code offending}. */
  static IllegalArgumentException at(String jpql, CommonTokenStream stream, Token offending) {
    stream.fill();
    Report report = report(stream.getTokens(), offending);
    Token at = report.at();
    return JpqlErrors.syntaxError(jpql, at.getLine(), at.getCharPositionInLine() + 1, report.problem());
  }

  /** What to say, and the token to point at. */
  private record Report(Token at, String problem) {}

  private static Report report(List<Token> tokens, Token offending) {
    int index = offending.getTokenIndex();
    switch (offending.getType()) {
      case JpqlLexer.UNTERMINATED_STRING_LITERAL:
        return new Report(offending,
            "unterminated string literal; end it with a quote, and write a quote inside it as ''");
      case JpqlLexer.UNEXPECTED_CHARACTER:
        return new Report(offending, unexpectedCharacter(offending.getText()));
      case Token.EOF:
        return new Report(offending, "unexpected end of query" + expecting(ExpectedTokens.at(tokens, index)));
      default:
        return unexpectedToken(tokens, offending, index);
    }
  }

  private static Report unexpectedToken(List<Token> tokens, Token offending, int index) {
    String text = offending.getText();
    Token previous = index > 0 ? tokens.get(index - 1) : null;
    Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
    if (offending.getType() == JpqlLexer.RIGHT && next != null
        && (next.getType() == JpqlLexer.JOIN || next.getType() == JpqlLexer.OUTER)) {
      return new Report(offending, "unexpected token '" + text + "'; JPQL has no RIGHT JOIN:"
          + " write it as a LEFT JOIN from the other entity");
    }
    if (offending.getType() == JpqlLexer.BY && previous != null
        && (previous.getType() == JpqlLexer.ORDER || previous.getType() == JpqlLexer.GROUP)) {
      // ORDER and GROUP may name an attribute, so "... and order by x" fails only at BY
      return new Report(previous, "unexpected '" + previous.getText() + " " + text + "'"
          + expecting(ExpectedTokens.at(tokens, index - 1)));
    }
    IntervalSet expected = ExpectedTokens.at(tokens, index);
    String keyword = ExpectedTokens.misspelt(text, expected);
    if (keyword != null) {
      return new Report(offending, "unexpected token '" + text + "'; did you mean '" + keyword + "'?");
    }
    if (previous != null && previous.getType() == JpqlLexer.IDENTIFIER) {
      // "select c form Customer c": 'form' was taken for an alias, so the error shows one token later
      String meant = ExpectedTokens.misspelt(previous.getText(), ExpectedTokens.at(tokens, index - 1));
      if (meant != null) {
        return new Report(previous, "unexpected token '" + previous.getText() + "'; did you mean '" + meant + "'?");
      }
    }
    if ("with".equalsIgnoreCase(text) && expected.contains(JpqlLexer.ON)) {
      return new Report(offending, "unexpected token '" + text + "'; a join condition is written ON");
    }
    if (ExpectedTokens.isReservedWord(offending) && ExpectedTokens.expectsName(expected)) {
      return new Report(offending, "unexpected reserved word '" + text + "'" + expecting(expected)
          + "; a reserved word cannot name a variable");
    }
    if (offending.getType() == JpqlLexer.STRING_LITERAL) {
      return new Report(offending, "unexpected string literal " + text + expecting(expected));
    }
    return new Report(offending, "unexpected token '" + text + "'" + expecting(expected));
  }

  private static String expecting(IntervalSet expected) {
    String description = ExpectedTokens.describe(expected);
    return description == null ? "" : "; expected " + description;
  }

  private static String unexpectedCharacter(String character) {
    String problem = "unexpected character '" + character + "'";
    switch (character) {
      case "?":
        return problem + "; positional parameters are numbered: ?1, ?2, ...";
      case ":":
        return problem + "; a named parameter is a colon followed by a name: :name";
      case "\"":
        return problem + "; string literals are in single quotes: 'text'";
      case ";":
        return problem + "; a JPQL statement does not end with a semicolon";
      default:
        return problem;
    }
  }
}
