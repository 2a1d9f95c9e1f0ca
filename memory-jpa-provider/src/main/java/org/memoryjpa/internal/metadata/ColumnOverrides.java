package org.memoryjpa.internal.metadata;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code @AttributeOverride}s of an embedded attribute into columns by path. Stateless. */
final class ColumnOverrides {

  private ColumnOverrides() {}

  static Map<String, ColumnModel> read(AnnotatedElement element) {
    List<AttributeOverride> overrides = new ArrayList<>();
    AttributeOverrides many = element.getAnnotation(AttributeOverrides.class);
    if (many != null) {
      overrides.addAll(Arrays.asList(many.value()));
    }
    AttributeOverride one = element.getAnnotation(AttributeOverride.class);
    if (one != null) {
      overrides.add(one);
    }
    if (overrides.isEmpty()) {
      return Map.of();
    }
    Map<String, ColumnModel> byPath = new LinkedHashMap<>();
    for (AttributeOverride override : overrides) {
      String path = override.name();
      String leaf = path.substring(path.lastIndexOf('.') + 1);
      byPath.put(path, AttributeClassifier.column(override.column(), leaf, true));
    }
    return Map.copyOf(byPath);
  }
}
