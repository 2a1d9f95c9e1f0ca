/**
 * The first stage of the query pipeline: JPQL text to a syntax tree. The grammar ({@code Jpql.g4},
 * compiled by the antlr4-maven-plugin into {@code JpqlLexer}, {@code JpqlParser} and {@code
 * JpqlVisitor}) covers Jakarta Persistence 3.2 JPQL and common HQL forms; {@link
 * org.memoryjpa.internal.query.parse.JpqlReader} parses with SLL prediction first and LL only when SLL
 * fails, turns syntax errors into {@link IllegalArgumentException}s that never show ANTLR's wording, and
 * builds the immutable tree of {@link org.memoryjpa.internal.query.parse.syntax}.
 *
 * <p>The only package that imports {@code org.antlr}; besides that it may import {@code query.model},
 * {@code metadata} and {@code diagnostics}.
 */
package org.memoryjpa.internal.query.parse;
