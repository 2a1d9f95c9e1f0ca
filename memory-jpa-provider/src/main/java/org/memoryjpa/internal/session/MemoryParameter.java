package org.memoryjpa.internal.session;

import jakarta.persistence.Parameter;
import java.util.Objects;

/**
 * A parameter of a query as {@code Query.getParameters()} reports it: its name or position and the
 * type its context gives it. Equal by name and position, so that a parameter of one query object also
 * names the same parameter of another object of the same statement. Immutable.
 */
final class MemoryParameter<T> implements Parameter<T> {

  private final String name;
  private final Integer position;
  private final Class<T> type;

  MemoryParameter(String name, Integer position, Class<T> type) {
    this.name = name;
    this.position = position;
    this.type = type;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public Integer getPosition() {
    return position;
  }

  @Override
  public Class<T> getParameterType() {
    return type;
  }

  String label() {
    return name != null ? ":" + name : "?" + position;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parameter<?> that && Objects.equals(name, that.getName())
        && Objects.equals(position, that.getPosition());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, position);
  }

  @Override
  public String toString() {
    return "Parameter[" + label() + "]";
  }
}
