package org.memoryjpa.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.BigInteger;

/** A row of numbers of every numeric Java type, for the result types of aggregates and arithmetic. */
@Entity
@Table(name = "q_measure")
public class Measure {

  @Id
  private Long id;

  private Short small;

  private Byte tiny;

  private Integer count;

  private Long big;

  private Float ratio;

  private Double weight;

  private BigDecimal amount;

  private BigInteger huge;

  protected Measure() {}

  public Measure(long id, int value) {
    this.id = id;
    this.small = (short) value;
    this.tiny = (byte) value;
    this.count = value;
    this.big = (long) value;
    this.ratio = value / 2f;
    this.weight = value / 4d;
    this.amount = BigDecimal.valueOf(value, 1);
    this.huge = BigInteger.valueOf(value);
  }

  public Long getId() {
    return id;
  }
}
