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
 * Workload 2: 1,000 new entities (250 orders with 3 lines each, cascaded) persisted and committed in
 * one transaction. Each iteration starts from a truncated schema with {@value Dataset#REFERENCED}
 * customers and products to refer to, so the tables grow only within an iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Timing.COLD_PATH_WARMUP_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Fork(value = 1, jvmArgsAppend = {Timing.HEAP_MIN, Timing.HEAP_MAX})
public class PersistBenchmark {

  /** A factory whose schema is emptied and re-seeded before each iteration. Single-threaded. */
  @State(Scope.Benchmark)
  public static class OrderBook {
    @Param({"memory", "hibernate"})
    public String provider;

    EntityManagerFactory factory;
    Long[] customerIds;
    Long[] productIds;
    int sequence;

    @Setup(Level.Trial)
    public void bootstrap() {
      factory = Provider.of(provider).bootstrap("persist");
    }

    @Setup(Level.Iteration)
    public void reset() {
      factory.getSchemaManager().truncate();
      customerIds = Dataset.storeCustomers(factory, Dataset.REFERENCED);
      productIds = Dataset.storeProducts(factory, Dataset.REFERENCED);
    }

    @TearDown(Level.Trial)
    public void close() {
      factory.close();
    }
  }

  @Benchmark
  public long persistOrders(OrderBook state) {
    return Workloads.persistOrders(state.factory, state.customerIds, state.productIds, state.sequence++);
  }
}
