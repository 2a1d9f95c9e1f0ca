package org.memoryjpa.internal.metadata;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * A field, getter or record component found to be persistent, before it is classified into an
 * attribute mapping: its name, annotations, declared type and accessor. Used only while reading.
 */
record PersistentMember(String name, AnnotatedElement annotated, Type genericType, PropertyAccessor accessor) {

  static PersistentMember ofField(Field field) {
    return new PersistentMember(field.getName(), field, field.getGenericType(), PropertyAccessor.ofField(field));
  }

  static PersistentMember ofProperty(String name, Method getter, Method setter) {
    return new PersistentMember(
        name, getter, getter.getGenericReturnType(), PropertyAccessor.ofProperty(name, getter, setter));
  }

  static PersistentMember ofRecordComponent(RecordComponent component) {
    // Annotations may sit on the component, its field or its accessor; look at all three.
    AnnotatedElement annotated = new MergedAnnotations(component);
    return new PersistentMember(
        component.getName(), annotated, component.getGenericType(), PropertyAccessor.ofRecordComponent(component));
  }

  <A extends Annotation> A annotation(Class<A> type) {
    return annotated.getAnnotation(type);
  }

  boolean has(Class<? extends Annotation> type) {
    return annotated.isAnnotationPresent(type);
  }

  Member member() {
    return accessor.member();
  }

  /** A record component's annotations from the component, its private field and its accessor. */
  private record MergedAnnotations(RecordComponent component) implements AnnotatedElement {
    @Override
    public <T extends Annotation> T getAnnotation(Class<T> type) {
      T found = component.getAnnotation(type);
      if (found == null) {
        found = component.getAccessor().getAnnotation(type);
      }
      if (found == null) {
        try {
          found = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(type);
        } catch (NoSuchFieldException e) {
          return null;
        }
      }
      return found;
    }

    @Override
    public Annotation[] getAnnotations() {
      return component.getAnnotations();
    }

    @Override
    public Annotation[] getDeclaredAnnotations() {
      return component.getDeclaredAnnotations();
    }
  }
}
