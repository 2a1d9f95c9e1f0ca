/**
 * The JPQL syntax tree: immutable records of statements, clauses, joins, paths, literals, parameters,
 * function calls, operators, conditions and subqueries, each with its {@link
 * org.memoryjpa.internal.query.parse.syntax.Position} in the query text. Names are as written; nothing
 * here is resolved against the metamodel, which is the binder's job.
 *
 * <p>A leaf package: it imports nothing internal and never {@code org.antlr}, so that the binder
 * ({@code query.model}) and the Criteria API ({@code query.criteria}) may read it without reaching into
 * the parser. {@code toString()} of every node is canonical JPQL: keywords in upper case, every compound
 * expression and condition in parentheses; it parses back to the same tree.
 */
package org.memoryjpa.internal.query.parse.syntax;
