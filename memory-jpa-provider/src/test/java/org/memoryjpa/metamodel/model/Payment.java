package org.memoryjpa.metamodel.model;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** The abstract root of a SINGLE_TABLE hierarchy. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Payment {

  @Id
  @GeneratedValue
  private Long id;

  private BigDecimal amount;

  @ManyToOne
  private PurchaseOrder order;
}
