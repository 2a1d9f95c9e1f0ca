package org.memoryjpa.metamodel.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores {@link Money} as its amount; applied to every Money attribute. */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(Money money) {
    return money == null ? null : money.amount();
  }

  @Override
  public Money convertToEntityAttribute(BigDecimal amount) {
    return amount == null ? null : new Money(amount);
  }
}
