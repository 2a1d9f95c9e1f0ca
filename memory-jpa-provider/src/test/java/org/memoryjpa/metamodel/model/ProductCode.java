package org.memoryjpa.metamodel.model;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** An embedded id. */
@Embeddable
public class ProductCode implements Serializable {

  private String vendor;

  private String sku;

  protected ProductCode() {}

  public ProductCode(String vendor, String sku) {
    this.vendor = vendor;
    this.sku = sku;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProductCode other
        && Objects.equals(vendor, other.vendor)
        && Objects.equals(sku, other.sku);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vendor, sku);
  }
}
