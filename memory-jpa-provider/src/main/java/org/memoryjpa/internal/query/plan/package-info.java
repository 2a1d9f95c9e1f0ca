/**
 * Access paths and join order: the {@link org.memoryjpa.internal.query.plan.Planner} turns a bound
 * query into a {@link org.memoryjpa.internal.query.plan.Plan} of nested-loop steps, one per variable,
 * each reading its rows by key, by unique or {@code @Index} index (equality, IN, ranges), through a
 * foreign key or its reference index, or by a scan, with every WHERE conjunct placed at the first step
 * that binds all its variables. Sorting keeps only the top k rows when the query is paged. Every plan
 * prints as text, and tests assert that text.
 *
 * <p>May import {@code query.model}, {@code store}, {@code metadata} and {@code diagnostics}; never
 * the evaluator or the session.
 */
package org.memoryjpa.internal.query.plan;
