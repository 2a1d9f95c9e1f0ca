/**
 * The persistence context and {@code EntityManager}: entity states, flush, cascades, callbacks, lazy
 * loading and resource-local transactions, written over the store.
 */
package org.memoryjpa.internal.session;
