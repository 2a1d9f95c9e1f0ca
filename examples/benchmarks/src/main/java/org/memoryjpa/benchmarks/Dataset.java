package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.memoryjpa.benchmarks.model.Address;
import org.memoryjpa.benchmarks.model.Category;
import org.memoryjpa.benchmarks.model.Customer;
import org.memoryjpa.benchmarks.model.CustomerTier;
import org.memoryjpa.benchmarks.model.Product;

/**
 * The benchmark data: deterministic generators (entity {@code i} is always the same) and loaders that
 * store them through JPA in transactions of {@value #BATCH}, each in a fresh entity manager, as an
 * import would. Every string is its own instance, as values read from a file or a socket are, so
 * neither provider gains from shared constants in the heap figure. Stateless.
 */
public final class Dataset {

  /** Rows behind the find workload and the heap figure. */
  public static final int STORED_CUSTOMERS = 100_000;

  /** Rows behind the update workload. */
  public static final int STORED_PRODUCTS = 10_000;

  /** Customers and products the persist workload's orders refer to. */
  public static final int REFERENCED = 100;

  static final int CATEGORIES = 20;
  static final int BATCH = 1_000;

  private static final CustomerTier[] TIERS = CustomerTier.values();
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

  private Dataset() {}

  /** Customer {@code i}: e-mail {@code customer<i>@example.org}, a quarter in each tier, spread over ten years. */
  public static Customer customer(int i) {
    Address address = new Address(
        (1 + i % 999) + " Main Street", "City " + (i % 500), String.format("%05d", i % 100_000), "GB");
    return new Customer(
        "customer" + i + "@example.org", "Customer " + i, address, TIERS[i % TIERS.length],
        FIRST_DAY.plusDays((i * 7919L) % 3650));
  }

  /** Product {@code i}: SKU {@code SKU-<i>}, a price of 1.00 to 999.99. */
  public static Product product(int i) {
    return new Product("SKU-" + i, "Product " + i, price(i), FIRST_DAY.plusDays(i % 3650));
  }

  /** The list price of product {@code i}, scale 2 as the column stores it. */
  public static BigDecimal price(int i) {
    return BigDecimal.valueOf(100 + (i * 7919L) % 99_900, 2);
  }

  static Category category(int i) {
    return new Category("Category " + i);
  }

  /** Stores customers {@code 0..count-1}; returns their generated ids in that order. */
  public static Long[] storeCustomers(EntityManagerFactory factory, int count) {
    List<Long> ids = new ArrayList<>(count);
    for (int start = 0; start < count; start += BATCH) {
      int end = Math.min(count, start + BATCH);
      List<Customer> batch = new ArrayList<>(end - start);
      try (EntityManager em = factory.createEntityManager()) {
        em.getTransaction().begin();
        for (int i = start; i < end; i++) {
          Customer customer = customer(i);
          em.persist(customer);
          batch.add(customer);
        }
        em.getTransaction().commit();
      }
      for (Customer customer : batch) {
        ids.add(customer.getId());
      }
    }
    return ids.toArray(Long[]::new);
  }

  /**
   * Stores {@value #CATEGORIES} categories and products {@code 0..count-1}, each in two of them;
   * returns the products' ids in that order.
   */
  public static Long[] storeProducts(EntityManagerFactory factory, int count) {
    List<Category> categories = new ArrayList<>(CATEGORIES);
    try (EntityManager em = factory.createEntityManager()) {
      em.getTransaction().begin();
      for (int i = 0; i < CATEGORIES; i++) {
        Category category = category(i);
        em.persist(category);
        categories.add(category);
      }
      em.getTransaction().commit();
    }
    List<Long> ids = new ArrayList<>(count);
    for (int start = 0; start < count; start += BATCH) {
      int end = Math.min(count, start + BATCH);
      List<Product> batch = new ArrayList<>(end - start);
      try (EntityManager em = factory.createEntityManager()) {
        em.getTransaction().begin();
        for (int i = start; i < end; i++) {
          Product product = product(i);
          product.getCategories().add(em.getReference(Category.class, categories.get(i % CATEGORIES).getId()));
          product.getCategories().add(
              em.getReference(Category.class, categories.get((i / CATEGORIES + i + 1) % CATEGORIES).getId()));
          em.persist(product);
          batch.add(product);
        }
        em.getTransaction().commit();
      }
      for (Product product : batch) {
        ids.add(product.getId());
      }
    }
    return ids.toArray(Long[]::new);
  }

  /** The same keys in a fixed pseudo-random order, so lookups do not walk memory in insertion order. */
  public static <T> T[] shuffled(T[] keys, long seed) {
    T[] copy = keys.clone();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = copy.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = copy[i];
      copy[i] = copy[j];
      copy[j] = swap;
    }
    return copy;
  }
}
