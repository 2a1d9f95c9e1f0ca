package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 1, warm: an {@code EntityManagerFactory} over the model bootstrapped and closed, as each
 * test context pays once the JVM is warm. Hibernate re-creates its schema in the same H2 database
 * each time ({@code drop-and-create}). The cold-JVM figure comes from {@link ColdStart}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Timing.WARMUP_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Fork(value = 1, jvmArgsAppend = {Timing.HEAP_MIN, Timing.HEAP_MAX})
public class BootstrapBenchmark {

  /** The contender. */
  @State(Scope.Benchmark)
  public static class Contender {
    @Param({"memory", "hibernate"})
    public String provider;

    Provider contender;

    @Setup
    public void resolve() {
      contender = Provider.of(provider);
    }
  }

  @Benchmark
  public EntityManagerFactory bootstrapAndClose(Contender state) {
    return Workloads.bootstrapAndClose(state.contender);
  }
}
