package org.memoryjpa.internal.metadata;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memoryjpa.internal.diagnostics.MappingErrors;

/**
 * Finds the persistent members a class declares under an access type (JPA 2.4.1): fields for FIELD
 * access, getter/setter pairs for PROPERTY access, plus members that override the default with
 * {@code @Access}. Skips static, {@code transient} and {@code @Transient} members. Stateless.
 */
final class MemberDiscovery {

  private MemberDiscovery() {}

  /** The access type a hierarchy uses: from {@code @Access}, else where its {@code @Id} sits. */
  static AccessType defaultAccess(List<Class<?>> hierarchyTopDown) {
    for (Class<?> c : hierarchyTopDown) {
      Access access = c.getAnnotation(Access.class);
      if (access != null) {
        return access.value();
      }
    }
    for (Class<?> c : hierarchyTopDown) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(Id.class) || f.isAnnotationPresent(EmbeddedId.class)) {
          return AccessType.FIELD;
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Id.class) || m.isAnnotationPresent(EmbeddedId.class)) {
          return AccessType.PROPERTY;
        }
      }
    }
    return AccessType.FIELD;
  }

  /** The persistent members {@code type} declares, in declaration order. */
  static List<PersistentMember> declaredMembers(Class<?> type, AccessType classAccess) {
    if (type.isRecord()) {
      List<PersistentMember> members = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        if (!component.isAnnotationPresent(Transient.class)) {
          members.add(PersistentMember.ofRecordComponent(component));
        }
      }
      return members;
    }
    Map<String, PersistentMember> members = new LinkedHashMap<>();
    for (Field field : type.getDeclaredFields()) {
      if (!isCandidate(field)) {
        continue;
      }
      Access access = field.getAnnotation(Access.class);
      boolean fieldAccess =
          access != null ? access.value() == AccessType.FIELD : classAccess == AccessType.FIELD;
      if (fieldAccess) {
        members.put(field.getName(), PersistentMember.ofField(field));
      }
    }
    for (Method getter : sortedMethods(type)) {
      String name = propertyName(getter);
      if (name == null || members.containsKey(name) || getter.isAnnotationPresent(Transient.class)) {
        continue;
      }
      Access access = getter.getAnnotation(Access.class);
      boolean propertyAccess =
          access != null ? access.value() == AccessType.PROPERTY : classAccess == AccessType.PROPERTY;
      if (propertyAccess && !isTransientField(type, name)) {
        Method setter = findSetter(type, name, getter.getReturnType());
        if (setter == null) {
          throw MappingErrors.onAttribute(
              type, name, "property access needs a setter 'set" + capitalize(name) + "'");
        }
        members.put(name, PersistentMember.ofProperty(name, getter, setter));
      }
    }
    return new ArrayList<>(members.values());
  }

  private static boolean isCandidate(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isSynthetic()
        && !field.isAnnotationPresent(Transient.class)
        // fields a bytecode enhancer or the JVM adds (e.g. $jacocoData) are never attributes
        && !field.getName().contains("$");
  }

  private static boolean isTransientField(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      return field.isAnnotationPresent(Transient.class) || Modifier.isTransient(field.getModifiers());
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  /**
   * Methods by name. A class, not {@code Comparator.comparing(Method::getName)}: bootstrap runs it, and
   * each lambda met first in a fresh JVM costs an invokedynamic bootstrap (cold start, issue 6).
   */
  static final Comparator<Method> BY_NAME = new Comparator<>() {
    @Override
    public int compare(Method a, Method b) {
      return a.getName().compareTo(b.getName());
    }
  };

  private static List<Method> sortedMethods(Class<?> type) {
    // getDeclaredMethods has no defined order; sort by name so the attribute order is stable.
    Method[] methods = type.getDeclaredMethods();
    Arrays.sort(methods, BY_NAME);
    return Arrays.asList(methods);
  }

  /** The property a getter stands for, or null when the method is not a getter. */
  static String propertyName(Method method) {
    if (Modifier.isStatic(method.getModifiers())
        || method.isSynthetic()
        || method.isBridge()
        || method.getParameterCount() != 0
        || method.getReturnType() == void.class) {
      return null;
    }
    String name = method.getName();
    if (name.startsWith("get") && name.length() > 3) {
      return decapitalize(name.substring(3));
    }
    if (name.startsWith("is")
        && name.length() > 2
        && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
      return decapitalize(name.substring(2));
    }
    return null;
  }

  private static Method findSetter(Class<?> type, String name, Class<?> valueType) {
    String setterName = "set" + capitalize(name);
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(setterName)
            && m.getParameterCount() == 1
            && m.getParameterTypes()[0].isAssignableFrom(valueType)) {
          return m;
        }
      }
    }
    return null;
  }

  private static String decapitalize(String s) {
    // java.beans rule: "URL" stays "URL", "Name" becomes "name"
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1)) && Character.isUpperCase(s.charAt(0))) {
      return s;
    }
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private static String capitalize(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
