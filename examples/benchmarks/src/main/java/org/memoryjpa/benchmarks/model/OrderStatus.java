package org.memoryjpa.benchmarks.model;

/** Where an order is in its life, stored by ordinal (JPA's default). */
public enum OrderStatus {
  PLACED,
  PAID,
  SHIPPED,
  DELIVERED,
  CANCELLED
}
