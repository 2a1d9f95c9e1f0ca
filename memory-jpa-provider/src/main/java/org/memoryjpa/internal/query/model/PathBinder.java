package org.memoryjpa.internal.query.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.memoryjpa.internal.diagnostics.Suggestions;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.ManagedTypeModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.Slot;
import org.memoryjpa.internal.metadata.ToOneMapping;
import org.memoryjpa.internal.query.model.Declaration.JoinKind;
import org.memoryjpa.internal.query.parse.syntax.Identifier;
import org.memoryjpa.internal.query.parse.syntax.Path;
import org.memoryjpa.internal.query.parse.syntax.QualifiedIdentificationVariable;
import org.memoryjpa.internal.query.parse.syntax.TreatedPath;

/**
 * Resolves path expressions against the mapping model: from an identification variable (or the
 * implicit {@code this}) through embedded attributes and to-one associations to a basic value, an
 * embeddable, an entity or a collection. Navigating a to-one creates an inner implicit join, reused
 * by every path through the same association; a path ending at the target's id reads the foreign key
 * instead, as Hibernate does. Also declares the variables of joins. Confined to the binder's thread.
 */
final class PathBinder {

  /** What the path is used for: a value (comparisons, arguments) or a select item. */
  enum Usage {
    VALUE,
    SELECT
  }

  private final BindContext context;

  PathBinder(BindContext context) {
    this.context = context;
  }

  // ---------------------------------------------------------------------------------------- joins

  /**
   * The source and variable of a join over {@code path}: a to-one or to-many association, an element
   * collection, or an embedded attribute (then only a name is declared). Returns the variable, or
   * null for an embedded join.
   */
  Variable declarePathJoin(Scope scope, Path path, Identifier alias, JoinKind kind, boolean fetch, Expr on) {
    if (path.root() instanceof TreatedPath treated && path.attributes().isEmpty()) {
      return declareTreatedJoin(scope, treated, alias, kind, fetch, on);
    }
    return declarePathJoin(scope, path, alias, kind, fetch, on, null);
  }

  /**
   * {@code JOIN TREAT(path AS Subtype) x}: the join of the path, its variable typed as the subtype,
   * and a type restriction in its ON condition, so that a joined entity of another type drops out of
   * an inner join and leaves nulls in a left join (JPA 4.4.9).
   */
  private Variable declareTreatedJoin(Scope scope, TreatedPath treated, Identifier alias, JoinKind kind,
      boolean fetch, Expr on) {
    EntityModel subtype = context.findEntity(treated.subtype().text());
    if (subtype == null) {
      throw context.errors.at(treated.subtype().position(), "Cannot treat '" + treated.path() + "' as '"
          + treated.subtype().text() + "'", "name a subtype of its entity");
    }
    Variable variable = declarePathJoin(scope, treated.path(), alias, kind, fetch, on, subtype);
    if (variable == null) {
      throw context.errors.at(treated.position(), "Cannot treat the embedded '" + treated.path() + "'");
    }
    List<Expr> types = new ArrayList<>();
    for (EntityModel entity : context.model.entities()) {
      if (subtype.isSupertypeOf(entity)) {
        types.add(new Expr.Constant(entity.javaType(), ValueType.CLASS));
      }
    }
    Expr restriction = new Expr.InList(new Expr.TypeOf(variable, ValueType.CLASS), types, false);
    for (int i = 0; i < scope.declarations.size(); i++) {
      if (scope.declarations.get(i).variable() == variable) {
        scope.declarations.set(i, withOn(scope.declarations.get(i), restriction));
      }
    }
    return variable;
  }

  private Variable declarePathJoin(Scope scope, Path path, Identifier alias, JoinKind kind, boolean fetch, Expr on,
      EntityModel treatedAs) {
    Scope.Start start = startOf(scope, path);
    List<Identifier> names = namesAfterStart(scope, path);
    if (names.isEmpty()) {
      throw context.errors.at(path.position(), "Cannot join '" + path + "'", "name an association or collection");
    }
    Scope.Start owner = navigate(scope, start, names.subList(0, names.size() - 1));
    Identifier last = names.get(names.size() - 1);
    AttributeMapping attribute = attribute(owner, last);
    String name = alias != null ? alias.text() : owner.variable().name() + "." + owner.prefix() + last.text();
    String fetchPath = fetch ? owner.prefix() + attribute.name() : null;
    if (attribute instanceof EmbeddedMapping embedded) {
      if (alias != null) {
        scope.declare(alias.text(), new Scope.Start(owner.variable(), owner.prefix() + embedded.name() + ".",
            embedded.embeddable()));
      }
      return null;
    }
    Declaration declaration = joinDeclaration(owner, attribute, last, name, kind, fetch, fetchPath, false, treatedAs);
    scope.declarations.add(withOn(declaration, on));
    if (alias != null) {
      scope.declare(alias.text(), startOfVariable(declaration.variable()));
    }
    return declaration.variable();
  }

  /** The declaration with {@code on} added to its ON condition (a TREAT join already has one). */
  static Declaration withOn(Declaration declaration, Expr on) {
    Expr combined = declaration.on() == null ? on : on == null ? declaration.on()
        : new Expr.And(List.of(declaration.on(), on));
    return on == null ? declaration : new Declaration(declaration.variable(), declaration.source(),
        declaration.join(), combined, declaration.fetch(), declaration.implicit(), declaration.fetchPath());
  }

  private Declaration joinDeclaration(
      Scope.Start owner, AttributeMapping attribute, Identifier at, String name, JoinKind kind,
      boolean fetch, String fetchPath, boolean implicit, EntityModel treatedAs) {
    Variable parent = owner.variable();
    if (parent.kind() != Variable.Kind.ENTITY) {
      throw context.errors.at(at.position(), "Cannot join '" + attribute.name() + "' of '" + parent.name() + "'",
          "only entities can be joined further");
    }
    EntityModel ownerEntity = parent.entity();
    String path = owner.prefix() + attribute.name();
    if (attribute instanceof ToOneMapping toOne) {
      Variable variable = context.newVariable(name, Variable.Kind.ENTITY, treated(toOne.target(), treatedAs, at),
          null);
      Source source;
      if (toOne.isOwning()) {
        source = new Source.ForeignKey(parent, requireSlot(ownerEntity, path, at), toOne.target(), attribute);
      } else {
        source = new Source.Inverse(parent, toOne.target(), inverseSlot(toOne.target(), toOne.mappedBy(), at),
            attribute);
      }
      return new Declaration(variable, source, kind, null, fetch, implicit, fetchPath);
    }
    if (attribute instanceof PluralMapping plural) {
      if (plural.isAssociation()) {
        EntityModel target = plural.targetEntity();
        // the plural is kept so that KEY()/VALUE() of a map association can find its @MapKey
        Variable variable = context.newVariable(name, Variable.Kind.ENTITY, treated(target, treatedAs, at), plural);
        Source source = plural.isOwning()
            ? new Source.KeyList(parent, requireSlot(ownerEntity, path, at), target, attribute)
            : new Source.Inverse(parent, target, inverseSlot(target, plural.mappedBy(), at), attribute);
        return new Declaration(variable, source, kind, null, fetch, implicit, fetchPath);
      }
      if (treatedAs != null) {
        throw context.errors.at(at.position(), "Cannot treat the element collection '" + attribute.name() + "'");
      }
      Variable.Kind elementKind = plural.collectionType()
          == jakarta.persistence.metamodel.PluralAttribute.CollectionType.MAP
          ? Variable.Kind.MAP_ENTRY : Variable.Kind.ELEMENT;
      Variable variable = context.newVariable(name, elementKind, null, plural);
      Source source = new Source.Elements(parent, requireSlot(ownerEntity, path, at), plural);
      return new Declaration(variable, source, kind, null, fetch, implicit, fetchPath);
    }
    throw context.errors.at(at.position(), "Cannot join '" + attribute.name() + "' of '" + parent.name() + "'",
        "it is a basic attribute; join an association, element collection or embedded attribute");
  }

  /** The entity a join variable is typed as: the association's target, or the subtype it is treated as. */
  private EntityModel treated(EntityModel target, EntityModel treatedAs, Identifier at) {
    if (treatedAs == null) {
      return target;
    }
    if (!target.isSupertypeOf(treatedAs)) {
      throw context.errors.at(at.position(), "Cannot treat '" + at.text() + "' as '" + treatedAs.name() + "'",
          "name a subtype of " + target.describe());
    }
    return treatedAs;
  }

  private Slot requireSlot(EntityModel entity, String path, Identifier at) {
    Slot slot = entity.layout().findSlot(path);
    if (slot == null) {
      throw context.errors.at(at.position(), "Attribute '" + path + "' of " + entity.describe()
          + " is not stored in its rows");
    }
    return slot;
  }

  private Slot inverseSlot(EntityModel target, String mappedBy, Identifier at) {
    Slot slot = target.layout().findSlot(mappedBy);
    if (slot == null) {
      throw context.errors.at(at.position(), "The owning side '" + mappedBy + "' of " + target.describe()
          + " is not stored in its rows");
    }
    return slot;
  }

  static Scope.Start startOfVariable(Variable variable) {
    ManagedTypeModel type = variable.kind() == Variable.Kind.ENTITY ? variable.entity()
        : variable.collection().elementEmbeddable();
    return new Scope.Start(variable, "", type);
  }

  // ---------------------------------------------------------------------------------------- paths

  /**
   * The value of a path: a slot, a foreign key, an entity (its key), an embeddable, an element, an
   * enum or entity type literal; collections are rejected here (see {@link #collection}).
   */
  Expr value(Scope scope, Path path, Usage usage) {
    Expr literal = literal(scope, path);
    if (literal != null) {
      return literal;
    }
    if (path.root() instanceof QualifiedIdentificationVariable qualified) {
      return qualifiedValue(scope, qualified, path, usage);
    }
    Scope.Start start = startOf(scope, path);
    List<Identifier> names = namesAfterStart(scope, path);
    Scope.Start current = start;
    for (int i = 0; i < names.size(); i++) {
      Identifier name = names.get(i);
      AttributeMapping attribute = attribute(current, name);
      boolean last = i == names.size() - 1;
      Variable variable = current.variable();
      String slotPath = current.prefix() + attribute.name();
      if (variable.kind() != Variable.Kind.ENTITY) {
        return elementComponent(current, attribute, name, last);
      }
      if (attribute instanceof BasicMapping basic) {
        if (!last) {
          throw context.errors.at(names.get(i + 1).position(), "Cannot dereference '" + names.get(i + 1).text()
              + "' of basic attribute '" + attribute.name() + "'");
        }
        Slot slot = requireSlot(variable.entity(), slotPath, name);
        return new Expr.SlotValue(variable, slot, ValueType.converted(basic.javaType(), basic.conversion()));
      }
      if (attribute instanceof EmbeddedMapping embedded) {
        if (last) {
          return embeddedValue(variable, slotPath, embedded.embeddable());
        }
        current = new Scope.Start(variable, slotPath + ".", embedded.embeddable());
        continue;
      }
      if (attribute instanceof ToOneMapping toOne) {
        EntityModel target = toOne.target();
        if (last && usage == Usage.VALUE) {
          if (toOne.isOwning()) {
            return new Expr.SlotValue(variable, requireSlot(variable.entity(), slotPath, name), ValueType.entity(target));
          }
          return new Expr.InverseReference(variable, target, inverseSlot(target, toOne.mappedBy(), name),
              attribute.name(), ValueType.entity(target));
        }
        if (!last && toOne.isOwning() && i == names.size() - 2 && isSimpleId(target, names.get(i + 1).text())) {
          // the target's id is the foreign key: no join, as Hibernate
          BasicMapping id = (BasicMapping) target.id().single();
          return new Expr.SlotValue(variable, requireSlot(variable.entity(), slotPath, name),
              ValueType.converted(id.javaType(), id.conversion()));
        }
        Variable joined = implicitJoin(scope, current, attribute, name);
        if (last) {
          return new Expr.EntityKey(joined, ValueType.entity(target));
        }
        current = startOfVariable(joined);
        continue;
      }
      PluralMapping plural = (PluralMapping) attribute;
      if (!last) {
        throw context.errors.at(names.get(i + 1).position(), "Cannot dereference '" + names.get(i + 1).text()
            + "' of collection '" + attribute.name() + "'", "join the collection and use the join's variable");
      }
      if (usage == Usage.SELECT) {
        Variable joined = implicitJoin(scope, current, attribute, name);
        return variableValue(startOfVariable(joined));
      }
      throw context.errors.at(name.position(), "Collection '" + attribute.name() + "' cannot be used as a value here",
          "use SIZE, IS EMPTY, MEMBER OF or a join");
    }
    return variableValue(current);
  }

  /** A collection-valued path, for SIZE, IS EMPTY and MEMBER OF. */
  Expr.CollectionPath collection(Scope scope, Path path) {
    Scope.Start start = startOf(scope, path);
    List<Identifier> names = namesAfterStart(scope, path);
    if (names.isEmpty()) {
      throw context.errors.at(path.position(), "'" + path + "' is not a collection");
    }
    Scope.Start owner = navigate(scope, start, names.subList(0, names.size() - 1));
    Identifier last = names.get(names.size() - 1);
    AttributeMapping attribute = attribute(owner, last);
    if (!(attribute instanceof PluralMapping plural) || owner.variable().kind() != Variable.Kind.ENTITY) {
      throw context.errors.at(last.position(), "'" + path + "' is not a collection");
    }
    EntityModel entity = owner.variable().entity();
    String slotPath = owner.prefix() + plural.name();
    if (plural.isAssociation() && !plural.isOwning()) {
      return new Expr.CollectionPath(owner.variable(), plural, null, plural.targetEntity(),
          inverseSlot(plural.targetEntity(), plural.mappedBy(), last));
    }
    return new Expr.CollectionPath(owner.variable(), plural, requireSlot(entity, slotPath, last),
        plural.targetEntity(), null);
  }

  /** The variable a path names (a variable itself, or a to-one path joined implicitly). */
  Variable variable(Scope scope, Path path) {
    Scope.Start start = startOf(scope, path);
    List<Identifier> names = namesAfterStart(scope, path);
    Scope.Start end = navigate(scope, start, names);
    if (!end.prefix().isEmpty()) {
      throw context.errors.at(path.position(), "'" + path + "' is an embeddable, not an entity");
    }
    return end.variable();
  }

  private Expr variableValue(Scope.Start start) {
    Variable variable = start.variable();
    if (!start.prefix().isEmpty()) {
      return embeddedValue(variable, start.prefix().substring(0, start.prefix().length() - 1),
          (EmbeddableModel) start.type());
    }
    return switch (variable.kind()) {
      case ENTITY -> new Expr.EntityKey(variable, ValueType.entity(variable.entity()));
      case ELEMENT, MAP_ENTRY -> elementValue(variable, Expr.ElementValue.Part.VALUE);
    };
  }

  private Expr elementValue(Variable variable, Expr.ElementValue.Part part) {
    PluralMapping collection = variable.collection();
    if (part == Expr.ElementValue.Part.KEY) {
      if (collection.keyEmbeddable() != null) {
        return new Expr.ElementValue(variable, part, -1, null, ValueType.embeddable(collection.keyEmbeddable()));
      }
      return new Expr.ElementValue(variable, part, -1, null,
          ValueType.converted(collection.keyClass(), collection.keyConversion()));
    }
    if (collection.elementEmbeddable() != null) {
      return new Expr.ElementValue(variable, part, -1, null, ValueType.embeddable(collection.elementEmbeddable()));
    }
    return new Expr.ElementValue(variable, part, -1, null,
        ValueType.converted(collection.elementClass(), collection.elementConversion()));
  }

  private Expr elementComponent(Scope.Start start, AttributeMapping attribute, Identifier name, boolean last) {
    EmbeddableModel embeddable = (EmbeddableModel) start.type();
    if (!last || !start.prefix().isEmpty() || !(attribute instanceof BasicMapping basic)) {
      throw context.errors.at(name.position(), "Path '" + attribute.name() + "' inside the elements of '"
          + start.variable().name() + "' is not supported", "select a basic attribute of the element");
    }
    int component = embeddable.attributes().indexOf(attribute);
    return new Expr.ElementValue(start.variable(), Expr.ElementValue.Part.VALUE, component, attribute.name(),
        ValueType.converted(basic.javaType(), basic.conversion()));
  }

  private Expr qualifiedValue(Scope scope, QualifiedIdentificationVariable qualified, Path path, Usage usage) {
    Scope.Start start = scope.find(qualified.variable().text());
    if (start != null && start.variable().kind() == Variable.Kind.ENTITY && start.variable().collection() != null
        && start.variable().collection().collectionType()
            == jakarta.persistence.metamodel.PluralAttribute.CollectionType.MAP) {
      return associationMapValue(scope, qualified, path, start, usage);
    }
    if (start == null || start.variable().kind() != Variable.Kind.MAP_ENTRY) {
      throw context.errors.at(qualified.position(), qualified.qualifier() + "(" + qualified.variable().text()
          + ") needs a variable joined over a map");
    }
    if (!path.attributes().isEmpty()) {
      throw context.errors.at(path.attributes().get(0).position(), "Paths after " + qualified.qualifier()
          + "() are not supported");
    }
    return switch (qualified.qualifier()) {
      case KEY -> elementValue(start.variable(), Expr.ElementValue.Part.KEY);
      case VALUE -> elementValue(start.variable(), Expr.ElementValue.Part.VALUE);
      case ENTRY -> throw context.errors.at(qualified.position(), "ENTRY() is not supported",
          "select KEY() and VALUE()");
    };
  }

  /**
   * KEY/VALUE of a variable joined over an association map: VALUE is the target entity (and paths go
   * on from it); KEY is the target's {@code @MapKey} attribute, its id when {@code @MapKey} names none.
   */
  private Expr associationMapValue(Scope scope, QualifiedIdentificationVariable qualified, Path path,
      Scope.Start start, Usage usage) {
    Variable variable = start.variable();
    PluralMapping map = variable.collection();
    String attribute = switch (qualified.qualifier()) {
      case VALUE -> null;
      case KEY -> {
        if (map.mapKey() == null) {
          throw context.errors.at(qualified.position(), "KEY(" + variable.name() + ") of map '" + map.name()
              + "' is not supported", "only maps keyed by @MapKey have keys that queries can read");
        }
        yield map.mapKey().isEmpty() ? variable.entity().id().single().name() : map.mapKey();
      }
      case ENTRY -> throw context.errors.at(qualified.position(), "ENTRY() is not supported",
          "select KEY() and VALUE()");
    };
    List<Identifier> names = new ArrayList<>();
    if (attribute != null) {
      names.add(new Identifier(attribute, qualified.position()));
      if (!path.attributes().isEmpty()) {
        throw context.errors.at(path.attributes().get(0).position(), "Paths after KEY() are not supported");
      }
    }
    names.addAll(path.attributes());
    Path rewritten = new Path(new Identifier(variable.name(), qualified.position()), names, qualified.position());
    return value(scope, rewritten, usage);
  }

  private Expr.EmbeddedValue embeddedValue(Variable variable, String path, EmbeddableModel embeddable) {
    List<Slot> slots = new ArrayList<>();
    String prefix = path + ".";
    for (Slot slot : variable.entity().layout().slots()) {
      if (slot.path().startsWith(prefix)) {
        slots.add(slot);
      }
    }
    return new Expr.EmbeddedValue(variable, path, embeddable, slots, ValueType.embeddable(embeddable));
  }

  private static boolean isSimpleId(EntityModel entity, String name) {
    return entity.id() != null && entity.id().kind() == org.memoryjpa.internal.metadata.IdModel.Kind.SIMPLE
        && entity.id().single() instanceof BasicMapping && entity.id().single().name().equals(name);
  }

  /** Follows embedded attributes and to-one associations (joining them implicitly). */
  private Scope.Start navigate(Scope scope, Scope.Start start, List<Identifier> names) {
    Scope.Start current = start;
    for (Identifier name : names) {
      AttributeMapping attribute = attribute(current, name);
      if (attribute instanceof EmbeddedMapping embedded && current.variable().kind() == Variable.Kind.ENTITY) {
        current = new Scope.Start(current.variable(), current.prefix() + embedded.name() + ".",
            embedded.embeddable());
      } else if (attribute instanceof ToOneMapping) {
        current = startOfVariable(implicitJoin(scope, current, attribute, name));
      } else {
        throw context.errors.at(name.position(), "Cannot navigate through '" + attribute.name() + "'",
            attribute.isCollection() ? "join the collection and use the join's variable"
                : "only embedded attributes and to-one associations can be navigated");
      }
    }
    return current;
  }

  private Variable implicitJoin(Scope scope, Scope.Start owner, AttributeMapping attribute, Identifier at) {
    String key = owner.variable().index() + ":" + owner.prefix() + attribute.name();
    Variable existing = scope.implicitJoin(key);
    if (existing != null) {
      return existing;
    }
    String name = owner.variable().name() + "." + owner.prefix() + attribute.name();
    Declaration declaration = joinDeclaration(owner, attribute, at, name, JoinKind.INNER, false, null, true, null);
    scope.declarations.add(declaration);
    scope.rememberImplicitJoin(key, declaration.variable());
    return declaration.variable();
  }

  /** The attribute {@code name} of the start's type; for an entity also of its subtypes (implicit treat). */
  private AttributeMapping attribute(Scope.Start start, Identifier name) {
    ManagedTypeModel type = start.type();
    if (type == null) {
      throw context.errors.at(name.position(), "Cannot dereference '" + name.text() + "' of '"
          + start.variable().name() + "'", "its elements are basic values");
    }
    AttributeMapping attribute = type.findAttribute(name.text());
    if (attribute == null && type instanceof EntityModel entity) {
      for (EntityModel subtype : entity.selfAndSubtypes()) {
        attribute = subtype.findAttribute(name.text());
        if (attribute != null) {
          break;
        }
      }
    }
    if (attribute == null) {
      Set<String> candidates = new LinkedHashSet<>();
      type.attributes().forEach(a -> candidates.add(a.name()));
      throw context.errors.at(name.position(), "Unknown attribute '" + name.text() + "' of " + type.describe(),
          Suggestions.didYouMean(name.text(), candidates));
    }
    return attribute;
  }

  // ------------------------------------------------------------------------------------- path starts

  /** Where a path starts: a declared name, or the implicit {@code this} when the first name is its attribute. */
  Scope.Start startOf(Scope scope, Path path) {
    if (path.root() instanceof TreatedPath treated) {
      Variable variable = variable(scope, treated.path());
      EntityModel subtype = context.findEntity(treated.subtype().text());
      if (subtype == null || variable.entity() == null || !variable.entity().root().isSupertypeOf(subtype)) {
        throw context.errors.at(treated.subtype().position(), "Cannot treat '" + treated.path() + "' as '"
            + treated.subtype().text() + "'", "name a subtype of its entity");
      }
      return new Scope.Start(variable, "", subtype);
    }
    if (!(path.root() instanceof Identifier root)) {
      throw context.errors.at(path.position(), "Unexpected path '" + path + "'");
    }
    Scope.Start start = scope.find(root.text());
    if (start != null) {
      return start;
    }
    Scope.Start self = implicitThisWith(scope, root.text());
    if (self != null) {
      return self;
    }
    List<String> candidates = new ArrayList<>(scope.visibleNames());
    for (Scope s = scope; s != null; s = s.parent) {
      if (s.implicitThis != null) {
        s.implicitThis.type().attributes().forEach(a -> candidates.add(a.name()));
      }
    }
    throw context.errors.unknown(root.position(), "identification variable", root.text(), candidates);
  }

  private Scope.Start implicitThisWith(Scope scope, String attribute) {
    for (Scope s = scope; s != null; s = s.parent) {
      if (s.implicitThis != null && s.implicitThis.type().findAttribute(attribute) != null) {
        scope.markCorrelatedUpTo(s);
        return s.implicitThis;
      }
    }
    return null;
  }

  /** The attribute names after the start: all of them, or the root's name too for the implicit this. */
  private List<Identifier> namesAfterStart(Scope scope, Path path) {
    if (path.root() instanceof Identifier root && scope.find(root.text()) == null
        && implicitThisWith(scope, root.text()) != null) {
      List<Identifier> names = new ArrayList<>();
      names.add(root);
      names.addAll(path.attributes());
      return names;
    }
    return path.attributes();
  }

  /** An enum literal, an entity type literal or a constant, when the path is no variable's. */
  private Expr literal(Scope scope, Path path) {
    if (!(path.root() instanceof Identifier root) || scope.find(root.text()) != null
        || implicitThisWith(scope, root.text()) != null) {
      return null;
    }
    StringBuilder qualified = new StringBuilder(root.text());
    path.attributes().forEach(name -> qualified.append('.').append(name.text()));
    String name = qualified.toString();
    EntityModel entity = context.findEntity(name);
    if (entity != null) {
      return new Expr.Constant(entity.javaType(), ValueType.CLASS);
    }
    if (path.attributes().isEmpty()) {
      return null;
    }
    int dot = name.lastIndexOf('.');
    Class<?> owner = context.findClass(name.substring(0, dot));
    if (owner != null && owner.isEnum()) {
      String constant = name.substring(dot + 1);
      for (Object value : owner.getEnumConstants()) {
        if (((Enum<?>) value).name().equals(constant)) {
          return new Expr.Constant(value, ValueType.of(owner));
        }
      }
      List<String> names = new ArrayList<>();
      for (Object value : owner.getEnumConstants()) {
        names.add(((Enum<?>) value).name());
      }
      Identifier last = path.attributes().get(path.attributes().size() - 1);
      throw context.errors.unknown(last.position(), "constant of enum '" + owner.getName() + "':", constant, names);
    }
    return null;
  }
}
