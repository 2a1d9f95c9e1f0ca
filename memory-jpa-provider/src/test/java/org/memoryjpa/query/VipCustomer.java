package org.memoryjpa.query;

import jakarta.persistence.Entity;

/** A subtype in the customers' hierarchy (single table). */
@Entity
public class VipCustomer extends Customer {

  private int level;

  protected VipCustomer() {}

  public VipCustomer(Long id, String name, Integer age, int level) {
    super(id, name, age);
    this.level = level;
  }

  public int getLevel() {
    return level;
  }
}
