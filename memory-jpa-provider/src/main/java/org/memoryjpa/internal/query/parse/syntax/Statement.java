package org.memoryjpa.internal.query.parse.syntax;

/** A whole JPQL statement: a select statement, an update or a delete (the BNF's QL_statement). */
public sealed interface Statement extends SyntaxNode
    permits SelectStatement, UpdateStatement, DeleteStatement {}
