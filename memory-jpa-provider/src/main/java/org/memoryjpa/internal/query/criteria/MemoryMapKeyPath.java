package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.metamodel.Bindable;
import jakarta.persistence.metamodel.Type;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.Path;
import org.memoryjpa.internal.query.parse.syntax.QualifiedIdentificationVariable;
import org.memoryjpa.internal.query.parse.syntax.QualifiedIdentificationVariable.Qualifier;

/**
 * {@code KEY(m)} or {@code VALUE(m)} of a map join: {@link MemoryMapJoin#key()} and {@link
 * MemoryMapJoin#value()}. Immutable.
 *
 * @param <X> the key or value type
 */
final class MemoryMapKeyPath<X> extends MemoryPath<X> {

  private final Qualifier qualifier;
  private final Type<X> type;

  MemoryMapKeyPath(MemoryCriteriaBuilder builder, MemoryMapJoin<?, ?, ?> map, Qualifier qualifier, Type<X> type) {
    super(builder, type.getJavaType(), map);
    this.qualifier = qualifier;
    this.type = type;
  }

  /** The key or value type, where it is bindable (an entity); null for a basic or embeddable key. */
  @SuppressWarnings("unchecked")
  @Override
  public Bindable<X> getModel() {
    return type instanceof Bindable<?> bindable ? (Bindable<X>) bindable : null;
  }

  @Override
  Type<?> modelType() {
    return type;
  }

  @Override
  String describe() {
    return qualifier + "(" + parent().describe() + ")";
  }

  @Override
  org.memoryjpa.internal.query.parse.syntax.Expression toSyntax(Translator translator) {
    QualifiedIdentificationVariable root = new QualifiedIdentificationVariable(
        qualifier, translator.variable((MemoryFrom<?, ?>) parent()), Translator.NOWHERE);
    return new Path(root, List.of(), Translator.NOWHERE);
  }
}
