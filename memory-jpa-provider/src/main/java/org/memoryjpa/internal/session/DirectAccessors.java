package org.memoryjpa.internal.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.ManagedTypeModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.PropertyAccessor;
import org.memoryjpa.internal.proxy.AccessorGenerator;

/**
 * Installs generated accessors ({@link AccessorGenerator}) on the attributes of an entity type and
 * of the embeddables it holds, once the type is used often enough to be worth a class: a bootstrap,
 * or a test that loads a few rows, never pays for generating one. Generation that fails leaves the
 * method handles in use, which do the same, only slower. Stateless.
 */
final class DirectAccessors {

  /** Loads and flushes of one entity type after which its accessors are generated. */
  static final int USES_BEFORE_GENERATION = 1_000;

  private DirectAccessors() {}

  /** Generates accessors for every attribute of {@code entity} that has none yet; true if it did. */
  static boolean install(EntityModel entity) {
    List<PropertyAccessor> accessors = new ArrayList<>();
    collect(entity, accessors, Collections.newSetFromMap(new IdentityHashMap<>()));
    if (accessors.isEmpty()) {
      return false;
    }
    List<AccessorGenerator.Handles> handles = new ArrayList<>(accessors.size());
    for (PropertyAccessor accessor : accessors) {
      handles.add(new AccessorGenerator.Handles(accessor.getterHandle(), accessor.setterHandle()));
    }
    List<Object> generated;
    try {
      generated = AccessorGenerator.generate(handles);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return false; // e.g. no class definition allowed here: the handles keep working
    }
    for (int i = 0; i < accessors.size(); i++) {
      accessors.get(i).useDirect(generated.get(i));
    }
    return true;
  }

  private static void collect(ManagedTypeModel type, List<PropertyAccessor> into, Set<Object> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    for (AttributeMapping attribute : type.attributes()) {
      PropertyAccessor accessor = attribute.accessor();
      if (!accessor.isDirect() && seen.add(accessor)) {
        into.add(accessor);
      }
      if (attribute instanceof EmbeddedMapping embedded) {
        collect(embedded.embeddable(), into, seen);
      } else if (attribute instanceof PluralMapping plural) {
        collect(plural.elementEmbeddable(), into, seen);
      }
    }
  }
}
