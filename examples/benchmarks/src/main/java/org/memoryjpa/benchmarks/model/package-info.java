/**
 * The benchmark's domain model, mapped once and used unchanged by both providers: customers with an
 * embedded address, a tier and a unique e-mail; products with a unique SKU, a version and categories;
 * orders with cascaded lines, a status enum, timestamps and BigDecimal amounts.
 */
package org.memoryjpa.benchmarks.model;
