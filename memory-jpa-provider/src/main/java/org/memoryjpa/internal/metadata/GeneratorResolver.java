package org.memoryjpa.internal.metadata;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.SequenceGenerators;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.TableGenerators;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.memoryjpa.internal.diagnostics.MappingErrors;

/**
 * Resolves {@code @GeneratedValue} into an {@link IdGeneration}, finding {@code @SequenceGenerator}s
 * and {@code @TableGenerator}s by name anywhere in the unit (they are unit-wide, JPA 11.1.48) or, as
 * JPA 3.2 allows, unnamed on the attribute, its class or its package. Used only while reading.
 */
final class GeneratorResolver {

  private static final int DEFAULT_ALLOCATION = 50;

  private final Map<String, SequenceGenerator> sequences = new HashMap<>();
  private final Map<String, TableGenerator> tables = new HashMap<>();

  /** Collects the named generators declared on a class, its members and its package. */
  void collect(Class<?> type) {
    collectFrom(type);
    if (type.getPackage() != null) {
      collectFrom(type.getPackage());
    }
    for (var field : type.getDeclaredFields()) {
      collectFrom(field);
    }
    for (var method : type.getDeclaredMethods()) {
      collectFrom(method);
    }
  }

  private void collectFrom(AnnotatedElement element) {
    for (SequenceGenerator generator : sequenceGenerators(element)) {
      if (!generator.name().isEmpty()) {
        sequences.putIfAbsent(generator.name(), generator);
      }
    }
    for (TableGenerator generator : tableGenerators(element)) {
      if (!generator.name().isEmpty()) {
        tables.putIfAbsent(generator.name(), generator);
      }
    }
  }

  /** The generation of a simple id, or null when it has no {@code @GeneratedValue}. */
  IdGeneration resolve(PersistentMember member, EntityModel root, Class<?> idType) {
    GeneratedValue generated = member.annotation(GeneratedValue.class);
    if (generated == null) {
      return null;
    }
    GenerationType strategy = generated.strategy();
    String generator = generated.generator();
    if (strategy == GenerationType.AUTO) {
      if (!generator.isEmpty() && sequences.containsKey(generator)) {
        strategy = GenerationType.SEQUENCE;
      } else if (!generator.isEmpty() && tables.containsKey(generator)) {
        strategy = GenerationType.TABLE;
      } else if (idType == UUID.class || idType == String.class) {
        strategy = GenerationType.UUID;
      } else {
        strategy = GenerationType.SEQUENCE;
      }
    }
    return switch (strategy) {
      case IDENTITY -> new IdGeneration(GenerationType.IDENTITY, root.tableName(), 1, 1);
      case UUID -> {
        if (idType != UUID.class && idType != String.class) {
          throw MappingErrors.onAttribute(
              root.javaType(), member.name(), "UUID generation needs a UUID or String id, not '"
                  + idType.getName() + "'");
        }
        yield new IdGeneration(GenerationType.UUID, null, 0, 1);
      }
      case TABLE -> table(member, root, generator);
      default -> sequence(member, root, generator);
    };
  }

  private IdGeneration sequence(PersistentMember member, EntityModel root, String generator) {
    SequenceGenerator declared = generator.isEmpty() ? null : sequences.get(generator);
    if (declared == null) {
      declared = unnamed(member, root, SEQUENCE_GENERATORS);
    }
    if (declared == null) {
      String name = generator.isEmpty() ? root.tableName() + "_SEQ" : generator;
      return new IdGeneration(GenerationType.SEQUENCE, name, 1, DEFAULT_ALLOCATION);
    }
    String name = declared.sequenceName().isEmpty()
        ? (declared.name().isEmpty() ? root.tableName() + "_SEQ" : declared.name())
        : declared.sequenceName();
    return new IdGeneration(
        GenerationType.SEQUENCE, name, declared.initialValue(), Math.max(1, declared.allocationSize()));
  }

  private IdGeneration table(PersistentMember member, EntityModel root, String generator) {
    TableGenerator declared = generator.isEmpty() ? null : tables.get(generator);
    if (declared == null) {
      declared = unnamed(member, root, TABLE_GENERATORS);
    }
    if (declared == null) {
      return new IdGeneration(GenerationType.TABLE, "hibernate_sequences:" + root.tableName(), 1, DEFAULT_ALLOCATION);
    }
    String table = declared.table().isEmpty() ? "hibernate_sequences" : declared.table();
    String segment = declared.pkColumnValue().isEmpty() ? root.tableName() : declared.pkColumnValue();
    // TableGenerator.initialValue is the value before the first one handed out
    return new IdGeneration(
        GenerationType.TABLE, table + ":" + segment, declared.initialValue() + 1L,
        Math.max(1, declared.allocationSize()));
  }

  /**
   * Finds the generators declared on an element. Its two instances are classes, not method
   * references: every generated id reaches one at bootstrap, and a lambda's first call spins a class.
   */
  private interface Finder<A> {
    List<A> find(AnnotatedElement element);
  }

  private static final Finder<SequenceGenerator> SEQUENCE_GENERATORS = new Finder<>() {
    @Override
    public List<SequenceGenerator> find(AnnotatedElement element) {
      return sequenceGenerators(element);
    }
  };

  private static final Finder<TableGenerator> TABLE_GENERATORS = new Finder<>() {
    @Override
    public List<TableGenerator> find(AnnotatedElement element) {
      return tableGenerators(element);
    }
  };

  private static <A> A unnamed(PersistentMember member, EntityModel root, Finder<A> finder) {
    List<AnnotatedElement> places = new ArrayList<>();
    places.add(member.annotated());
    places.add(root.javaType());
    if (root.javaType().getPackage() != null) {
      places.add(root.javaType().getPackage());
    }
    for (AnnotatedElement place : places) {
      List<A> found = finder.find(place);
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    return null;
  }

  private static List<SequenceGenerator> sequenceGenerators(AnnotatedElement element) {
    List<SequenceGenerator> all = new ArrayList<>();
    SequenceGenerators many = element.getAnnotation(SequenceGenerators.class);
    if (many != null) {
      all.addAll(Arrays.asList(many.value()));
    }
    SequenceGenerator one = element.getAnnotation(SequenceGenerator.class);
    if (one != null) {
      all.add(one);
    }
    return all;
  }

  private static List<TableGenerator> tableGenerators(AnnotatedElement element) {
    List<TableGenerator> all = new ArrayList<>();
    TableGenerators many = element.getAnnotation(TableGenerators.class);
    if (many != null) {
      all.addAll(Arrays.asList(many.value()));
    }
    TableGenerator one = element.getAnnotation(TableGenerator.class);
    if (one != null) {
      all.add(one);
    }
    return all;
  }
}
