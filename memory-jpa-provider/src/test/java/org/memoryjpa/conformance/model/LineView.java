package org.memoryjpa.conformance.model;

import java.math.BigDecimal;

/** A DTO for constructor expressions over order lines, with a nested path argument. */
public record LineView(Long id, String product, Integer quantity, BigDecimal unitPrice) {}
