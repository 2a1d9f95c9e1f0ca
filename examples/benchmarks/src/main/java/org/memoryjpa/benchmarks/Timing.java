package org.memoryjpa.benchmarks;

/**
 * The JMH settings every provider benchmark shares, so both contenders always get the same warm-up.
 * Hibernate keeps getting faster for 10–20 s of warm-up on the project's 2-core machines (longer
 * when other builds share them), so each fork warms up for 24 s before it measures 8 s; the
 * suite repeats whole rounds rather than adding
 * forks, so that memory-jpa and Hibernate run next to each other in time (see {@link Suite}).
 */
final class Timing {

  static final int WARMUP_ITERATIONS = 12;
  static final int MEASUREMENT_ITERATIONS = 4;
  static final int ITERATION_SECONDS = 2;

  /** The plain-Java floor needs no long warm-up: a HashMap and a loop settle within seconds. */
  static final int FLOOR_WARMUP_ITERATIONS = 4;

  /** Same heap for every fork, fixed so GC sizing does not vary between forks. */
  static final String HEAP_MIN = "-Xms2g";

  static final String HEAP_MAX = "-Xmx2g";

  private Timing() {}
}
