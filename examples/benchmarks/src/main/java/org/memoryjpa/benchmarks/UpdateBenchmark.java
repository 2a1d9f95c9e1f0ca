package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 4: load a versioned product by id, change its price, commit (dirty checking, version check
 * and increment), in a fresh entity manager each time, over 10,000 stored products.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = Timing.WARMUP_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Fork(value = 1, jvmArgsAppend = {Timing.HEAP_MIN, Timing.HEAP_MAX})
public class UpdateBenchmark {

  /** A factory holding the products, and the order to update them in. Single-threaded. */
  @State(Scope.Benchmark)
  public static class StoredProducts {
    @Param({"memory", "hibernate"})
    public String provider;

    @Param({"" + Dataset.STORED_PRODUCTS})
    public int products;

    EntityManagerFactory factory;
    Long[] updates;
    int sequence;

    @Setup(Level.Trial)
    public void load() {
      factory = Provider.of(provider).bootstrap("update");
      updates = Dataset.shuffled(Dataset.storeProducts(factory, products), 43);
    }

    @TearDown(Level.Trial)
    public void close() {
      factory.close();
    }
  }

  @Benchmark
  public long repriceProduct(StoredProducts state) {
    int sequence = state.sequence++;
    return Workloads.repriceProduct(state.factory, state.updates[Math.floorMod(sequence, state.updates.length)],
        sequence / state.updates.length);
  }
}
