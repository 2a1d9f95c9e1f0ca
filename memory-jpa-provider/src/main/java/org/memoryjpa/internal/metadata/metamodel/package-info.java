/**
 * The {@code jakarta.persistence.metamodel} API as an immutable view over the mapping model
 * ({@link org.memoryjpa.internal.metadata.DomainModel}), and the population of the static metamodel
 * classes ({@code Customer_}) with its objects. Built once per factory; thread-safe.
 * Must not import any internal package except {@code metadata} and {@code diagnostics}.
 */
package org.memoryjpa.internal.metadata.metamodel;
