package org.memoryjpa.internal.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.ManagedTypeModel;
import org.memoryjpa.internal.metadata.PluralMapping;

/**
 * The order {@code @OrderBy} gives a loaded collection: a comma-separated list of attribute paths,
 * each ASC (default) or DESC; an empty value orders entities by id and basic elements by value.
 * Values compare in their stored form, as the database orders them (an enum mapped as STRING by its
 * name, a converted value by its database form); NULL sorts first ascending, as in H2. Stateless
 * once built.
 */
final class CollectionOrder {

  private CollectionOrder() {}

  /** The order of a collection of entities of {@code target}. */
  static Comparator<Object> of(EntityModel target, String orderBy) {
    if (orderBy.trim().isEmpty()) {
      return (a, b) -> StoredValues.compare(EntityIds.keyOfEntity(target, a), EntityIds.keyOfEntity(target, b));
    }
    return byPaths(target, orderBy);
  }

  /** The order of an element collection: by the basic value itself, or by attributes of embeddables. */
  static Comparator<Object> ofElements(PluralMapping mapping) {
    if (mapping.elementEmbeddable() == null) {
      return (a, b) -> StoredValues.compare(
          mapping.elementConversion().toStored(a), mapping.elementConversion().toStored(b));
    }
    String orderBy = mapping.orderBy().trim();
    if (orderBy.isEmpty()) {
      orderBy = String.join(",", mapping.elementEmbeddable().attributes().stream()
          .filter(a -> a instanceof BasicMapping).map(AttributeMapping::name).toList());
    }
    return orderBy.isEmpty() ? (a, b) -> 0 : byPaths(mapping.elementEmbeddable(), orderBy);
  }

  private static Comparator<Object> byPaths(ManagedTypeModel type, String orderBy) {
    List<Comparator<Object>> parts = new ArrayList<>();
    for (String part : orderBy.trim().split(",")) {
      String[] words = part.trim().split("\\s+");
      List<AttributeMapping> path = resolve(type, words[0]);
      boolean descending = words.length > 1 && words[1].toUpperCase(Locale.ROOT).equals("DESC");
      Comparator<Object> comparator = (a, b) -> StoredValues.compare(read(path, a), read(path, b));
      parts.add(descending ? comparator.reversed() : comparator);
    }
    Comparator<Object> combined = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      combined = combined.thenComparing(parts.get(i));
    }
    return combined;
  }

  private static List<AttributeMapping> resolve(ManagedTypeModel root, String dotted) {
    List<AttributeMapping> path = new ArrayList<>();
    ManagedTypeModel type = root;
    for (String name : dotted.split("\\.")) {
      if (type == null) {
        throw new IllegalArgumentException("@OrderBy path '" + dotted + "' cannot be followed on "
            + root.describe());
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
    AttributeMapping leaf = path.get(path.size() - 1);
    return leaf instanceof BasicMapping basic ? basic.conversion().toStored(current) : current;
  }
}
