/**
 * The immutable typed query model and the one name binder that builds it. {@link
 * org.memoryjpa.internal.query.model.Binder} turns a syntax tree ({@code query.parse.syntax}, a leaf
 * package) into a {@link org.memoryjpa.internal.query.model.QueryModel}: every name resolved against
 * the mapping model, every expression typed, identification variables numbered into one frame,
 * literals converted to the stored form where they meet converted or enum attributes. JPQL and the
 * Criteria API share it, so nothing is resolved twice.
 *
 * <p>May import only {@code metadata}, {@code diagnostics} and {@code query.parse.syntax}; never the
 * parser, the planner, the evaluator, the store or the session.
 */
package org.memoryjpa.internal.query.model;
