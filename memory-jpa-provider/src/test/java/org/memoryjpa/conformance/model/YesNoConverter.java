package org.memoryjpa.conformance.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a Boolean as 'Y' or 'N', so queries compare the converted attribute with Boolean literals. */
@Converter
public class YesNoConverter implements AttributeConverter<Boolean, String> {

  @Override
  public String convertToDatabaseColumn(Boolean value) {
    return value == null ? null : value ? "Y" : "N";
  }

  @Override
  public Boolean convertToEntityAttribute(String column) {
    return column == null ? null : column.equals("Y");
  }
}
