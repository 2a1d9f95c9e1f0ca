package org.memoryjpa.internal.query.parse.syntax;

/** An input parameter: named ({@code :name}) or positional ({@code ?1}). */
public sealed interface Parameter extends Expression permits NamedParameter, PositionalParameter {}
