package org.memoryjpa.internal.metadata;

import jakarta.persistence.GenerationType;

/**
 * How generated ids are produced, resolved as Hibernate 7 resolves {@code @GeneratedValue}: AUTO
 * becomes a sequence for numbers and UUID for {@code java.util.UUID}; a sequence or table generator
 * without a {@code @SequenceGenerator}/{@code @TableGenerator} is named {@code <entity>_SEQ} with an
 * allocation size of 50. Immutable.
 *
 * @param strategy the resolved strategy: SEQUENCE, TABLE, IDENTITY or UUID (never AUTO)
 * @param generatorName the store-wide name of the sequence (or table row) that hands out values
 * @param initialValue the first value
 * @param allocationSize how many values one factory reserves at a time
 */
public record IdGeneration(GenerationType strategy, String generatorName, long initialValue, int allocationSize) {}
