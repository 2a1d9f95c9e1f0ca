package org.memoryjpa.internal.query.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.memoryjpa.internal.query.parse.syntax.Position;

/** Source positions of parse tree nodes and tokens, as the syntax tree records them. Stateless. */
final class Positions {

  private Positions() {}

  /** From the first to the last token of a parse tree node. */
  static Position of(ParserRuleContext context) {
    return span(context.getStart(), context.getStop());
  }

  /** One token. */
  static Position of(Token token) {
    return span(token, token);
  }

  /** From the first character of one token to the last of another. */
  static Position span(Token start, Token stop) {
    int end = stop == null ? start.getStopIndex() : Math.max(start.getStopIndex(), stop.getStopIndex());
    int length = Math.max(0, end - start.getStartIndex() + 1);
    return new Position(start.getLine(), start.getCharPositionInLine() + 1, start.getStartIndex(), length);
  }
}
