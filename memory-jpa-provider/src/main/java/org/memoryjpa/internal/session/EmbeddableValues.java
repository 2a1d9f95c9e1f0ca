package org.memoryjpa.internal.session;

import java.util.List;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.store.CompositeKey;

/**
 * Builds embeddable instances (records through their canonical constructor) from stored component
 * values laid out depth first, as ids and flattened rows hold them. Stateless.
 */
final class EmbeddableValues {

  private EmbeddableValues() {}

  /** Builds from the components of a composite key, starting at {@code position[0]} and advancing it. */
  static Object build(EmbeddableModel embeddable, CompositeKey key, int[] position) {
    List<AttributeMapping> attributes = embeddable.attributes();
    Object[] values = new Object[attributes.size()];
    for (int i = 0; i < values.length; i++) {
      AttributeMapping attribute = attributes.get(i);
      if (attribute instanceof EmbeddedMapping nested) {
        values[i] = build(nested.embeddable(), key, position);
      } else if (attribute instanceof BasicMapping basic) {
        values[i] = basic.conversion().toJava(key.component(position[0]++));
      } else {
        position[0]++; // a reference inside an id: the session resolves it, not the key
      }
    }
    return instantiate(embeddable, values);
  }

  /** A new embeddable instance holding {@code values} in attribute order. */
  static Object instantiate(EmbeddableModel embeddable, Object[] values) {
    if (embeddable.isRecord()) {
      return embeddable.instantiate(values);
    }
    Object instance = embeddable.instantiate();
    List<AttributeMapping> attributes = embeddable.attributes();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null || !attributes.get(i).javaType().isPrimitive()) {
        attributes.get(i).set(instance, values[i]);
      }
    }
    return instance;
  }
}
