package org.memoryjpa.conformance.model;

/** A DTO for constructor expressions over persons. */
public record PersonSummary(String name, Integer age) {}
