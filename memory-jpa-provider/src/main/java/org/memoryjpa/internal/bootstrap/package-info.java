/**
 * Bootstrap: finds and reads persistence units ({@code persistence.xml}, a container's
 * {@code PersistenceUnitInfo}, a JPA 3.2 {@code PersistenceConfiguration}), reads the mapping metadata
 * and builds the entity manager factory. The one package that may import every other.
 */
package org.memoryjpa.internal.bootstrap;
