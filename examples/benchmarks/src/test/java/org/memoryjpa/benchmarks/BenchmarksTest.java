package org.memoryjpa.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.benchmarks.model.Customer;
import org.memoryjpa.benchmarks.model.CustomerTier;
import org.memoryjpa.benchmarks.model.OrderLine;
import org.memoryjpa.benchmarks.model.Product;
import org.memoryjpa.benchmarks.model.PurchaseOrder;

/**
 * The smoke test: every benchmark, through its JMH state, once per provider on small data, checking
 * that the workload does what its name says. Never times anything: the benchmark is the proof.
 */
class BenchmarksTest {

  @ParameterizedTest
  @EnumSource(Provider.class)
  void bootstrapAndClose_eitherProvider_returnsAClosedFactory(Provider provider) {
    BootstrapBenchmark.Contender state = new BootstrapBenchmark.Contender();
    state.provider = provider.param();
    state.resolve();

    EntityManagerFactory factory = new BootstrapBenchmark().bootstrapAndClose(state);

    assertThat(factory.isOpen()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void persistOrders_eitherProvider_stores250OrdersWithThreeLinesEach(Provider provider) {
    PersistBenchmark.OrderBook state = new PersistBenchmark.OrderBook();
    state.provider = provider.param();
    state.bootstrap();
    try {
      state.reset();
      PersistBenchmark benchmark = new PersistBenchmark();
      benchmark.persistOrders(state);
      long lastOrder = benchmark.persistOrders(state);

      try (EntityManager em = state.factory.createEntityManager()) {
        PurchaseOrder order = em.find(PurchaseOrder.class, lastOrder);
        assertThat(order.getLines()).hasSize(Workloads.LINES_PER_ORDER);
        assertThat(order.getLines()).extracting(OrderLine::getQuantity).containsExactlyInAnyOrder(1, 2, 3);
        BigDecimal total = order.getLines().stream()
            .map(line -> line.getUnitPrice().multiply(BigDecimal.valueOf(line.getQuantity())))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(order.getTotal()).isEqualByComparingTo(total);
        assertThat(order.getCustomer().getEmail()).endsWith("@example.org");
      }
      state.reset();
      try (EntityManager em = state.factory.createEntityManager()) {
        assertThat(em.find(PurchaseOrder.class, lastOrder)).as("truncated by the iteration reset").isNull();
      }
    } finally {
      state.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void findById_eitherProvider_returnsTheStoredCustomersInShuffledOrder(Provider provider) {
    FindBenchmark.StoredCustomers state = new FindBenchmark.StoredCustomers();
    state.provider = provider.param();
    state.customers = 2_000;
    state.load();
    try {
      FindBenchmark benchmark = new FindBenchmark();
      Customer first = benchmark.findById(state);
      Customer second = benchmark.findById(state);

      Customer expected = Dataset.customer(generatorIndex(first));
      assertThat(first.getId()).isEqualTo(state.lookups[0]);
      assertThat(second.getId()).isEqualTo(state.lookups[1]);
      assertThat(first.getName()).isEqualTo(expected.getName());
      assertThat(first.getAddress().getCity()).isEqualTo(expected.getAddress().getCity());
      assertThat(first.getRegisteredOn()).isEqualTo(expected.getRegisteredOn());
      assertThat(first.getTier()).isEqualTo(expected.getTier());
    } finally {
      state.close();
    }
  }

  /** The generator index of a stored customer: its e-mail says it. */
  private static int generatorIndex(Customer customer) {
    String email = customer.getEmail();
    return Integer.parseInt(email.substring("customer".length(), email.indexOf('@')));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void repriceProduct_eitherProvider_changesThePriceAndBumpsTheVersion(Provider provider) {
    UpdateBenchmark.StoredProducts state = new UpdateBenchmark.StoredProducts();
    state.provider = provider.param();
    state.products = 50;
    state.load();
    try {
      Long id = state.updates[0];
      BigDecimal before;
      try (EntityManager em = state.factory.createEntityManager()) {
        before = em.find(Product.class, id).getPrice();
      }

      long version = new UpdateBenchmark().repriceProduct(state);

      try (EntityManager em = state.factory.createEntityManager()) {
        Product after = em.find(Product.class, id);
        assertThat(after.getVersion()).isEqualTo(version).isEqualTo(1);
        assertThat(after.getPrice()).isEqualByComparingTo(before.add(new BigDecimal("0.01")));
        assertThat(after.getCategories()).hasSize(2);
      }
    } finally {
      state.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void queryWorkloads_eitherProvider_shareOneShopAndLeaveTheOrdersAsTheyFoundThem(Provider provider) {
    QueryBenchmark.StoredShop first = shop(provider);
    try {
      QueryBenchmark benchmark = new QueryBenchmark();
      Customer byJpql = benchmark.selectiveJpql(first);
      Customer byCriteria = benchmark.selectiveCriteria(first);
      int moved = benchmark.bulkUpdate(first);
      first.close(); // JMH's trial teardown, after an odd number of bulk updates
      QueryBenchmark.StoredShop second = shop(provider);

      assertThat(byJpql.getEmail()).isEqualTo(first.emails[0]);
      assertThat(byCriteria.getEmail()).isEqualTo(first.emails[1]);
      assertThat(moved).isEqualTo(SHOP_ORDERS);
      assertThat(second.factory).as("loaded once per JVM").isSameAs(first.factory);
      assertThat(benchmark.joinGroupBy(second))
          .as("all orders PLACED again").extracting(row -> ((Number) row[1]).longValue())
          .containsOnly((long) SHOP_ORDERS / CustomerTier.values().length);
      assertThat(benchmark.broadJpqlTopFifty(second)).hasSize(PlainJavaFloorBenchmark.TOP)
          .allMatch(c -> c.getTier() == CustomerTier.GOLD);
    } finally {
      QueryBenchmark.Shop.release();
    }
    assertThat(first.factory.isOpen()).isFalse();
  }

  private static final int SHOP_ORDERS = 2 * Workloads.ORDERS_PER_PERSIST;

  private static QueryBenchmark.StoredShop shop(Provider provider) {
    QueryBenchmark.StoredShop state = new QueryBenchmark.StoredShop();
    state.provider = provider.param();
    state.customers = 1_000;
    state.orders = SHOP_ORDERS;
    state.load();
    return state;
  }

  @org.junit.jupiter.api.Test
  void plainJavaFloor_findAndFilter_matchTheDataset() {
    PlainJavaFloorBenchmark.Customers state = new PlainJavaFloorBenchmark.Customers();
    state.customers = 2_000;
    state.load();
    PlainJavaFloorBenchmark benchmark = new PlainJavaFloorBenchmark();

    Customer found = benchmark.findById(state);
    List<Customer> newest = benchmark.filterTopFifty(state);

    assertThat(found.getId()).isEqualTo(state.lookups[0]);
    assertThat(found).isNotSameAs(state.byId.get(found.getId()));
    assertThat(found.getEmail()).isEqualTo(state.byId.get(found.getId()).getEmail());
    assertThat(newest).hasSize(PlainJavaFloorBenchmark.TOP)
        .allMatch(c -> c.getTier() == CustomerTier.GOLD)
        .isSortedAccordingTo(PlainJavaFloorBenchmark.NEWEST_FIRST);
    assertThat(newest.get(0).getRegisteredOn()).isEqualTo(state.byId.values().stream()
        .filter(c -> c.getTier() == CustomerTier.GOLD).map(Customer::getRegisteredOn)
        .max(Comparable::compareTo).orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void coldStartAndHeap_eitherProvider_runToTheEnd(Provider provider) {
    long[] nanos = ColdStart.run(provider);
    long bytes = HeapFootprint.measure(provider, 1_000);

    assertThat(nanos).hasSize(2);
    assertThat(bytes).isNotZero();
  }
}
