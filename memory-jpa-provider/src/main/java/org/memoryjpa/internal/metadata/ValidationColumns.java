package org.memoryjpa.internal.metadata;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;

/**
 * Applies Bean Validation constraints to column definitions as Hibernate does when a validator is
 * present ({@code hibernate.validator.apply_to_ddl}): {@code @NotNull} makes the column NOT NULL and
 * {@code @Size(max)} (or Hibernate Validator's {@code @Length(max)}) becomes the column length. Read by
 * annotation name, so the mapping needs no Bean Validation API at run time. Stateless.
 */
final class ValidationColumns {

  private static final String NOT_NULL = "jakarta.validation.constraints.NotNull";
  private static final String SIZE = "jakarta.validation.constraints.Size";
  private static final String LENGTH = "org.hibernate.validator.constraints.Length";

  private ValidationColumns() {}

  static ColumnModel apply(AnnotatedElement element, ColumnModel column) {
    boolean nullable = column.nullable();
    int length = column.length();
    for (Annotation annotation : element.getAnnotations()) {
      String name = annotation.annotationType().getName();
      if (name.equals(NOT_NULL) && isDefaultGroup(annotation)) {
        nullable = false;
      } else if ((name.equals(SIZE) || name.equals(LENGTH)) && isDefaultGroup(annotation)) {
        int max = intValue(annotation, "max");
        if (max > 0 && max < Integer.MAX_VALUE) {
          length = max;
        }
      }
    }
    if (nullable == column.nullable() && length == column.length()) {
      return column;
    }
    return new ColumnModel(column.name(), nullable, column.unique(), column.insertable(), column.updatable(),
        length, column.precision(), column.scale());
  }

  /** Hibernate applies only constraints of the default group to the schema. */
  private static boolean isDefaultGroup(Annotation annotation) {
    try {
      Object groups = annotation.annotationType().getMethod("groups").invoke(annotation);
      return groups instanceof Class<?>[] classes && (classes.length == 0
          || (classes.length == 1 && classes[0].getName().equals("jakarta.validation.groups.Default")));
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  private static int intValue(Annotation annotation, String attribute) {
    try {
      return ((Number) annotation.annotationType().getMethod(attribute).invoke(annotation)).intValue();
    } catch (ReflectiveOperationException | ClassCastException e) {
      return -1;
    }
  }
}
