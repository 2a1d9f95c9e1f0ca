package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.metamodel.Bindable;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Type;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.Identifier;
import org.memoryjpa.internal.query.parse.syntax.Path;
import org.memoryjpa.internal.query.parse.syntax.TreatedPath;

/**
 * An attribute path downcast to a subtype ({@code cb.treat(c.get("owner"), Vip.class)}): {@code
 * TREAT(c.owner AS Vip)}. Roots and joins are treated by {@link MemoryFrom#treatAs} instead. Immutable.
 *
 * @param <T> the subtype
 */
final class MemoryTreatedPath<T> extends MemoryPath<T> {

  private final EntityType<T> subtype;

  MemoryTreatedPath(MemoryCriteriaBuilder builder, MemoryPath<?> path, EntityType<T> subtype) {
    super(builder, subtype.getJavaType(), path);
    this.subtype = subtype;
  }

  @Override
  public Bindable<T> getModel() {
    return subtype;
  }

  @Override
  Type<?> modelType() {
    return subtype;
  }

  @Override
  String describe() {
    return "TREAT(" + parent().describe() + " AS " + subtype.getName() + ")";
  }

  @Override
  List<MemoryPath<?>> operands() {
    return List.of(parent());
  }

  @Override
  org.memoryjpa.internal.query.parse.syntax.Expression toSyntax(Translator translator) {
    TreatedPath treated = new TreatedPath(
        translator.path(parent()), new Identifier(subtype.getName(), Translator.NOWHERE), Translator.NOWHERE);
    return new Path(treated, List.of(), Translator.NOWHERE);
  }
}
