package org.memoryjpa.internal.session;

import java.lang.invoke.MethodHandle;
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

  /**
   * Generates accessors for every attribute of {@code entity} that has none yet, and callers of the
   * constructors of the entity and its embeddables; true if it did.
   */
  static boolean install(EntityModel entity) {
    List<PropertyAccessor> accessors = new ArrayList<>();
    List<ManagedTypeModel> types = new ArrayList<>();
    collect(entity, accessors, types, Collections.newSetFromMap(new IdentityHashMap<>()));
    if (accessors.isEmpty()) {
      return false;
    }
    List<AccessorGenerator.Handles> handles = new ArrayList<>(accessors.size() + types.size());
    for (PropertyAccessor accessor : accessors) {
      handles.add(new AccessorGenerator.Handles(accessor.getterHandle(), accessor.setterHandle()));
    }
    // a constructor rides along as a getter that ignores its argument
    List<ManagedTypeModel> instantiable = new ArrayList<>(types.size());
    for (ManagedTypeModel type : types) {
      MethodHandle constructor = type.instantiatorHandle();
      if (constructor != null) {
        instantiable.add(type);
        handles.add(new AccessorGenerator.Handles(constructor, null));
      }
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
    for (int i = 0; i < instantiable.size(); i++) {
      instantiable.get(i).useDirectInstantiator(generated.get(accessors.size() + i));
    }
    return true;
  }

  private static void collect(
      ManagedTypeModel type, List<PropertyAccessor> into, List<ManagedTypeModel> types, Set<Object> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    types.add(type);
    for (AttributeMapping attribute : type.attributes()) {
      PropertyAccessor accessor = attribute.accessor();
      if (!accessor.isDirect() && seen.add(accessor)) {
        into.add(accessor);
      }
      if (attribute instanceof EmbeddedMapping embedded) {
        collect(embedded.embeddable(), into, types, seen);
      } else if (attribute instanceof PluralMapping plural) {
        collect(plural.elementEmbeddable(), into, types, seen);
      }
    }
  }
}
