/**
 * The Criteria API of Jakarta Persistence 3.2: {@link
 * org.memoryjpa.internal.query.criteria.MemoryCriteriaBuilder} and the mutable query, path, join,
 * expression and predicate objects it hands out. A Criteria statement is never evaluated as such: when
 * a query is created, {@code MemoryCriteriaBuilder.translate} turns it into the immutable JPQL syntax
 * tree of {@code query.parse.syntax} plus side tables of literal values and parameter names (a {@link
 * org.memoryjpa.internal.query.criteria.CriteriaTranslation}), and the query engine binds, plans and
 * runs it exactly like the JPQL text the tree prints as. Translation only reads the Criteria objects,
 * so one Criteria query may be translated any number of times, from several EntityManagers.
 *
 * <p>May import {@code query.parse.syntax}, {@code query.model}, {@code metadata} (with {@code
 * metadata.metamodel}) and {@code diagnostics}; never the parser, the session or the store.
 */
package org.memoryjpa.internal.query.criteria;
