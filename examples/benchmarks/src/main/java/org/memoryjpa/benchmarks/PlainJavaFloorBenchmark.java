package org.memoryjpa.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.memoryjpa.benchmarks.model.Customer;
import org.memoryjpa.benchmarks.model.CustomerTier;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 8, the plain-Java floor: the same 100,000 customers (the generator's objects, with ids)
 * in a {@link HashMap}, no provider at all. {@link #findById} is the limit for the find workload
 * (a lookup plus the one object copy a provider must make to hand out a managed instance);
 * {@link #filterTopFifty} is the limit for the broad query (a full scan, a filter, the first 50 by a
 * sort key, each copied).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = Timing.FLOOR_WARMUP_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Fork(value = 1, jvmArgsAppend = {Timing.HEAP_MIN, Timing.HEAP_MAX})
public class PlainJavaFloorBenchmark {

  /** The broad query's limit, as {@code setMaxResults(50)}. */
  static final int TOP = 50;

  /** Newest registration first, then id: the broad query's {@code ORDER BY}. */
  static final Comparator<Customer> NEWEST_FIRST =
      Comparator.comparing(Customer::getRegisteredOn).reversed().thenComparing(Customer::getId);

  /** The customers by id, and the lookup order the find workload uses. Single-threaded. */
  @State(Scope.Benchmark)
  public static class Customers {
    @Param({"" + Dataset.STORED_CUSTOMERS})
    public int customers;

    Map<Long, Customer> byId;
    Long[] lookups;
    int next;

    @Setup(Level.Trial)
    public void load() {
      byId = new HashMap<>();
      Long[] ids = new Long[customers];
      for (int i = 0; i < customers; i++) {
        Customer customer = Dataset.customer(i);
        customer.assignId(i + 1L);
        byId.put(customer.getId(), customer);
        ids[i] = customer.getId();
      }
      lookups = Dataset.shuffled(ids, 42);
    }

    Long nextId() {
      Long id = lookups[next];
      next = next + 1 == lookups.length ? 0 : next + 1;
      return id;
    }
  }

  @Benchmark
  public Customer findById(Customers state) {
    return state.byId.get(state.nextId()).copy();
  }

  @Benchmark
  public List<Customer> filterTopFifty(Customers state) {
    return filterTopFifty(state.byId.values(), CustomerTier.GOLD);
  }

  /** The customers of a tier, newest first, at most {@value #TOP}, copied. */
  static List<Customer> filterTopFifty(Iterable<Customer> customers, CustomerTier tier) {
    PriorityQueue<Customer> top = new PriorityQueue<>(TOP + 1, NEWEST_FIRST.reversed());
    for (Customer customer : customers) {
      if (customer.getTier() == tier && (top.size() < TOP || NEWEST_FIRST.compare(customer, top.peek()) < 0)) {
        top.add(customer);
        if (top.size() > TOP) {
          top.poll();
        }
      }
    }
    List<Customer> result = new ArrayList<>(top.size());
    while (!top.isEmpty()) {
      result.add(top.poll().copy());
    }
    result.sort(NEWEST_FIRST);
    return result;
  }
}
