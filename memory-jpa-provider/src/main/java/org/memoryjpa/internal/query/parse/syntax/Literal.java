package org.memoryjpa.internal.query.parse.syntax;

/** A literal: string, number, boolean, NULL or date/time. Enum and entity type literals are paths. */
public sealed interface Literal extends Expression
    permits StringLiteral, NumericLiteral, BooleanLiteral, NullLiteral, TemporalLiteral {}
