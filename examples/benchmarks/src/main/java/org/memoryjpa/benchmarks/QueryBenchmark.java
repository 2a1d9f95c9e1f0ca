package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.memoryjpa.benchmarks.model.Customer;
import org.memoryjpa.benchmarks.model.CustomerTier;
import org.memoryjpa.benchmarks.model.OrderStatus;
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
 * Workloads 5 (JPQL and Criteria queries) and 6 (bulk UPDATE) over one stored shop: 100,000
 * customers, 1,000 products, 20,000 orders of 3 lines. Loading the shop is the longest setup of the
 * suite (most of all on Hibernate), so the five workloads share it within a JVM ({@link Shop}): the
 * suite runs all of a contender's workloads in one JVM, and the bulk update leaves the orders as it
 * found them. The first of them in JMH's order (the broad query) warms Hibernate's query path up the
 * longest.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = Timing.WARMUP_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Fork(value = 1, jvmArgsAppend = {Timing.HEAP_MIN, Timing.HEAP_MAX})
public class QueryBenchmark {

  /** The shop a workload runs on, and its place in the e-mail lookup order. Single-threaded. */
  @State(Scope.Benchmark)
  public static class StoredShop {
    @Param({"memory", "hibernate"})
    public String provider;

    @Param({"" + Dataset.STORED_CUSTOMERS})
    public int customers;

    /** Orders the aggregate and the bulk update work on, 4 entities each (order + 3 lines). */
    @Param({"20000"})
    public int orders;

    EntityManagerFactory factory;
    String[] emails;
    int next;
    int bulkUpdates;

    @Setup(Level.Trial)
    public void load() {
      Shop shop = Shop.of(provider, customers, orders);
      factory = shop.factory;
      emails = shop.emails;
    }

    /** Moves the orders back if the bulk update left them moved; the shop stays for the next workload. */
    @TearDown(Level.Trial)
    public void close() {
      if ((bulkUpdates & 1) == 1) {
        QueryWorkloads.moveOrders(factory, OrderStatus.PAID, OrderStatus.PLACED);
        bulkUpdates++;
      }
    }

    String nextEmail() {
      String email = emails[next];
      next = next + 1 == emails.length ? 0 : next + 1;
      return email;
    }
  }

  /**
   * The stored shop, loaded once per JVM and contender and shared by the query workloads; a request
   * for another contender or size closes the previous shop. Thread-safe.
   */
  static final class Shop {
    private static Shop current;

    final String key;
    final EntityManagerFactory factory;
    final String[] emails;

    private Shop(String key, EntityManagerFactory factory, String[] emails) {
      this.key = key;
      this.factory = factory;
      this.emails = emails;
    }

    static synchronized Shop of(String provider, int customers, int orders) {
      String key = provider + "/" + customers + "/" + orders;
      if (current != null && current.key.equals(key) && current.factory.isOpen()) {
        return current;
      }
      release();
      EntityManagerFactory factory = Provider.of(provider).bootstrap("query");
      Long[] customerIds = Dataset.storeCustomers(factory, customers);
      Long[] productIds = Dataset.storeProducts(factory, 1_000);
      for (int i = 0; i < orders / Workloads.ORDERS_PER_PERSIST; i++) {
        Workloads.persistOrders(factory, customerIds, productIds, i);
      }
      String[] inOrder = new String[customers];
      for (int i = 0; i < customers; i++) {
        inOrder[i] = Dataset.customer(i).getEmail();
      }
      current = new Shop(key, factory, Dataset.shuffled(inOrder, 42));
      return current;
    }

    /** Closes the shared shop, if any. */
    static synchronized void release() {
      if (current != null && current.factory.isOpen()) {
        current.factory.close();
      }
      current = null;
    }
  }

  /** The first query workload in JMH's (alphabetical) order: it warms Hibernate's query path up. */
  @Benchmark
  @Warmup(iterations = Timing.COLD_PATH_WARMUP_ITERATIONS, time = Timing.ITERATION_SECONDS)
  public List<Customer> broadJpqlTopFifty(StoredShop state) {
    return QueryWorkloads.newestOfTier(state.factory, CustomerTier.GOLD);
  }

  /** Moves all orders from PLACED to PAID and back, one statement per call. */
  @Benchmark
  public int bulkUpdate(StoredShop state) {
    return (state.bulkUpdates++ & 1) == 0
        ? QueryWorkloads.moveOrders(state.factory, OrderStatus.PLACED, OrderStatus.PAID)
        : QueryWorkloads.moveOrders(state.factory, OrderStatus.PAID, OrderStatus.PLACED);
  }

  @Benchmark
  public List<Object[]> joinGroupBy(StoredShop state) {
    return QueryWorkloads.revenueByTier(state.factory, OrderStatus.PLACED);
  }

  /** A path of its own on Hibernate (Criteria to SQM, no HQL cache): warmed up as long as the first query. */
  @Benchmark
  @Warmup(iterations = Timing.COLD_PATH_WARMUP_ITERATIONS, time = Timing.ITERATION_SECONDS)
  public Customer selectiveCriteria(StoredShop state) {
    return QueryWorkloads.customerByEmailCriteria(state.factory, state.nextEmail());
  }

  @Benchmark
  public Customer selectiveJpql(StoredShop state) {
    return QueryWorkloads.customerByEmail(state.factory, state.nextEmail());
  }
}
