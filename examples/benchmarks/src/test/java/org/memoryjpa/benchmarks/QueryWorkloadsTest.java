package org.memoryjpa.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.benchmarks.model.Customer;
import org.memoryjpa.benchmarks.model.CustomerTier;
import org.memoryjpa.benchmarks.model.OrderStatus;

/** The query workloads of {@link QueryBenchmark} return, on both providers, what the plain-Java floor computes. */
class QueryWorkloadsTest {

  private static final int CUSTOMERS = 1_000;
  private static final int ORDERS = 2 * Workloads.ORDERS_PER_PERSIST;

  @ParameterizedTest
  @EnumSource(Provider.class)
  void queryWorkloads_smallShop_returnWhatThePlainJavaFloorComputes(Provider provider) {
    EntityManagerFactory factory = provider.bootstrap("query-smoke");
    try {
      Long[] customerIds = Dataset.storeCustomers(factory, CUSTOMERS);
      Long[] productIds = Dataset.storeProducts(factory, Dataset.REFERENCED);
      for (int i = 0; i < ORDERS / Workloads.ORDERS_PER_PERSIST; i++) {
        Workloads.persistOrders(factory, customerIds, productIds, i);
      }
      Customer byEmail = QueryWorkloads.customerByEmail(factory, "customer7@example.org");

      assertThat(byEmail.getName()).isEqualTo("Customer 7");
      assertThat(QueryWorkloads.customerByEmailCriteria(factory, "customer7@example.org").getId())
          .isEqualTo(byEmail.getId());
      List<Customer> expected = PlainJavaFloorBenchmark.filterTopFifty(
          java.util.stream.IntStream.range(0, CUSTOMERS).mapToObj(i -> {
            Customer customer = Dataset.customer(i);
            customer.assignId(customerIds[i]);
            return customer;
          }).toList(), CustomerTier.GOLD);
      assertThat(QueryWorkloads.newestOfTier(factory, CustomerTier.GOLD))
          .extracting(Customer::getId)
          .containsExactlyElementsOf(expected.stream().map(Customer::getId).toList());
      List<Object[]> revenue = QueryWorkloads.revenueByTier(factory, OrderStatus.PLACED);
      assertThat(revenue.stream().mapToLong(row -> ((Number) row[1]).longValue()).sum()).isEqualTo(ORDERS);
      assertThat(revenue).allSatisfy(row -> assertThat((BigDecimal) row[2]).isPositive());
      assertThat(QueryWorkloads.moveOrders(factory, OrderStatus.PLACED, OrderStatus.PAID)).isEqualTo(ORDERS);
      assertThat(QueryWorkloads.revenueByTier(factory, OrderStatus.PLACED)).isEmpty();
    } finally {
      factory.close();
    }
  }
}
