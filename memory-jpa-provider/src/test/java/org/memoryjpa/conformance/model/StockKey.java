package org.memoryjpa.conformance.model;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The composite id of a {@link Stock} entry: a warehouse and a bin in it. */
@Embeddable
public class StockKey implements Serializable {

  String warehouse;
  Integer bin;

  public StockKey() {}

  StockKey(String warehouse, Integer bin) {
    this.warehouse = warehouse;
    this.bin = bin;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StockKey that && warehouse.equals(that.warehouse) && bin.equals(that.bin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(warehouse, bin);
  }

  @Override
  public String toString() {
    return warehouse + "/" + bin;
  }
}
