/**
 * The immutable mapping model, read once from annotations at bootstrap: entity, embeddable and mapped
 * superclass types, their attributes and fast accessors, and the row layout every other layer shares.
 * Must not import any other internal package except {@code diagnostics}.
 */
package org.memoryjpa.internal.metadata;
