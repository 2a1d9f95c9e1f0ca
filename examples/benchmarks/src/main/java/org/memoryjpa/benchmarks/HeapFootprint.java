package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import java.lang.ref.Reference;
import java.util.HashMap;
import java.util.Map;
import org.memoryjpa.benchmarks.model.Customer;

/**
 * Workload 7: the heap retained by stored entities, as a GC'd heap delta, the same method for every
 * contender: bootstrap (empty schema), full GC, measure; store the customers through JPA in
 * transactions of 1,000, drop every reference but the factory, full GC, measure. The difference is
 * what the data costs: rows, indexes, and whatever else the provider keeps for them (H2 keeps its
 * in-memory database in this JVM too). {@code plain} stores the same objects in a {@code HashMap}
 * instead: the floor. Run in its own process ({@link Suite} uses {@code -XX:+UseSerialGC} so that
 * "used after a full GC" is exact); prints one line starting with {@value #RESULT}.
 */
public final class HeapFootprint {

  static final String RESULT = "heap ";

  private HeapFootprint() {}

  /** {@code HeapFootprint memory|hibernate|plain [count]}. */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: HeapFootprint memory|hibernate|plain [count]");
    }
    int count = args.length == 2 ? Integer.parseInt(args[1]) : Dataset.STORED_CUSTOMERS;
    long bytes = "plain".equals(args[0]) ? measurePlain(count) : measure(Provider.of(args[0]), count);
    System.out.println(RESULT + "retainedBytes=" + bytes + " entities=" + count);
  }

  /** Bytes retained by {@code count} customers stored through the provider. */
  static long measure(Provider provider, int count) {
    EntityManagerFactory factory = provider.bootstrap("heap");
    try {
      long before = usedAfterGc();
      Dataset.storeCustomers(factory, count); // the ids it returns are dropped here, not counted
      long after = usedAfterGc();
      Reference.reachabilityFence(factory);
      return after - before;
    } finally {
      factory.close();
    }
  }

  /** Bytes retained by the same customers, with ids, in a {@link HashMap} by id. */
  static long measurePlain(int count) {
    long before = usedAfterGc();
    Map<Long, Customer> byId = new HashMap<>();
    for (int i = 0; i < count; i++) {
      Customer customer = Dataset.customer(i);
      customer.assignId(i + 1L);
      byId.put(customer.getId(), customer);
    }
    long after = usedAfterGc();
    Reference.reachabilityFence(byId);
    return after - before;
  }

  /** Heap in use after full collections, once two in a row agree. */
  static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long previous = -1;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = runtime.totalMemory() - runtime.freeMemory();
      if (Math.abs(used - previous) < 1024) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
