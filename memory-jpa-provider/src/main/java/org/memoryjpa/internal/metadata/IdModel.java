package org.memoryjpa.internal.metadata;

import java.util.List;

/**
 * The id of an entity hierarchy: one simple attribute ({@code @Id}), one embedded id
 * ({@code @EmbeddedId}), or several {@code @Id} attributes matched by an {@code @IdClass}.
 * Immutable.
 *
 * @param kind which of the three forms
 * @param attributes the id attributes: one for SIMPLE and EMBEDDED, several for ID_CLASS
 * @param idType the Java type of an id value (the attribute type, the embeddable, or the id class)
 */
public record IdModel(Kind kind, List<AttributeMapping> attributes, Class<?> idType) {

  /** The three forms of id. */
  public enum Kind {
    SIMPLE,
    EMBEDDED,
    ID_CLASS
  }

  public IdModel {
    attributes = List.copyOf(attributes);
  }

  /** The single id attribute of a SIMPLE or EMBEDDED id. */
  public AttributeMapping single() {
    return attributes.get(0);
  }
}
