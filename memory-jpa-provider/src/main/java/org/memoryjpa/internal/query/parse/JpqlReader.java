package org.memoryjpa.internal.query.parse;

import java.util.concurrent.atomic.LongAdder;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.memoryjpa.internal.query.parse.JpqlParser.Ql_statementContext;
import org.memoryjpa.internal.query.parse.syntax.Statement;

/**
 * Reads JPQL text into a {@link Statement} syntax tree: the first stage of the query pipeline.
 *
 * <p>Parsing uses ANTLR's two-stage strategy: SLL prediction first, which is fast and right for every
 * query the grammar was written for, and only if it fails, full LL prediction, which is slower and
 * either succeeds or finds a real syntax error. A syntax error becomes an {@link
 * IllegalArgumentException} in the house shape ({@link SyntaxErrors}); ANTLR's own messages are never
 * shown.
 *
 * <p>Thread-safe: every call builds its own lexer and parser; ANTLR's prediction caches are shared by
 * all of them. The only state is a counter of LL fallbacks, for tests and diagnostics.
 */
public final class JpqlReader {

  private static final JpqlReader SHARED = new JpqlReader();

  private final LongAdder fallbacks = new LongAdder();

  JpqlReader() {}

  /**
   * The syntax tree of a JPQL statement.
   *
   * @throws IllegalArgumentException for a syntax error: its position, the offending token, what was
   *     expected and the query text with a caret under the position
   */
  public static Statement read(String jpql) {
    return SHARED.statement(jpql);
  }

  Statement statement(String jpql) {
    return new StatementBuilder(jpql).statement(parseTree(jpql));
  }

  /** The ANTLR parse tree of a statement: for the builders, and for tests of the grammar. */
  Ql_statementContext parseTree(String jpql) {
    if (jpql == null) {
      throw new IllegalArgumentException("The JPQL query is null; pass the query text to createQuery");
    }
    JpqlLexer lexer = new JpqlLexer(CharStreams.fromString(jpql));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    JpqlParser parser = new JpqlParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return parser.ql_statement();
    } catch (ParseCancellationException sllFailed) {
      fallbacks.increment();
    }
    tokens.seek(0);
    parser.reset();
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    try {
      return parser.ql_statement();
    } catch (ParseCancellationException failed) {
      throw SyntaxErrors.at(jpql, tokens, offendingToken(failed, tokens));
    }
  }

  private static Token offendingToken(ParseCancellationException failure, CommonTokenStream tokens) {
    if (failure.getCause() instanceof RecognitionException recognition
        && recognition.getOffendingToken() != null) {
      return recognition.getOffendingToken();
    }
    return tokens.LT(1);
  }

  /** How many parses SLL prediction could not finish, so that LL prediction had to start over. */
  long fallbacks() {
    return fallbacks.sum();
  }
}
