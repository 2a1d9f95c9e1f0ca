package org.memoryjpa.internal.metadata;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;

/**
 * Resolves the generic types of attributes: type variables of generic mapped superclasses against a
 * concrete subclass (as in {@code BaseEntity<ID>}), and element and key types of collections.
 * Stateless.
 */
final class GenericTypes {

  private GenericTypes() {}

  /** {@code type} with type variables replaced, as far as {@code context}'s superclass chain binds them. */
  static Type resolve(Type type, Class<?> context) {
    if (type instanceof TypeVariable<?> variable) {
      Type bound = bind(variable, context);
      return bound == null ? variable : bound;
    }
    return type;
  }

  /** The raw class of a (resolved) type; a free type variable becomes its first bound. */
  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType a) {
      return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
    }
    if (type instanceof TypeVariable<?> v) {
      return raw(v.getBounds()[0]);
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  /** The raw class of type argument {@code index} of a parameterized (collection or map) type. */
  static Class<?> typeArgument(Type type, int index, Class<?> context) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return raw(resolve(p.getActualTypeArguments()[index], context));
    }
    return null;
  }

  private static Type bind(TypeVariable<?> variable, Class<?> context) {
    if (!(variable.getGenericDeclaration() instanceof Class<?> declaring)) {
      return null;
    }
    // Walk down from the concrete class to the declaring class, mapping variables as we go.
    java.util.List<Class<?>> chain = new java.util.ArrayList<>();
    for (Class<?> c = context; c != null && c != declaring; c = c.getSuperclass()) {
      chain.add(c);
    }
    Type current = variable;
    for (int i = chain.size() - 1; i >= 0 && current instanceof TypeVariable<?> tv; i--) {
      Type superType = chain.get(i).getGenericSuperclass();
      if (!(superType instanceof ParameterizedType p)) {
        return null;
      }
      Class<?> superRaw = (Class<?>) p.getRawType();
      if (tv.getGenericDeclaration() != superRaw) {
        continue;
      }
      TypeVariable<?>[] params = superRaw.getTypeParameters();
      for (int j = 0; j < params.length; j++) {
        if (params[j].getName().equals(tv.getName())) {
          current = p.getActualTypeArguments()[j];
          break;
        }
      }
    }
    return current instanceof TypeVariable<?> ? null : current;
  }
}
