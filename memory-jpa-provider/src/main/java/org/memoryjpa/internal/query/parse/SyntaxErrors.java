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
    List<Token> tokens = stream.getTokens();
    int index = offending.getTokenIndex();
    Token blamed = offending;
    String problem;
    switch (offending.getType()) {
      case JpqlLexer.UNTERMINATED_STRING_LITERAL:
        problem = "unterminated string literal; end it with a quote, and write a quote inside it as ''";
        break;
      case JpqlLexer.UNEXPECTED_CHARACTER:
        problem = unexpectedCharacter(offending.getText());
        break;
      case Token.EOF:
        problem = "unexpected end of query" + expecting(ExpectedTokens.at(tokens, index));
        break;
      default:
        IntervalSet expected = ExpectedTokens.at(tokens, index);
        String keyword = ExpectedTokens.misspelt(offending.getText(), expected);
        Token previous = index > 0 ? tokens.get(index - 1) : null;
        String previousKeyword = null;
        if (keyword == null && previous != null && previous.getType() == JpqlLexer.IDENTIFIER) {
          // "select c form Customer c": 'form' was taken for an alias; the error shows one token later
          previousKeyword = ExpectedTokens.misspelt(previous.getText(), ExpectedTokens.at(tokens, index - 1));
        }
        if (offending.getType() == JpqlLexer.BY && previous != null
            && (previous.getType() == JpqlLexer.ORDER || previous.getType() == JpqlLexer.GROUP)) {
          // ORDER and GROUP may name an attribute, so "... and order by x" fails only at BY
          blamed = previous;
          problem = "unexpected '" + previous.getText() + " " + offending.getText() + "'"
              + expecting(ExpectedTokens.at(tokens, index - 1));
        } else if (keyword != null) {
          problem = "unexpected token '" + offending.getText() + "'; did you mean '" + keyword + "'?";
        } else if (previousKeyword != null) {
          blamed = previous;
          problem = "unexpected token '" + previous.getText() + "'; did you mean '" + previousKeyword + "'?";
        } else if (ExpectedTokens.isReservedWord(offending) && ExpectedTokens.expectsName(expected)) {
          problem = "unexpected reserved word '" + offending.getText() + "'" + expecting(expected)
              + "; a reserved word cannot name a variable";
        } else if (offending.getType() == JpqlLexer.STRING_LITERAL) {
          problem = "unexpected string literal " + offending.getText() + expecting(expected);
        } else {
          problem = "unexpected token '" + offending.getText() + "'" + expecting(expected);
        }
    }
    return JpqlErrors.syntaxError(jpql, blamed.getLine(), blamed.getCharPositionInLine() + 1, problem);
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
