package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.memoryjpa.benchmarks.model.CustomerTier;
import org.memoryjpa.benchmarks.model.OrderStatus;

/**
 * A development aid beside the JMH suite: the benchmark thread's CPU time per operation of one
 * workload, on one contender, as a median of timed slices after a warm-up. On a loaded machine, where
 * JMH's wall-clock times swing with the other processes, the thread's own CPU time still moves little,
 * so two builds can be compared while others work; it leaves out the JIT and GC threads and the cache
 * effects of a busy machine, so compare builds with it, and the providers with the suite.
 *
 * <p>Usage: {@code CpuTime WORKLOAD [PROVIDER [WARMUP_SECONDS [SLICES]]]}, with the workloads
 * {@code find}, {@code update}, {@code persist}, {@code selective}, {@code criteria}, {@code broad},
 * {@code groupby}, {@code bulk} (or a comma-separated list: all but the last run for the warm-up time
 * first, on the same stored shop), and the providers {@code memory} (default) and {@code hibernate}.
 * Run it with {@code mvn -B -q -pl examples/benchmarks -am -Pcputime -DskipTests verify
 * -Dbench.args="find"}.
 */
public final class CpuTime {

  private static final double SLICE_SECONDS = 1.5;

  // wall-clock µs per operation of the last measurement's slices: far above the CPU time means GC or
  // other threads' work (or a busy machine)
  private static final List<Double> wallPerOp = new ArrayList<>();
  // bytes the benchmark thread allocated per operation in each slice: unlike time, not moved by load
  private static final List<Long> bytesPerOp = new ArrayList<>();

  private CpuTime() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: CpuTime find|update|persist|selective|criteria|broad|groupby|bulk "
          + "[memory|hibernate [warmup-seconds [slices]]]");
      System.exit(2);
    }
    String workload = args[0];
    String provider = args.length > 1 ? args[1] : "memory";
    int warmupSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
    int slices = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    // "bulk,groupby": the workloads before the last run for the warm-up time first, as the suite's
    // earlier workloads do in its JVM (what they leave behind, e.g. superseded versions, counts too)
    String[] sequence = workload.split(",");
    for (int i = 0; i < sequence.length - 1; i++) {
      Operation earlier = operation(sequence[i], provider);
      measure(earlier, warmupSeconds, 0);
      earlier.settle();
    }
    workload = sequence[sequence.length - 1];
    Operation operation = operation(workload, provider);
    try {
      List<Double> perOp = measure(operation, warmupSeconds, slices);
      double[] sorted = perOp.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(Locale.ROOT, "%s on %s: CPU µs/op median %.3f (min %.3f, max %.3f) over %d slices: %s%n",
          workload, provider, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length,
          Arrays.toString(perOp.stream().mapToDouble(v -> Math.round(v * 1000) / 1000.0).toArray()));
      System.out.printf(Locale.ROOT, "%s on %s: wall-clock µs/op per slice: %s%n", workload, provider,
          Arrays.toString(wallPerOp.stream().mapToDouble(v -> Math.round(v * 1000) / 1000.0).toArray()));
      System.out.printf(Locale.ROOT, "%s on %s: bytes allocated per op per slice: %s%n", workload, provider,
          bytesPerOp);
    } finally {
      operation.close();
    }
  }

  private static List<Double> measure(Operation operation, int warmupSeconds, int slices) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    while (System.nanoTime() < warmupEnd) {
      operation.run();
    }
    List<Double> perOp = new ArrayList<>();
    wallPerOp.clear();
    bytesPerOp.clear();
    com.sun.management.ThreadMXBean allocation = threads instanceof com.sun.management.ThreadMXBean sun ? sun : null;
    for (int s = 0; s < slices; s++) {
      long sliceEnd = System.nanoTime() + (long) (SLICE_SECONDS * 1e9);
      long ops = 0;
      long cpuStart = threads.getCurrentThreadCpuTime();
      long bytesStart = allocation == null ? 0 : allocation.getCurrentThreadAllocatedBytes();
      while (System.nanoTime() < sliceEnd) {
        operation.run();
        ops++;
      }
      perOp.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / ops);
      wallPerOp.add((System.nanoTime() - sliceEnd + (long) (SLICE_SECONDS * 1e9)) / 1e3 / ops);
      if (allocation != null) {
        bytesPerOp.add((allocation.getCurrentThreadAllocatedBytes() - bytesStart) / ops);
      }
    }
    return perOp;
  }

  /** One workload over its stored data, as the JMH states set it up. */
  private interface Operation extends AutoCloseable {
    int run();

    /** Leaves the stored data as the workload found it (the bulk update moves orders to and fro). */
    default void settle() {}

    @Override
    void close();
  }

  private static Operation operation(String workload, String provider) {
    switch (workload) {
      case "find": {
        EntityManagerFactory factory = Provider.of(provider).bootstrap("find");
        Long[] ids = Dataset.shuffled(Dataset.storeCustomers(factory, Dataset.STORED_CUSTOMERS), 42);
        int[] next = {0};
        return of(factory, () -> Workloads.findCustomer(factory, ids[next[0]++ % ids.length]).hashCode());
      }
      case "update": {
        EntityManagerFactory factory = Provider.of(provider).bootstrap("update");
        Long[] ids = Dataset.shuffled(Dataset.storeProducts(factory, Dataset.STORED_PRODUCTS), 43);
        int[] next = {0};
        return of(factory, () -> {
          int s = next[0]++;
          return (int) Workloads.repriceProduct(factory, ids[s % ids.length], s / ids.length);
        });
      }
      case "persist": {
        EntityManagerFactory factory = Provider.of(provider).bootstrap("persist");
        int[] sequence = {0};
        Long[][] references = new Long[2][];
        return of(factory, () -> {
          // a fresh order book every 200 operations, as JMH's iterations truncate it
          if (sequence[0] % 200 == 0) {
            factory.getSchemaManager().truncate();
            references[0] = Dataset.storeCustomers(factory, Dataset.REFERENCED);
            references[1] = Dataset.storeProducts(factory, Dataset.REFERENCED);
          }
          return (int) Workloads.persistOrders(factory, references[0], references[1], sequence[0]++);
        });
      }
      default:
        return queryOperation(workload, provider);
    }
  }

  private static Operation queryOperation(String workload, String provider) {
    QueryBenchmark.Shop shop = QueryBenchmark.Shop.of(provider, Dataset.STORED_CUSTOMERS, 20_000);
    EntityManagerFactory factory = shop.factory;
    int[] next = {0};
    IntSupplier run;
    switch (workload) {
      case "selective":
        run = () -> QueryWorkloads.customerByEmail(factory, shop.emails[next[0]++ % shop.emails.length]).hashCode();
        break;
      case "criteria":
        run = () -> QueryWorkloads.customerByEmailCriteria(factory, shop.emails[next[0]++ % shop.emails.length])
            .hashCode();
        break;
      case "broad":
        run = () -> QueryWorkloads.newestOfTier(factory, CustomerTier.GOLD).size();
        break;
      case "groupby":
        run = () -> QueryWorkloads.revenueByTier(factory, OrderStatus.PLACED).size();
        break;
      case "bulk":
        run = () -> (next[0]++ & 1) == 0
            ? QueryWorkloads.moveOrders(factory, OrderStatus.PLACED, OrderStatus.PAID)
            : QueryWorkloads.moveOrders(factory, OrderStatus.PAID, OrderStatus.PLACED);
        break;
      default:
        QueryBenchmark.Shop.release();
        throw new IllegalArgumentException("unknown workload: " + workload);
    }
    Operation operation = of(factory, run);
    if (!workload.equals("bulk")) {
      return operation;
    }
    return new Operation() {
      @Override
      public int run() {
        return operation.run();
      }

      @Override
      public void settle() {
        if ((next[0] & 1) == 1) {
          operation.run();
        }
      }

      @Override
      public void close() {
        settle();
        operation.close();
      }
    };
  }

  private static Operation of(EntityManagerFactory factory, IntSupplier run) {
    return new Operation() {
      @Override
      public int run() {
        return run.getAsInt();
      }

      @Override
      public void close() {
        if (factory.isOpen()) {
          factory.close();
        }
      }
    };
  }
}
