/**
 * The conformance suite's test model: every inheritance strategy, embeddables, element collections,
 * maps and association kinds, with assigned ids so both providers hold identical data. Fields are
 * package-private so that {@link org.memoryjpa.conformance.model.ConformanceData} can fill them
 * without a setter per attribute; getters exist where Java-level tests read them.
 */
package org.memoryjpa.conformance.model;
