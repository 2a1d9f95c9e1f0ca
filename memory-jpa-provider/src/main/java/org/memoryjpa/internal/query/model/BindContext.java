package org.memoryjpa.internal.query.model;

import java.util.Locale;
import java.util.Map;
import org.memoryjpa.internal.metadata.DomainModel;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;

/**
 * What binding one statement shares: the mapping model, the error factory with the statement's text,
 * the class loader for {@code NEW} and enum literals, the registered functions, and the counter that gives every variable and
 * aggregate of the statement its frame position. Confined to the binder's thread.
 */
final class BindContext {

  final DomainModel model;
  final BindErrors errors;
  final String text;
  final ClassLoader loader;
  /** Registered functions by upper-case name. */
  final Map<String, UserFunction> functions;
  private int frameSize;

  BindContext(DomainModel model, String text, ClassLoader loader, Map<String, UserFunction> functions) {
    this.model = model;
    this.functions = functions;
    this.text = text;
    this.errors = new BindErrors(text);
    this.loader = loader;
  }

  int nextSlot() {
    return frameSize++;
  }

  int frameSize() {
    return frameSize;
  }

  Variable newVariable(String name, Variable.Kind kind, EntityModel entity, PluralMapping collection) {
    return new Variable(nextSlot(), name, kind, entity, collection);
  }

  /** The entity of an entity name, or of a (qualified) class name; null when none. */
  EntityModel findEntity(String name) {
    EntityModel entity = model.findEntity(name);
    if (entity != null) {
      return entity;
    }
    for (EntityModel candidate : model.entities()) {
      if (candidate.javaType().getName().equals(name) || candidate.javaType().getName().replace('$', '.').equals(name)) {
        return candidate;
      }
    }
    for (EntityModel candidate : model.entities()) {
      if (candidate.name().equalsIgnoreCase(name)) {
        return null; // case differs: let the caller report it with the suggestion
      }
    }
    return null;
  }

  /** A class by a (possibly binary or dotted nested) name, or null. */
  Class<?> findClass(String name) {
    String candidate = name;
    while (true) {
      try {
        return Class.forName(candidate, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = candidate.lastIndexOf('.');
        if (dot < 0) {
          return null;
        }
        candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
      }
    }
  }

  static String upper(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
