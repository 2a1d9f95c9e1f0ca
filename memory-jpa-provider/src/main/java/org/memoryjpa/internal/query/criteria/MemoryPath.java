package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.memoryjpa.internal.diagnostics.Suggestions;
import org.memoryjpa.internal.metadata.metamodel.MemoryAttribute;
import org.memoryjpa.internal.query.parse.syntax.FunctionCall;

/**
 * The base of paths: roots, joins, attribute paths, treated paths and map keys and values. Resolves
 * attributes by name or by metamodel object (ours, or a static metamodel field that another factory or
 * provider populated: resolved by declaring class and name) against the type the path reaches, with
 * the exceptions the Javadoc names and messages that name the attribute, the type and the path.
 * Immutable except roots and joins, which collect their joins.
 *
 * @param <X> the Java type of the path
 */
abstract class MemoryPath<X> extends MemoryExpression<X> implements Path<X> {

  private final MemoryPath<?> parent;

  MemoryPath(MemoryCriteriaBuilder builder, Class<? extends X> javaType, MemoryPath<?> parent) {
    super(builder, javaType);
    this.parent = parent;
  }

  @Override
  public Path<?> getParentPath() {
    return parent;
  }

  MemoryPath<?> parent() {
    return parent;
  }

  /**
   * The type whose attributes this path has: a managed type, or a basic type, which has none; null
   * for a collection-valued path, which cannot be navigated.
   */
  abstract Type<?> modelType();

  /** The path as messages name it, from its root entity: {@code Customer.address.city}. */
  abstract String describe();

  @Override
  public <Y> Path<Y> get(String attributeName) {
    return new MemoryAttributePath<>(builder, this, requireAttribute(attributeName));
  }

  @Override
  public <Y> Path<Y> get(SingularAttribute<? super X, Y> attribute) {
    return new MemoryAttributePath<>(builder, this, requireAttribute(attribute));
  }

  @Override
  public <E, C extends Collection<E>> Expression<C> get(PluralAttribute<? super X, C, E> collection) {
    return new MemoryAttributePath<>(builder, this, requireAttribute(collection));
  }

  @Override
  public <K, V, M extends Map<K, V>> Expression<M> get(MapAttribute<? super X, K, V> map) {
    return new MemoryAttributePath<>(builder, this, requireAttribute(map));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  public Expression<Class<? extends X>> type() {
    return new MemoryFunction(builder, Class.class, List.of(this),
        translator -> new FunctionCall("TYPE", List.of(toSyntax((Translator) translator)), Translator.NOWHERE));
  }

  // ------------------------------------------------------------------------------------ resolution

  /** The attribute of that name of the type this path reaches. */
  Attribute<?, ?> requireAttribute(String name) {
    if (name == null) {
      throw new IllegalArgumentException("The attribute name is null; pass the name of an attribute of "
          + Descriptions.describe(modelType()));
    }
    ManagedType<?> managed = requireManagedType(name);
    try {
      return managed.getAttribute(name);
    } catch (IllegalArgumentException unknown) {
      throw unknownAttribute(managed, name);
    }
  }

  /**
   * This unit's attribute for a metamodel attribute, which must belong to the type this path reaches
   * or one of its supertypes.
   */
  Attribute<?, ?> requireAttribute(Attribute<?, ?> attribute) {
    if (attribute == null) {
      throw new IllegalArgumentException("The attribute is null; a static metamodel field (Customer_.name) stays"
          + " null until an EntityManagerFactory over its class has been created");
    }
    ManagedType<?> managed = requireManagedType(attribute.getName());
    MemoryAttribute<?, ?> own = builder.metamodel().resolveAttribute(attribute);
    Class<?> declaring = own.getDeclaringType().getJavaType();
    if (!declaring.isAssignableFrom(managed.getJavaType())) {
      throw new IllegalArgumentException(
          "Attribute '" + attribute.getName() + "' of " + Descriptions.describe(own.getDeclaringType())
              + " is not an attribute of " + Descriptions.describe(managed) + where()
              + subtypeHint(managed, attribute.getName()));
    }
    return managed.getAttribute(own.getName());
  }

  private ManagedType<?> requireManagedType(String attributeName) {
    Type<?> type = modelType();
    if (type == null) {
      throw new IllegalArgumentException(
          "Cannot get attribute '" + attributeName + "' of collection-valued path '" + describe()
              + "'; join the collection and get the attribute of the join: join(\""
              + ((MemoryAttributePath<?>) this).attribute().getName() + "\").get(\"" + attributeName + "\")");
    }
    if (!(type instanceof ManagedType<?> managed)) {
      throw new IllegalStateException(
          "Cannot get attribute '" + attributeName + "' of basic path '" + describe() + "' of type '"
              + type.getJavaType().getSimpleName() + "'; only entity and embeddable paths have attributes");
    }
    return managed;
  }

  private IllegalArgumentException unknownAttribute(ManagedType<?> managed, String name) {
    List<String> candidates = new ArrayList<>();
    managed.getAttributes().forEach(attribute -> candidates.add(attribute.getName()));
    String hint = subtypeHint(managed, name);
    return new IllegalArgumentException(
        "Unknown attribute '" + name + "' of " + Descriptions.describe(managed) + where()
            + (hint.isEmpty() ? Suggestions.didYouMean(name, candidates) : hint));
  }

  /** Where the path is, for messages about an attribute of a path other than a root. */
  private String where() {
    return this instanceof MemoryRoot<?> ? "" : " (path '" + describe() + "')";
  }

  /** The advice to treat the path, when a subtype of the type has the attribute. */
  private String subtypeHint(ManagedType<?> managed, String name) {
    if (!(managed instanceof EntityType<?>)) {
      return "";
    }
    for (EntityType<?> entity : builder.metamodel().getEntities()) {
      boolean subtype = entity.getJavaType() != managed.getJavaType()
          && managed.getJavaType().isAssignableFrom(entity.getJavaType());
      if (subtype && entity.getAttributes().stream().anyMatch(a -> a.getName().equals(name))) {
        return "; it is an attribute of the subtype '" + entity.getName() + "': treat the path first,"
            + " cb.treat(path, " + entity.getJavaType().getSimpleName() + ".class).get(\"" + name + "\")";
      }
    }
    return "";
  }
}
