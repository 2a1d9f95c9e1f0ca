/**
 * The in-memory database: tables of immutable row snapshots per entity hierarchy, hash and sorted
 * indexes, sequences, transactions that commit by validating then publishing, and pessimistic row
 * locks.
 *
 * <p>Entry points: {@link org.memoryjpa.internal.store.Databases} gives a {@link
 * org.memoryjpa.internal.store.Database}; the session describes each entity hierarchy with a {@link
 * org.memoryjpa.internal.store.TableSchema} and defines it; {@link
 * org.memoryjpa.internal.store.StoreTransaction} reads and writes {@link
 * org.memoryjpa.internal.store.RowSnapshot}s; a {@link org.memoryjpa.internal.store.ReadView} gives a
 * statement one consistent commit point for scans and index lookups.
 *
 * <p>The store is described only by its own schema objects, so it must not import {@code session},
 * {@code query}, {@code bootstrap}, {@code proxy} or {@code metadata}; it may use the {@code
 * jakarta.persistence} exceptions and {@link org.memoryjpa.ConstraintViolationException}.
 */
package org.memoryjpa.internal.store;
