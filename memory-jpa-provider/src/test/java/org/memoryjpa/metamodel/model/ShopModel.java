package org.memoryjpa.metamodel.model;

import java.util.List;

/** The classes of the test persistence unit, as a persistence.xml would list them. */
public final class ShopModel {

  /** Every listed class; mapped superclasses and embeddables are found through the entities. */
  public static final List<Class<?>> CLASSES =
      List.of(
          Customer.class, LoyaltyCard.class, PurchaseOrder.class, OrderLine.class, Product.class,
          Category.class, Payment.class, CardPayment.class, BankTransfer.class, Shipment.class,
          ParcelShipment.class, FreightShipment.class, Document.class, Invoice.class,
          CreditNote.class, MoneyConverter.class);

  private ShopModel() {}
}
