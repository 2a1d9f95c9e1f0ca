package org.memoryjpa.internal.session;

import jakarta.persistence.FetchType;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.RowLayout;
import org.memoryjpa.internal.metadata.Slot;
import org.memoryjpa.internal.metadata.ToOneMapping;

/**
 * How to fill an instance of one entity type from a row, worked out once: a step per attribute with
 * its slot index already resolved, embeddables as nested steps with the slots that decide whether they
 * are null. Hydration then does no path lookups and builds no strings. Immutable and thread-safe.
 */
final class HydrationPlan {

  /** Hydrates one attribute: produces its value from a row. */
  private abstract static class Step {
    final AttributeMapping mapping;

    Step(AttributeMapping mapping) {
      this.mapping = mapping;
    }

    abstract Object value(Object owner, Object key, Object[] values, References refs);

    void apply(Object target, Object key, Object[] values, References refs) {
      mapping.set(target, value(target, key, values, refs));
    }
  }

  private final Step[] steps;
  private final Map<String, EmbeddedStep> embeddedByPath = new HashMap<>();
  private final EntityModel entity;

  HydrationPlan(EntityModel entity, EntityCodec codec) {
    this.entity = entity;
    RowLayout layout = entity.layout();
    List<Step> list = new ArrayList<>();
    for (AttributeMapping attribute : entity.attributes()) {
      list.add(step(attribute, attribute.name(), layout, codec));
    }
    this.steps = list.toArray(new Step[0]);
  }

  /** Fills a fresh instance from a row's values. */
  void hydrate(Object instance, Object key, Object[] values, References refs) {
    for (Step step : steps) {
      step.apply(instance, key, values, refs);
    }
  }

  /** The embeddable at a path of the row (null when all its columns are), or null for an unknown path. */
  Object embedded(String path, Object key, Object[] values, References refs) {
    EmbeddedStep step = embeddedByPath.get(path);
    return step == null ? null : step.value(null, key, values, refs);
  }

  private Step step(AttributeMapping attribute, String path, RowLayout layout, EntityCodec codec) {
    if (attribute instanceof BasicMapping basic) {
      Slot slot = layout.findSlot(entity, path);
      return new BasicStep(basic, slot.index(), slot.columnName(), path);
    }
    if (attribute instanceof EmbeddedMapping embedded) {
      EmbeddableModel embeddable = embedded.embeddable();
      List<Step> inner = new ArrayList<>();
      for (AttributeMapping component : embeddable.attributes()) {
        inner.add(step(component, path + "." + component.name(), layout, codec));
      }
      List<Integer> decisive = new ArrayList<>();
      for (Slot slot : layout.slotsOf(entity)) {
        if (slot.path().startsWith(path + ".")
            && (slot.kind() == Slot.Kind.VALUE || slot.kind() == Slot.Kind.REFERENCE)) {
          decisive.add(slot.index());
        }
      }
      EmbeddedStep step = new EmbeddedStep(embedded, embeddable, inner.toArray(new Step[0]),
          decisive.stream().mapToInt(Integer::intValue).toArray());
      embeddedByPath.put(path, step);
      return step;
    }
    if (attribute instanceof ToOneMapping toOne) {
      int slot = toOne.isOwning() ? layout.findSlot(entity, path).index() : -1;
      return new ToOneStep(toOne, slot);
    }
    PluralMapping plural = (PluralMapping) attribute;
    Slot slot = layout.findSlot(entity, path);
    return new PluralStep(plural, slot == null ? -1 : slot.index(), codec, entity.name() + "." + plural.name());
  }

  private final class BasicStep extends Step {
    private final BasicMapping basic;
    private final int slot;
    private final String column;
    private final String path;
    private final boolean primitive;

    BasicStep(BasicMapping basic, int slot, String column, String path) {
      super(basic);
      this.basic = basic;
      this.slot = slot;
      this.column = column;
      this.path = path;
      this.primitive = basic.javaType().isPrimitive();
    }

    @Override
    Object value(Object owner, Object key, Object[] values, References refs) {
      Object value = basic.conversion().toJava(values[slot]);
      if (value == null && primitive) {
        // as Hibernate, which fails to assign it: a NULL column cannot load into a primitive
        throw new PersistenceException(
            "Null value in column '" + column + "' of '" + entity.name() + "#" + EntityIds.idOfKey(entity, key)
                + "' cannot be assigned to primitive attribute '" + path
                + "'; declare the attribute with a wrapper type");
      }
      return value;
    }
  }

  private static final class EmbeddedStep extends Step {
    private final EmbeddableModel embeddable;
    private final Step[] inner;
    private final int[] decisiveSlots;

    EmbeddedStep(EmbeddedMapping mapping, EmbeddableModel embeddable, Step[] inner, int[] decisiveSlots) {
      super(mapping);
      this.embeddable = embeddable;
      this.inner = inner;
      this.decisiveSlots = decisiveSlots;
    }

    @Override
    Object value(Object owner, Object key, Object[] values, References refs) {
      boolean allNull = true;
      for (int slot : decisiveSlots) {
        if (values[slot] != null) {
          allNull = false;
          break;
        }
      }
      if (allNull) {
        return null; // as Hibernate: an embedded whose columns are all null loads as null
      }
      if (embeddable.isRecord()) {
        Object[] components = new Object[inner.length];
        for (int i = 0; i < components.length; i++) {
          components[i] = inner[i].value(null, key, values, refs);
        }
        return embeddable.instantiate(components);
      }
      Object instance = embeddable.instantiate();
      for (Step step : inner) {
        step.apply(instance, key, values, refs);
      }
      return instance;
    }
  }

  private static final class ToOneStep extends Step {
    private final ToOneMapping toOne;
    private final int slot;
    private final boolean lazy;

    ToOneStep(ToOneMapping toOne, int slot) {
      super(toOne);
      this.toOne = toOne;
      this.slot = slot;
      this.lazy = toOne.fetch() == FetchType.LAZY;
    }

    @Override
    Object value(Object owner, Object key, Object[] values, References refs) {
      if (slot < 0) {
        return refs.inverseOne(toOne, key);
      }
      Object targetKey = values[slot];
      return targetKey == null ? null : refs.referenced(toOne.target(), targetKey, lazy);
    }
  }

  private static final class PluralStep extends Step {
    private final PluralMapping plural;
    private final String role;
    private final int slot;
    private final EntityCodec codec;

    PluralStep(PluralMapping plural, int slot, EntityCodec codec, String role) {
      super(plural);
      this.plural = plural;
      this.role = role;
      this.slot = slot;
      this.codec = codec;
    }

    @Override
    Object value(Object owner, Object key, Object[] values, References refs) {
      return codec.collectionValue(owner, plural, role, key, slot < 0 ? null : values[slot], refs);
    }
  }
}
