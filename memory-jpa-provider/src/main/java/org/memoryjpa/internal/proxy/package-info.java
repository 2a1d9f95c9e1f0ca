/**
 * Lazy references: ByteBuddy proxies for entities that are not loaded yet. The only importer of
 * {@code net.bytebuddy}; must not import {@code session} or {@code query}.
 */
package org.memoryjpa.internal.proxy;
