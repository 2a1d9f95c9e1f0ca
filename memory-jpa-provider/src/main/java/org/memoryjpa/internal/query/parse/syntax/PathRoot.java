package org.memoryjpa.internal.query.parse.syntax;

/**
 * What a {@link Path} starts from: a name (an identification variable, or an attribute of the
 * implicit {@code this}), {@code KEY(v)}/{@code VALUE(v)}/{@code ENTRY(v)}, or {@code TREAT(path AS
 * Subtype)}.
 */
public sealed interface PathRoot extends SyntaxNode
    permits Identifier, QualifiedIdentificationVariable, TreatedPath {}
