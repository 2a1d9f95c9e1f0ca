package org.memoryjpa.query;

/** A DTO for constructor expressions. */
public record NameAge(String name, Integer age) {}
