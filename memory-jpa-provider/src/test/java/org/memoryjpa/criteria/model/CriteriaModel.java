package org.memoryjpa.criteria.model;

import java.util.List;

/** The classes of the Criteria test model, and the result classes its queries construct. */
public final class CriteriaModel {

  /** Every managed class. */
  public static final List<Class<?>> CLASSES = List.of(
      BaseEntity.class, Customer.class, PurchaseOrder.class, OrderLine.class, Product.class,
      Payment.class, CardPayment.class, BankTransfer.class, Address.class);

  private CriteriaModel() {}

  /** A constructor-expression result. */
  public record CustomerSummary(String name, Long orders) {}
}
