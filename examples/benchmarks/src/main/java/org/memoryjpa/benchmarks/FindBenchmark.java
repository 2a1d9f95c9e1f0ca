package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.TimeUnit;
import org.memoryjpa.benchmarks.model.Customer;
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
 * Workload 3: {@code find} by id in a fresh entity manager (created, used once, closed) over 100,000
 * stored customers, visiting the ids in a fixed shuffled order. Its floor is
 * {@link PlainJavaFloorBenchmark#findById}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = Timing.COLD_PATH_WARMUP_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Fork(value = 1, jvmArgsAppend = {Timing.HEAP_MIN, Timing.HEAP_MAX})
public class FindBenchmark {

  /** A factory holding the customers, and the order to look them up in. Single-threaded. */
  @State(Scope.Benchmark)
  public static class StoredCustomers {
    @Param({"memory", "hibernate"})
    public String provider;

    @Param({"" + Dataset.STORED_CUSTOMERS})
    public int customers;

    EntityManagerFactory factory;
    Long[] lookups;
    int next;

    @Setup(Level.Trial)
    public void load() {
      factory = Provider.of(provider).bootstrap("find");
      lookups = Dataset.shuffled(Dataset.storeCustomers(factory, customers), 42);
    }

    @TearDown(Level.Trial)
    public void close() {
      factory.close();
    }

    Long nextId() {
      Long id = lookups[next];
      next = next + 1 == lookups.length ? 0 : next + 1;
      return id;
    }
  }

  @Benchmark
  public Customer findById(StoredCustomers state) {
    return Workloads.findCustomer(state.factory, state.nextId());
  }
}
