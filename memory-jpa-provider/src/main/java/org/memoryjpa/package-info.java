/**
 * memory-jpa public API: the {@link jakarta.persistence.spi.PersistenceProvider} implementation, the
 * configuration keys, and the types users may catch or unwrap. Everything under {@code internal} is
 * private to the provider and may change without notice.
 *
 * <p>Imports only {@code internal.bootstrap}; internal packages may import the exception and settings
 * types declared here.
 */
package org.memoryjpa;
