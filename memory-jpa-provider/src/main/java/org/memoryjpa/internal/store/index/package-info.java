/**
 * The data structures behind a table's indexes: value to row-key maps that many readers traverse
 * while one committer changes them. They know nothing of rows, versions or transactions; the store
 * decides which entries exist and re-checks every hit against the row version a reader sees. Must not
 * import anything outside {@code java.*}.
 */
package org.memoryjpa.internal.store.index;
