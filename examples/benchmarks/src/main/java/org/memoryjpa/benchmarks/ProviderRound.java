package org.memoryjpa.benchmarks;

import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One contender's part of a JMH round, in the JVM {@link Suite} launched for it: every selected
 * benchmark of that contender (a provider, or {@code plain} for the floor) in this one JVM (JMH without
 * forks), so that no workload pays a JVM start, a class-loading and a first-compilation phase of its
 * own, and the query workloads share their stored data. Each contender gets its own JVM, so neither
 * provider's code shares a JIT profile with the other's.
 *
 * <p>Arguments: result file, include regex, contender, warm-up seconds (0: the benchmarks' own, or
 * {@link Timing#MEMORY_WARMUP_ITERATIONS} for memory-jpa), {@code quick} or {@code full}.
 */
public final class ProviderRound {

  private ProviderRound() {}

  public static void main(String[] args) throws RunnerException {
    String result = args[0];
    String include = args[1];
    String contender = args[2];
    int warmupSeconds = Integer.parseInt(args[3]);
    boolean quick = args[4].equals("quick");
    boolean plain = contender.equals(Suite.PLAIN);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .forks(0)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(result);
    String floor = PlainJavaFloorBenchmark.class.getSimpleName() + "\\.";
    if (plain) {
      options.exclude("\\.(?!" + floor + ")[A-Za-z]+Benchmark\\."); // every benchmark but the floor's
    } else {
      options.exclude(floor).param("provider", contender);
    }
    if (warmupSeconds > 0) {
      options.warmupIterations(Math.max(1, warmupSeconds / Timing.ITERATION_SECONDS))
          .warmupTime(TimeValue.seconds(Timing.ITERATION_SECONDS));
    } else if (contender.equals(Provider.MEMORY.param())) {
      options.warmupIterations(Timing.MEMORY_WARMUP_ITERATIONS)
          .warmupTime(TimeValue.seconds(Timing.ITERATION_SECONDS));
    }
    if (quick) {
      options.warmupIterations(1).warmupTime(TimeValue.milliseconds(300))
          .measurementIterations(2).measurementTime(TimeValue.milliseconds(300))
          .param("customers", "10000").param("products", "1000").param("orders", "2000");
    }
    try {
      new Runner(options.build()).run();
    } catch (RunnerException e) {
      if (!String.valueOf(e.getMessage()).contains("No matching benchmarks")) {
        throw e;
      }
      System.out.println("No benchmark of " + contender + " matches " + include);
    }
  }
}
