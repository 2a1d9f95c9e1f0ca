package org.memoryjpa.internal.session;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.memoryjpa.internal.metadata.CallbackType;

/**
 * Bean Validation integration (JPA 3.7): validates entities at pre-persist, pre-update and
 * pre-remove with the groups the standard properties name, and throws
 * {@link ConstraintViolationException} as Hibernate does. Only loaded when
 * {@code jakarta.validation} is on the class path. Thread-safe.
 */
final class BeanValidation implements EntityValidator {

  static final String FACTORY = "jakarta.persistence.validation.factory";
  static final String PRE_PERSIST = "jakarta.persistence.validation.group.pre-persist";
  static final String PRE_UPDATE = "jakarta.persistence.validation.group.pre-update";
  static final String PRE_REMOVE = "jakarta.persistence.validation.group.pre-remove";

  private final Validator validator;
  private final Class<?>[] prePersist;
  private final Class<?>[] preUpdate;
  private final Class<?>[] preRemove;

  private BeanValidation(Validator validator, Class<?>[] prePersist, Class<?>[] preUpdate, Class<?>[] preRemove) {
    this.validator = validator;
    this.prePersist = prePersist;
    this.preUpdate = preUpdate;
    this.preRemove = preRemove;
  }

  /**
   * The validator factory for a unit: the one passed in the properties, else the default one; null
   * when none can be built and the mode is AUTO.
   */
  static Object factoryFor(Map<String, Object> properties, boolean required) {
    Object given = properties.get(FACTORY);
    if (given instanceof ValidatorFactory) {
      return given;
    }
    try {
      return Validation.buildDefaultValidatorFactory();
    } catch (RuntimeException e) {
      if (required) {
        throw new PersistenceException(
            "Validation mode CALLBACK needs a Bean Validation provider (e.g. hibernate-validator) on the"
                + " class path; none could be started", e);
      }
      return null;
    }
  }

  static EntityValidator validator(Object factory, Map<String, Object> properties) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return new BeanValidation(((ValidatorFactory) factory).getValidator(),
        groups(properties.get(PRE_PERSIST), new Class<?>[] {Default.class}, loader),
        groups(properties.get(PRE_UPDATE), new Class<?>[] {Default.class}, loader),
        groups(properties.get(PRE_REMOVE), new Class<?>[0], loader));
  }

  private static Class<?>[] groups(Object value, Class<?>[] defaults, ClassLoader loader) {
    if (value == null) {
      return defaults;
    }
    if (value instanceof Class<?>[] classes) {
      return classes;
    }
    List<Class<?>> groups = new ArrayList<>();
    for (String name : value.toString().split(",")) {
      String trimmed = name.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        groups.add(Class.forName(trimmed, false, loader == null ? BeanValidation.class.getClassLoader() : loader));
      } catch (ClassNotFoundException e) {
        throw new PersistenceException("Validation group '" + trimmed + "' cannot be loaded", e);
      }
    }
    return groups.toArray(new Class<?>[0]);
  }

  @Override
  public void validate(Object entity, CallbackType event) {
    Class<?>[] groups = switch (event) {
      case PRE_PERSIST -> prePersist;
      case PRE_UPDATE -> preUpdate;
      case PRE_REMOVE -> preRemove;
      default -> new Class<?>[0];
    };
    if (groups.length == 0) {
      return;
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(entity, groups);
    if (!violations.isEmpty()) {
      Set<ConstraintViolation<?>> all = new LinkedHashSet<>(violations);
      StringBuilder message = new StringBuilder("Validation failed for '")
          .append(entity.getClass().getSimpleName()).append("' during ").append(event.name().toLowerCase().replace('_', '-'))
          .append(":");
      for (ConstraintViolation<?> violation : all) {
        message.append(" '").append(violation.getPropertyPath()).append("' ").append(violation.getMessage()).append(';');
      }
      throw new ConstraintViolationException(message.toString(), all);
    }
  }
}
