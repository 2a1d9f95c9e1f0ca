package org.memoryjpa.internal.query.eval;

/**
 * An expression compiled for one plan: reads the frame (one value per variable and aggregate) and the
 * execution (parameters, read view) and returns a stored-form value; conditions return TRUE, FALSE or
 * null for UNKNOWN. Stateless; shared by every execution of the plan.
 */
@FunctionalInterface
public interface Evaluator {

  /** The value for the current frame. */
  Object evaluate(Object[] frame, Execution execution);
}
