package org.memoryjpa.internal.query.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.memoryjpa.internal.query.parse.syntax.Position;
import org.memoryjpa.internal.query.parse.syntax.SyntaxNode;

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

  /** From the start of one syntax node to the end of another. */
  static Position span(SyntaxNode first, SyntaxNode last) {
    Position start = first.position();
    Position end = last.position();
    int length = Math.max(start.length(), end.offset() + end.length() - start.offset());
    return new Position(start.line(), start.column(), start.offset(), length);
  }

  /** From the first character of one token to the last of another. */
  static Position span(Token start, Token stop) {
    int end = stop == null ? start.getStopIndex() : Math.max(start.getStopIndex(), stop.getStopIndex());
    int length = Math.max(0, end - start.getStartIndex() + 1);
    return new Position(start.getLine(), start.getCharPositionInLine() + 1, start.getStartIndex(), length);
  }
}
