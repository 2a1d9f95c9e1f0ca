/**
 * The in-memory database: tables of immutable row snapshots per entity hierarchy, indexes, sequences,
 * transactions that commit by validating then publishing, and row locks. Must not import
 * {@code session} or {@code query}.
 */
package org.memoryjpa.internal.store;
