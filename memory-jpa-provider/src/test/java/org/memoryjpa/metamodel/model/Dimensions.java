package org.memoryjpa.metamodel.model;

import jakarta.persistence.Embeddable;

/** A record embeddable (JPA 3.2). */
@Embeddable
public record Dimensions(double width, double height, double depth) {}
