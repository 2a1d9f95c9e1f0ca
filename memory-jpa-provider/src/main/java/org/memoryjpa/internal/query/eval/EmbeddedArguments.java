package org.memoryjpa.internal.query.eval;

import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.ToOneMapping;

/**
 * Turns an embeddable bound as a parameter ({@code where s.id = :key} for an {@code @EmbeddedId}) into
 * the list of stored values its slots hold, depth first in attribute order, as the row layout lays
 * them out; an embedded path evaluates to the same list, so the two compare. Stateless.
 */
final class EmbeddedArguments {

  private EmbeddedArguments() {}

  static List<Object> stored(EmbeddableModel embeddable, Object value, Execution ex) {
    List<Object> stored = new ArrayList<>();
    flatten(embeddable, value, ex, stored);
    return stored;
  }

  private static void flatten(EmbeddableModel embeddable, Object value, Execution ex, List<Object> into) {
    for (AttributeMapping attribute : embeddable.attributes()) {
      Object component = value == null ? null : attribute.get(value);
      if (attribute instanceof BasicMapping basic) {
        into.add(basic.conversion().toStored(component));
      } else if (attribute instanceof EmbeddedMapping nested) {
        flatten(nested.embeddable(), component, ex, into);
      } else if (attribute instanceof ToOneMapping toOne && toOne.isOwning()) {
        into.add(component == null ? null : ex.session().keyOf(toOne.target(), component));
      }
    }
  }
}
