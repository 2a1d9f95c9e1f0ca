package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Bindable;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.Identifier;
import org.memoryjpa.internal.query.parse.syntax.Path;

/**
 * The path to an attribute of a path ({@code c.address.city}, {@code c.orders}): a state field, a
 * single-valued association, an embeddable, or a collection-valued attribute, which cannot be
 * navigated further (join it instead). Immutable.
 *
 * @param <X> the attribute's Java type
 */
final class MemoryAttributePath<X> extends MemoryPath<X> {

  private final Attribute<?, ?> attribute;

  @SuppressWarnings("unchecked")
  MemoryAttributePath(MemoryCriteriaBuilder builder, MemoryPath<?> parent, Attribute<?, ?> attribute) {
    super(builder, (Class<X>) attribute.getJavaType(), parent);
    this.attribute = attribute;
  }

  Attribute<?, ?> attribute() {
    return attribute;
  }

  @SuppressWarnings("unchecked")
  @Override
  public Bindable<X> getModel() {
    return (Bindable<X>) attribute;
  }

  @Override
  Type<?> modelType() {
    return attribute instanceof SingularAttribute<?, ?> singular ? singular.getType() : null;
  }

  @Override
  String describe() {
    return parent().describe() + "." + attribute.getName();
  }

  @Override
  org.memoryjpa.internal.query.parse.syntax.Expression toSyntax(Translator translator) {
    Path parentPath = translator.path(parent());
    Identifier name = new Identifier(attribute.getName(), Translator.NOWHERE);
    if (parentPath.attributes().isEmpty()) {
      // the usual root.get("x"): an immutable list, which Path keeps as it is instead of copying
      return new Path(parentPath.root(), List.of(name), Translator.NOWHERE);
    }
    List<Identifier> attributes = new ArrayList<>(parentPath.attributes());
    attributes.add(name);
    return new Path(parentPath.root(), attributes, Translator.NOWHERE);
  }
}
