package org.memoryjpa.metamodel.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An entity binding the generic id of {@link BaseEntity} differently from {@link Customer}. */
@Entity
public class PurchaseOrder extends BaseEntity<UUID> {

  @ManyToOne(optional = false)
  private Customer customer;

  private LocalDate placedOn;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderColumn
  private List<OrderLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "order")
  private Collection<Payment> payments = new ArrayList<>();

  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  private Map<CustomerStatus, String> notesByStatus = new EnumMap<>(CustomerStatus.class);

  protected PurchaseOrder() {}
}
