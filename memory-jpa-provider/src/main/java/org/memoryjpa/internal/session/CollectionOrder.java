package org.memoryjpa.internal.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.ManagedTypeModel;

/**
 * The order {@code @OrderBy} gives a loaded collection: a comma-separated list of attribute paths,
 * each ASC (default) or DESC; an empty value orders by id. NULL sorts first ascending, as in H2.
 * Stateless once built.
 */
final class CollectionOrder {

  private CollectionOrder() {}

  static Comparator<Object> of(EntityModel target, String orderBy) {
    List<Comparator<Object>> parts = new ArrayList<>();
    String spec = orderBy.trim();
    if (spec.isEmpty()) {
      parts.add((a, b) -> StoredValues.compare(
          EntityIds.keyOfEntity(target, a), EntityIds.keyOfEntity(target, b)));
    } else {
      for (String part : spec.split(",")) {
        String[] words = part.trim().split("\\s+");
        List<AttributeMapping> path = resolve(target, words[0]);
        boolean descending = words.length > 1 && words[1].toUpperCase(Locale.ROOT).equals("DESC");
        Comparator<Object> comparator = (a, b) -> StoredValues.compare(read(path, a), read(path, b));
        parts.add(descending ? comparator.reversed() : comparator);
      }
    }
    Comparator<Object> combined = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      combined = combined.thenComparing(parts.get(i));
    }
    return combined;
  }

  private static List<AttributeMapping> resolve(EntityModel target, String dotted) {
    List<AttributeMapping> path = new ArrayList<>();
    ManagedTypeModel type = target;
    for (String name : dotted.split("\\.")) {
      if (type == null) {
        throw new IllegalArgumentException("@OrderBy path '" + dotted + "' cannot be followed on "
            + target.describe());
      }
      AttributeMapping attribute = type.requireAttribute(name);
      path.add(attribute);
      type = attribute instanceof EmbeddedMapping embedded ? embedded.embeddable() : null;
    }
    return path;
  }

  private static Object read(List<AttributeMapping> path, Object instance) {
    Object current = org.memoryjpa.internal.proxy.EntityProxies.unproxy(instance);
    for (AttributeMapping attribute : path) {
      if (current == null) {
        return null;
      }
      current = attribute.get(current);
    }
    return current instanceof Enum<?> e ? e.ordinal() : current;
  }
}
