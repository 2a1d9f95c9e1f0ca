/**
 * Entity graphs: the {@link jakarta.persistence.EntityGraph}, {@link jakarta.persistence.Subgraph}
 * and {@link jakarta.persistence.AttributeNode} objects users build or look up by name, the named
 * graphs of a factory, and the read-only traversal the session and query engine use to apply the
 * {@code jakarta.persistence.fetchgraph} and {@code jakarta.persistence.loadgraph} hints.
 *
 * <p>Must import no internal package except {@code metadata} and {@code diagnostics}.
 */
package org.memoryjpa.internal.graph;
