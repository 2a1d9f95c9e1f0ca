package org.memoryjpa.internal.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.proxy.PersistentCollection;

/**
 * Stores element collections as immutable values and builds them back: basic elements in their
 * stored form, embeddable elements as immutable lists of their attributes' stored values (so value
 * equality works for dirty checking), maps as ordered immutable maps. Stateless.
 */
final class ElementCodec {

  /** The stored form of an element collection's current contents. */
  Object toStored(PluralMapping mapping, Object value) {
    if (value instanceof PersistentCollection lazy && !lazy.isInitialized()) {
      return EntityCodec.UNCHANGED;
    }
    if (value == null) {
      return mapping.collectionType() == jakarta.persistence.metamodel.PluralAttribute.CollectionType.MAP
          ? Map.of() : List.of();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> stored = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        stored.put(storedKey(mapping, entry.getKey()), storedElement(mapping, entry.getValue()));
      }
      return Collections.unmodifiableMap(stored);
    }
    Collection<?> elements = (Collection<?>) value;
    List<Object> stored = new ArrayList<>(elements.size());
    for (Object element : elements) {
      stored.add(storedElement(mapping, element));
    }
    return Collections.unmodifiableList(stored);
  }

  /** Fresh Java elements from a stored collection. */
  Collection<Object> toJavaElements(PluralMapping mapping, Object stored) {
    List<Object> elements = new ArrayList<>();
    if (stored instanceof Collection<?> collection) {
      for (Object element : collection) {
        elements.add(javaElement(mapping, element));
      }
    }
    if (mapping.orderBy() != null && mapping.orderColumn() == null) {
      elements.sort(CollectionOrder.ofElements(mapping));
    }
    return elements;
  }

  /** Fresh Java entries from a stored map. */
  Map<Object, Object> toJavaMap(PluralMapping mapping, Object stored) {
    Map<Object, Object> entries = new LinkedHashMap<>();
    if (stored instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        entries.put(javaKey(mapping, entry.getKey()), javaElement(mapping, entry.getValue()));
      }
    }
    return entries;
  }

  private static Object storedElement(PluralMapping mapping, Object element) {
    if (mapping.elementEmbeddable() != null) {
      return element == null ? null : storedEmbeddable(mapping.elementEmbeddable(), element);
    }
    return mapping.elementConversion().toStored(element);
  }

  private static Object javaElement(PluralMapping mapping, Object stored) {
    if (mapping.elementEmbeddable() != null) {
      return stored == null ? null : javaEmbeddable(mapping.elementEmbeddable(), (List<?>) stored);
    }
    return mapping.elementConversion().toJava(stored);
  }

  private static Object storedKey(PluralMapping mapping, Object key) {
    if (mapping.keyEmbeddable() != null) {
      return key == null ? null : storedEmbeddable(mapping.keyEmbeddable(), key);
    }
    return mapping.keyConversion().toStored(key);
  }

  private static Object javaKey(PluralMapping mapping, Object stored) {
    if (mapping.keyEmbeddable() != null) {
      return stored == null ? null : javaEmbeddable(mapping.keyEmbeddable(), (List<?>) stored);
    }
    return mapping.keyConversion().toJava(stored);
  }

  static List<Object> storedEmbeddable(EmbeddableModel embeddable, Object value) {
    List<AttributeMapping> attributes = embeddable.attributes();
    Object[] stored = new Object[attributes.size()];
    for (int i = 0; i < stored.length; i++) {
      AttributeMapping attribute = attributes.get(i);
      Object component = attribute.get(value);
      if (attribute instanceof EmbeddedMapping nested) {
        stored[i] = component == null ? null : storedEmbeddable(nested.embeddable(), component);
      } else if (attribute instanceof BasicMapping basic) {
        stored[i] = basic.conversion().toStored(component);
      } else {
        stored[i] = null; // associations inside collection elements are not supported
      }
    }
    return Collections.unmodifiableList(Arrays.asList(stored));
  }

  static Object javaEmbeddable(EmbeddableModel embeddable, List<?> stored) {
    List<AttributeMapping> attributes = embeddable.attributes();
    Object[] values = new Object[attributes.size()];
    for (int i = 0; i < values.length; i++) {
      AttributeMapping attribute = attributes.get(i);
      Object component = stored.get(i);
      if (attribute instanceof EmbeddedMapping nested) {
        values[i] = component == null ? null : javaEmbeddable(nested.embeddable(), (List<?>) component);
      } else if (attribute instanceof BasicMapping basic) {
        values[i] = basic.conversion().toJava(component);
      }
    }
    return EmbeddableValues.instantiate(embeddable, values);
  }

}
