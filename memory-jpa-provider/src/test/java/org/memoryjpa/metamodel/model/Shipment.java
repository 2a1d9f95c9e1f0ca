package org.memoryjpa.metamodel.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/** The concrete root of a JOINED hierarchy, with an int version. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Shipment {

  @Id
  private long id;

  @Version
  private Integer revision;

  private Instant shippedAt;

  @OneToOne
  private PurchaseOrder order;
}
