package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.ParameterExpression;
import java.util.Set;
import org.memoryjpa.internal.query.parse.syntax.Expression;
import org.memoryjpa.internal.query.parse.syntax.NamedParameter;

/**
 * A parameter of a Criteria query, named or not. Its name in the JPQL tree is decided by each
 * translation ({@link CriteriaTranslation#parameterNames()}); equality is identity, as the query's
 * {@code setParameter(Parameter, value)} needs. Immutable.
 *
 * @param <T> the parameter's type
 */
final class MemoryParameterExpression<T> extends MemoryExpression<T> implements ParameterExpression<T> {

  /**
   * Set once any parameter in this JVM is named like a generated one ({@code __criteria_...}): only
   * then must a translation collect the query's parameter names to keep its generated names apart.
   */
  private static volatile boolean namedLikeGenerated;

  private final Class<T> type;
  private final String name;

  MemoryParameterExpression(MemoryCriteriaBuilder builder, Class<T> type, String name) {
    super(builder, type);
    this.type = type;
    this.name = name;
    if (name != null && name.startsWith(Translator.GENERATED_PREFIX)) {
      namedLikeGenerated = true;
    }
  }

  /** True once a parameter was named so that a generated name could clash with it. */
  static boolean anyNamedLikeGenerated() {
    return namedLikeGenerated;
  }

  @Override
  public String getName() {
    return name;
  }

  /** Criteria parameters are never positional. */
  @Override
  public Integer getPosition() {
    return null;
  }

  @Override
  public Class<T> getParameterType() {
    return type;
  }

  @Override
  Expression toSyntax(Translator translator) {
    return new NamedParameter(translator.parameterName(this), Translator.NOWHERE);
  }

  @Override
  void collectParameters(Set<ParameterExpression<?>> into) {
    into.add(this);
  }
}
