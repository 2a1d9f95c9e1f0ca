package org.memoryjpa.benchmarks;

/**
 * The JMH settings of the benchmarks. {@link Suite} runs every workload of one contender in one JVM
 * (a {@link ProviderRound}), so a workload meets code that the workloads before it have already
 * compiled; Hibernate still keeps getting faster for 10–20 s on the first workload that takes a new
 * path (its session, its flush, its query translation), so those get {@link #COLD_PATH_WARMUP_ITERATIONS}
 * and the workloads that follow on the same path {@link #WARMUP_ITERATIONS}. memory-jpa settles
 * faster and gets {@link #MEMORY_WARMUP_ITERATIONS} everywhere, which can only flatter
 * Hibernate; the table marks any median that was still falling while measured (†). Constants only.
 */
final class Timing {

  /** One iteration: short, so that the suite fits 15 minutes with two rounds of every workload. */
  static final int ITERATION_SECONDS = 1;

  /** Measured iterations per workload and round; four, so that a trend among them shows (†). */
  static final int MEASUREMENT_ITERATIONS = 4;

  /** Hibernate's warm-up on a path an earlier workload of the same JVM has compiled. */
  static final int WARMUP_ITERATIONS = 10;

  /** Hibernate's warm-up on the first workload of a path: find, persist, the first JPQL query, Criteria. */
  static final int COLD_PATH_WARMUP_ITERATIONS = 16;

  /**
   * memory-jpa's warm-up for every workload, applied by {@link ProviderRound}; 6 s left its broad query
   * still getting faster at a load of 7–13.
   */
  static final int MEMORY_WARMUP_ITERATIONS = 8;

  /** The plain-Java floor needs no long warm-up: a HashMap and a loop settle within seconds. */
  static final int FLOOR_WARMUP_ITERATIONS = 4;

  /** Same heap for every contender's JVM, fixed so GC sizing does not vary between them. */
  static final String HEAP_MIN = "-Xms2g";

  static final String HEAP_MAX = "-Xmx2g";

  private Timing() {}
}
