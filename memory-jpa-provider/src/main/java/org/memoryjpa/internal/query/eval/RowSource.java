package org.memoryjpa.internal.query.eval;

import java.util.Iterator;

/**
 * The values one plan step binds its variable to, for the current frame: rows of an entity's table
 * (already filtered to the variable's entity and its subtypes), or elements of a collection. Stateless;
 * the iterator reads the execution's view and must be consumed before the view closes.
 */
@FunctionalInterface
interface RowSource {

  Iterator<?> values(Object[] frame, Execution execution);
}
