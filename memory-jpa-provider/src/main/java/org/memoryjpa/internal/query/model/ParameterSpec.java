package org.memoryjpa.internal.query.model;

/**
 * An input parameter of a statement, as {@code Query.getParameters()} lists it: its name or position
 * and the type its first typed occurrence gives it. Immutable.
 *
 * @param name the name of a named parameter, else null
 * @param position the number of a positional parameter, else null
 * @param type the expected type ({@link ValueType#UNKNOWN} when no occurrence tells)
 * @param multiValued whether an occurrence accepts a collection (the only item of an IN list)
 */
public record ParameterSpec(String name, Integer position, ValueType type, boolean multiValued) {

  /** {@code :name} or {@code ?1}. */
  public String label() {
    return name != null ? ":" + name : "?" + position;
  }

  @Override
  public String toString() {
    return label();
  }
}
