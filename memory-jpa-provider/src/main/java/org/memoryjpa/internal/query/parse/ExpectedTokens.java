package org.memoryjpa.internal.query.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The tokens the grammar accepts at one position of a statement, and their names in a message ("an
 * expression", "'FROM'", "end of query").
 *
 * <p>The set is found by trying every token type in that position and parsing on to the token after
 * it, so it is exact for every kind of error, including those ANTLR finds only after looking several
 * tokens ahead, where its own expected set describes an earlier position. Used only once a query has
 * failed to parse, so the cost of a few hundred short parses does not matter. Stateless.
 */
final class ExpectedTokens {

  private static final ATN GRAMMAR = JpqlParser._ATN;
  private static final IntervalSet CONDITION_START = first(JpqlParser.RULE_conditional_expression);
  private static final IntervalSet EXPRESSION_START = first(JpqlParser.RULE_scalar_expression);
  private static final IntervalSet WORD = first(JpqlParser.RULE_word);
  private static final IntervalSet NAME = first(JpqlParser.RULE_entity_name_word);
  private static final IntervalSet PATH_START = first(JpqlParser.RULE_path_expression);
  private static final IntervalSet IDENTIFIER = first(JpqlParser.RULE_identifier);
  private static final IntervalSet COMPARISON_OPERATORS = setOf(
      JpqlParser.EQUAL, JpqlParser.NOT_EQUAL, JpqlParser.LESS, JpqlParser.LESS_EQUAL, JpqlParser.GREATER,
      JpqlParser.GREATER_EQUAL);
  private static final IntervalSet OPERATORS = setOf(
      JpqlParser.PLUS, JpqlParser.MINUS, JpqlParser.ASTERISK, JpqlParser.SLASH, JpqlParser.DOUBLE_PIPE);

  /** A longer list of alternatives helps nobody; the message then names only the offending token. */
  private static final int MAX_NAMED = 8;

  private ExpectedTokens() {}

  private static IntervalSet setOf(int... types) {
    IntervalSet set = new IntervalSet();
    for (int type : types) {
      set.add(type);
    }
    return set;
  }

  private static IntervalSet first(int rule) {
    IntervalSet set = new IntervalSet(GRAMMAR.nextTokens(GRAMMAR.ruleToStartState[rule]));
    set.remove(Token.EPSILON);
    return set;
  }

  /** The token types the grammar accepts at {@code tokens.get(index)}, given the tokens before it. */
  static IntervalSet at(List<Token> tokens, int index) {
    IntervalSet accepted = new IntervalSet();
    if (accepts(tokens, index, Token.EOF)) {
      accepted.add(Token.EOF);
    }
    for (int type = 1; type <= GRAMMAR.maxTokenType; type++) {
      if (type != JpqlLexer.WS
          && type != JpqlLexer.COMMENT
          && type != JpqlLexer.UNEXPECTED_CHARACTER
          && type != JpqlLexer.UNTERMINATED_STRING_LITERAL
          && accepts(tokens, index, type)) {
        accepted.add(type);
      }
    }
    return accepted;
  }

  /** Whether the statement parses past a token of this type in this position. */
  private static boolean accepts(List<Token> tokens, int index, int type) {
    List<Token> probe = new ArrayList<>(index + 3);
    for (int i = 0; i < index; i++) {
      probe.add(new CommonToken(tokens.get(i)));
    }
    probe.add(new CommonToken(type, type == Token.EOF ? "<EOF>" : "probe"));
    if (type != Token.EOF) {
      // a token no rule accepts: the parse fails on it exactly when the probed token was accepted
      probe.add(new CommonToken(JpqlLexer.UNEXPECTED_CHARACTER, "end of probe"));
      probe.add(new CommonToken(Token.EOF, "<EOF>"));
    }
    JpqlParser parser = new JpqlParser(new CommonTokenStream(new ListTokenSource(probe)));
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.setBuildParseTree(false);
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    try {
      parser.ql_statement();
      return true;
    } catch (ParseCancellationException failed) {
      return failed.getCause() instanceof RecognitionException recognition
          && recognition.getOffendingToken() != null
          && recognition.getOffendingToken().getTokenIndex() > index;
    }
  }

  /**
   * The expected tokens in words: {@code "an expression, 'ALL', 'ANY' or 'SOME'"}; null when there are
   * so many alternatives that naming them would not help.
   */
  static String describe(IntervalSet expected) {
    IntervalSet rest = new IntervalSet(expected);
    Set<String> names = new LinkedHashSet<>();
    if (includes(rest, CONDITION_START)) {
      names.add("a condition");
      rest = rest.subtract(CONDITION_START);
    } else if (includes(rest, EXPRESSION_START)) {
      names.add("an expression");
      rest = rest.subtract(EXPRESSION_START);
    }
    if (includes(rest, WORD)) {
      names.add("a name");
      rest = rest.subtract(WORD);
    } else if (includes(rest, NAME)) {
      names.add("a name");
      rest = rest.subtract(NAME);
    } else if (includes(rest, PATH_START)) {
      names.add("a path");
      rest = rest.subtract(PATH_START);
    } else if (includes(rest, IDENTIFIER)) {
      names.add("an identifier");
      rest = rest.subtract(IDENTIFIER);
    }
    if (includes(rest, COMPARISON_OPERATORS)) {
      names.add("a comparison operator");
      rest = rest.subtract(COMPARISON_OPERATORS);
    }
    if (includes(rest, OPERATORS)) {
      names.add("an operator");
      rest = rest.subtract(OPERATORS);
    }
    for (int type : rest.toList()) {
      if (type != Token.EOF) {
        names.add(name(type));
      }
    }
    if (rest.contains(Token.EOF)) {
      names.add("end of query");
    }
    if (names.isEmpty() || names.size() > MAX_NAMED) {
      return null;
    }
    return join(new ArrayList<>(names));
  }

  private static boolean includes(IntervalSet set, IntervalSet subset) {
    return subset.subtract(set).isNil();
  }

  private static String name(int type) {
    switch (type) {
      case JpqlLexer.IDENTIFIER:
        return "an identifier";
      case JpqlLexer.STRING_LITERAL:
        return "a string literal";
      case JpqlLexer.INTEGER_LITERAL:
        return "an integer";
      case JpqlLexer.LONG_LITERAL:
      case JpqlLexer.BIG_INTEGER_LITERAL:
      case JpqlLexer.DOUBLE_LITERAL:
      case JpqlLexer.FLOAT_LITERAL:
      case JpqlLexer.BIG_DECIMAL_LITERAL:
        return "a number";
      case JpqlLexer.NAMED_PARAMETER:
      case JpqlLexer.POSITIONAL_PARAMETER:
        return "a parameter";
      case JpqlLexer.NOT_EQUAL:
        return "'<>'";
      default:
        String literal = JpqlLexer.VOCABULARY.getLiteralName(type);
        return literal != null ? literal : JpqlLexer.VOCABULARY.getSymbolicName(type);
    }
  }

  private static String join(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /**
   * The reserved word among the expected tokens that {@code text} is a likely misspelling of ({@code
   * form} for {@code FROM}, {@code wher} for {@code WHERE}), or null.
   */
  static String misspelt(String text, IntervalSet expected) {
    String word = text.toUpperCase(Locale.ROOT);
    if (word.length() < 3 || !word.chars().allMatch(c -> Character.isLetter(c) || c == '_')
        || includes(expected, NAME)) {
      // where any word is a name (after a dot, after FROM), a keyword there is no hint
      return null;
    }
    int allowed = word.length() >= 6 ? 2 : 1;
    String best = null;
    int bestDistance = allowed + 1;
    for (int type : expected.toList()) {
      if (type <= 0 || IDENTIFIER.contains(type)) {
        continue;
      }
      String literal = JpqlLexer.VOCABULARY.getLiteralName(type);
      if (literal == null || !Character.isLetter(literal.charAt(1))) {
        continue;
      }
      String keyword = literal.substring(1, literal.length() - 1);
      int distance = distance(word, keyword);
      boolean better = distance < bestDistance
          || (distance == bestDistance && best != null && best.charAt(0) != word.charAt(0)
              && keyword.charAt(0) == word.charAt(0));
      if (distance > 0 && better) {
        best = keyword;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Whether a token is a keyword that cannot stand for a name in the position where it was found. */
  static boolean isReservedWord(Token token) {
    int type = token.getType();
    String literal = type > 0 ? JpqlLexer.VOCABULARY.getLiteralName(type) : null;
    return literal != null && Character.isLetter(literal.charAt(1));
  }

  /** Whether the set expects a name (a variable, alias or entity) but not an expression. */
  static boolean expectsName(IntervalSet expected) {
    return expected.contains(JpqlLexer.IDENTIFIER) && !includes(expected, EXPRESSION_START);
  }

  /** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
