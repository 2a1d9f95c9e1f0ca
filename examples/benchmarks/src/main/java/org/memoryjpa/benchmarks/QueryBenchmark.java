package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.memoryjpa.benchmarks.model.Customer;
import org.memoryjpa.benchmarks.model.CustomerTier;
import org.memoryjpa.benchmarks.model.OrderStatus;
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
 * PLACEHOLDER — workloads 5 (JPQL and Criteria queries) and 6 (bulk UPDATE), not run and not reported
 * until memory-jpa has JPQL (issue 4) and Criteria (issue 5). The methods below carry no
 * {@code @Benchmark}, so JMH generates nothing for them and the suite prints no row for them.
 *
 * <p>To enable: put {@code @Benchmark} on each method, check that {@code QueryWorkloadsTest} passes
 * on memory-jpa (it skips there while queries throw), and run the suite; {@link ResultTable} already
 * has the rows (and {@link PlainJavaFloorBenchmark#filterTopFifty} the broad query's floor).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = Timing.WARMUP_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Measurement(iterations = Timing.MEASUREMENT_ITERATIONS, time = Timing.ITERATION_SECONDS)
@Fork(value = 1, jvmArgsAppend = {Timing.HEAP_MIN, Timing.HEAP_MAX})
public class QueryBenchmark {

  /** Orders the aggregate and the bulk update work on, 4 entities each (order + 3 lines). */
  static final int STORED_ORDERS = 20_000;

  /** 100,000 customers, 1,000 products, 20,000 orders with 3 lines each. Single-threaded. */
  @State(Scope.Benchmark)
  public static class StoredShop {
    @Param({"memory", "hibernate"})
    public String provider;

    @Param({"" + Dataset.STORED_CUSTOMERS})
    public int customers;

    EntityManagerFactory factory;
    String[] emails;
    int next;
    int bulkUpdates;

    @Setup(Level.Trial)
    public void load() {
      factory = Provider.of(provider).bootstrap("query");
      Long[] customerIds = Dataset.storeCustomers(factory, customers);
      Long[] productIds = Dataset.storeProducts(factory, 1_000);
      for (int i = 0; i < STORED_ORDERS / Workloads.ORDERS_PER_PERSIST; i++) {
        Workloads.persistOrders(factory, customerIds, productIds, i);
      }
      String[] inOrder = new String[customers];
      for (int i = 0; i < customers; i++) {
        inOrder[i] = Dataset.customer(i).getEmail();
      }
      emails = Dataset.shuffled(inOrder, 42);
    }

    @TearDown(Level.Trial)
    public void close() {
      factory.close();
    }

    String nextEmail() {
      String email = emails[next];
      next = next + 1 == emails.length ? 0 : next + 1;
      return email;
    }
  }

  // @Benchmark  — enable when JPQL exists (issue 4)
  public Customer selectiveJpql(StoredShop state) {
    return QueryWorkloads.customerByEmail(state.factory, state.nextEmail());
  }

  // @Benchmark  — enable when JPQL exists (issue 4)
  public List<Customer> broadJpqlTopFifty(StoredShop state) {
    return QueryWorkloads.newestOfTier(state.factory, CustomerTier.GOLD);
  }

  // @Benchmark  — enable when JPQL exists (issue 4)
  public List<Object[]> joinGroupBy(StoredShop state) {
    return QueryWorkloads.revenueByTier(state.factory, OrderStatus.PLACED);
  }

  // @Benchmark  — enable when Criteria exists (issue 5)
  public Customer selectiveCriteria(StoredShop state) {
    return QueryWorkloads.customerByEmailCriteria(state.factory, state.nextEmail());
  }

  // @Benchmark  — enable when JPQL exists (issue 4); moves all 20,000 orders to and fro
  public int bulkUpdate(StoredShop state) {
    return (state.bulkUpdates++ & 1) == 0
        ? QueryWorkloads.moveOrders(state.factory, OrderStatus.PLACED, OrderStatus.PAID)
        : QueryWorkloads.moveOrders(state.factory, OrderStatus.PAID, OrderStatus.PLACED);
  }
}
