package org.memoryjpa.internal.session;

import jakarta.persistence.GenerationType;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.IdGeneration;
import org.memoryjpa.internal.store.Database;
import org.memoryjpa.internal.store.Sequence;
import org.memoryjpa.internal.store.Table;

/**
 * Generates ids at persist time, from sequences and identity counters shared by everything using the
 * store, so a value is never handed out twice. Values count up from the initial value one by one (as
 * a Hibernate application sees them within one factory); UUID ids are random. Thread-safe.
 */
final class IdGenerators {

  private final Database database;
  private final Map<String, Sequence> sequences = new ConcurrentHashMap<>();
  private final java.util.function.Function<EntityModel, Table> tables;

  IdGenerators(Database database, java.util.function.Function<EntityModel, Table> tables) {
    this.database = database;
    this.tables = tables;
  }

  /** Generates an id for a new instance, sets it on the instance, and returns its store key. */
  Object generate(EntityModel entity, Object instance) {
    IdGeneration generation = entity.idGeneration();
    BasicMapping id = (BasicMapping) entity.id().single();
    Class<?> type = entity.id().idType();
    Object value;
    if (generation.strategy() == GenerationType.UUID) {
      UUID uuid = UUID.randomUUID();
      value = type == String.class ? uuid.toString() : uuid;
    } else {
      long next = generation.strategy() == GenerationType.IDENTITY
          ? tables.apply(entity).nextIdentity()
          : sequence(generation).next();
      value = numberOf(next, type, entity);
    }
    id.set(instance, value);
    return id.conversion().toStored(value);
  }

  private Sequence sequence(IdGeneration generation) {
    // get first: computeIfAbsent would allocate its capturing lambda and may lock, per id
    Sequence sequence = sequences.get(generation.generatorName());
    return sequence != null ? sequence : sequences.computeIfAbsent(generation.generatorName(),
        name -> database.sequence(name, generation.initialValue(), generation.allocationSize()));
  }

  private static Object numberOf(long value, Class<?> type, EntityModel entity) {
    if (type == Long.class || type == long.class) return value;
    if (type == Integer.class || type == int.class) return Math.toIntExact(value);
    if (type == Short.class || type == short.class) return (short) value;
    if (type == java.math.BigInteger.class) return java.math.BigInteger.valueOf(value);
    if (type == java.math.BigDecimal.class) return java.math.BigDecimal.valueOf(value);
    if (type == String.class) return Long.toString(value);
    throw new jakarta.persistence.PersistenceException(
        "Cannot generate a numeric id of type '" + type.getName() + "' for entity '" + entity.name() + "'");
  }
}
