/**
 * Evaluation: a {@link org.memoryjpa.internal.query.plan.Plan} compiled once into evaluators (no tree
 * walk per row), run as nested loops over one {@link org.memoryjpa.internal.store.ReadView} pinned for
 * the statement, with SQL's three-valued logic, numeric promotion and string functions; then grouping,
 * HAVING, DISTINCT, sorting (top-k when paged), paging and the results. Entities reach the application
 * through {@link org.memoryjpa.internal.query.eval.QuerySession}, which this package declares and the
 * session implements: the query engine never imports the session.
 *
 * <p>May import {@code query.plan}, {@code query.model} (through the plans it runs), {@code store},
 * {@code metadata} and {@code diagnostics}.
 */
package org.memoryjpa.internal.query.eval;
