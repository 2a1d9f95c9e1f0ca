package org.memoryjpa.query;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.memoryjpa.testing.Factories;

/**
 * The data every query test starts from, the same on both providers: products, customers with nulls in
 * every optional attribute (one of them a {@link VipCustomer}), referrers, tags, favourites and
 * purchases, one without a customer.
 */
final class QueryData {

  static final Class<?>[] CLASSES = {Customer.class, VipCustomer.class, Product.class, Purchase.class, Shipment.class};

  private QueryData() {}

  static Factories factories() {
    return new Factories(CLASSES);
  }

  static void fill(EntityManagerFactory emf) {
    emf.runInTransaction(em -> {
      Product book = new Product(1L, "Book", 0.5, "media");
      Product lamp = new Product(2L, "Lamp", 2.25, "home");
      Product pen = new Product(3L, "Pen", 0.01, null);
      Product desk = new Product(4L, "Desk", 30.0, "home");
      for (Product product : new Product[] {book, lamp, pen, desk}) {
        em.persist(product);
      }
      Customer ada = new Customer(1L, "Ada", 36).email("ada@x.org").status(Status.ACTIVE).tier(Tier.GOLD)
          .credit("100.50").joined(LocalDate.of(2020, 1, 15)).active(true).address("1 Loop", "London")
          .tag("vip", "early");
      Customer bob = new Customer(2L, "Bob", null).email("bob@x.org").status(Status.NEW)
          .joined(LocalDate.of(2021, 6, 1)).address("2 Main", "Paris");
      Customer cy = new Customer(3L, "Cy", 25).email("cy@x.org").status(Status.SUSPENDED).tier(Tier.SILVER)
          .credit("0.00").joined(LocalDate.of(2019, 3, 3)).active(true).referrer(ada).tag("late");
      Customer dee = new VipCustomer(4L, "Dee", 41, 3).email("dee@x.org").status(Status.ACTIVE).tier(Tier.GOLD)
          .credit("2500.00").joined(LocalDate.of(2018, 12, 24)).active(true).address("9 High", "London")
          .referrer(ada);
      Customer eve = new Customer(5L, "Eve_100%", 25).status(Status.NEW).tier(Tier.BRONZE).credit("10.00")
          .address("5 Side", "Berlin").referrer(cy);
      ada.getFavorites().add(book);
      ada.getFavorites().add(lamp);
      dee.getFavorites().add(desk);
      for (Customer customer : new Customer[] {ada, bob, cy, dee, eve}) {
        em.persist(customer);
      }
      em.persist(new Purchase(1L, ada, book, 2, "20.00", LocalDate.of(2023, 1, 10)));
      em.persist(new Purchase(2L, ada, lamp, 1, "45.50", LocalDate.of(2023, 2, 11)));
      em.persist(new Purchase(3L, cy, book, 5, "50.00", LocalDate.of(2023, 3, 12)));
      em.persist(new Purchase(4L, dee, desk, 1, "300.00", LocalDate.of(2023, 4, 13)));
      em.persist(new Purchase(5L, dee, pen, 10, null, LocalDate.of(2023, 5, 14)));
      em.persist(new Purchase(6L, null, pen, 3, "1.50", LocalDate.of(2023, 6, 15)));
      em.persist(new Shipment(new ShipmentKey("north", 1), 4));
      em.persist(new Shipment(new ShipmentKey("north", 2), 7));
      em.persist(new Shipment(new ShipmentKey("south", 1), 2));
    });
  }
}
