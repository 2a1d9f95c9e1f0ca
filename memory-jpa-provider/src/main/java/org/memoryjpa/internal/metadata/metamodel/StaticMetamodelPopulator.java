package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.StaticMetamodel;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;

/**
 * Fills the static metamodel classes of a persistence unit (JPA 6.2.2): for each managed class
 * {@code X}, the class {@code X_} annotated {@code @StaticMetamodel(X.class)} gets the metamodel's
 * objects in its {@code public static volatile} fields, the attributes {@code X} declares (inherited
 * ones live in the superclass's {@code X_}) and, as JPA 3.2 adds, its type in {@code class_}.
 * Constants ({@code NAME = "name"}), and fields for named queries and entity graphs that
 * hibernate-processor generates, are left alone; a class without an {@code X_} is skipped.
 *
 * <p>The fields are global: when several factories (or providers) populate the same classes, the
 * last one wins, as with Hibernate. Stateless.
 */
public final class StaticMetamodelPopulator {

  private StaticMetamodelPopulator() {}

  /**
   * Populates the static metamodel classes of every managed type of {@code metamodel}, looked up
   * through {@code classLoader} and, failing that, the managed class's own loader.
   *
   * @throws PersistenceException when a metamodel class exists but its fields cannot be written
   */
  public static void populate(MemoryMetamodel metamodel, ClassLoader classLoader) {
    for (ManagedType<?> type : metamodel.getManagedTypes()) {
      Class<?> metamodelClass = findMetamodelClass(type.getJavaType(), classLoader);
      if (metamodelClass != null) {
        fill(metamodelClass, (MemoryManagedType<?>) type);
      }
    }
  }

  /**
   * The name hibernate-processor gives the metamodel class: {@code pkg.X_}, and for a member class
   * {@code Outer.Inner} the nested {@code Outer_.Inner_} (binary name {@code pkg.Outer_$Inner_}).
   */
  static String metamodelClassName(Class<?> managed) {
    if (managed.isMemberClass()) {
      return metamodelClassName(managed.getEnclosingClass()) + "$" + managed.getSimpleName() + "_";
    }
    return managed.getName() + "_";
  }

  private static Class<?> findMetamodelClass(Class<?> managed, ClassLoader classLoader) {
    String name = metamodelClassName(managed);
    Class<?> found = load(name, classLoader);
    if (found == null && managed.getClassLoader() != classLoader) {
      found = load(name, managed.getClassLoader());
    }
    StaticMetamodel annotation = found == null ? null : found.getAnnotation(StaticMetamodel.class);
    // A class that merely ends in '_' is not a metamodel class of this type.
    return annotation != null && annotation.value() == managed ? found : null;
  }

  private static Class<?> load(String name, ClassLoader classLoader) {
    if (classLoader == null) {
      return null;
    }
    try {
      return Class.forName(name, true, classLoader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static void fill(Class<?> metamodelClass, MemoryManagedType<?> type) {
    for (Field field : metamodelClass.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (!Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)) {
        continue; // constants such as NAME = "name", QUERY_... and GRAPH_...
      }
      Object value = "class_".equals(field.getName()) ? type : type.findDeclaredAttribute(field.getName());
      if (value == null) {
        continue; // a named query or entity graph reference, or an attribute we do not map
      }
      if (!field.getType().isInstance(value)) {
        Log.LOGGER.log(
            System.Logger.Level.WARNING,
            "Static metamodel field ''{0}.{1}'' is a {2}, but memory-jpa maps ''{1}'' of {3} as {4};"
                + " the field is left unset",
            metamodelClass.getSimpleName(), field.getName(), field.getType().getSimpleName(), type, value);
        continue;
      }
      set(field, value);
    }
  }

  /**
   * The logger, looked up on the first warning: {@code System.getLogger} initialises the platform's
   * logger finder, a dozen classes that a cold bootstrap which warns about nothing does not need.
   */
  private static final class Log {
    static final System.Logger LOGGER = System.getLogger(StaticMetamodelPopulator.class.getName());
  }

  private static void set(Field field, Object value) {
    try {
      // Nested metamodel classes are package-private, so even their public fields need this.
      field.setAccessible(true);
      field.set(null, value);
    } catch (InaccessibleObjectException | IllegalAccessException e) {
      throw new PersistenceException(
          "Cannot populate the static metamodel field '" + field.getDeclaringClass().getName() + "."
              + field.getName() + "': its package is not open to memory-jpa; add 'opens "
              + field.getDeclaringClass().getPackageName() + "' to your module-info",
          e);
    }
  }
}
