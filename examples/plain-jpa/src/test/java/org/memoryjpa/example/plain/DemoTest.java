package org.memoryjpa.example.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

  @Test
  void run_onMemoryJpa_persistsFindsUpdatesAndRejectsDuplicates() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long id = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(id).isPositive();
    assertThat(output)
        .contains("MemoryEntityManagerFactory")
        .contains("with 2 orders")
        .contains("Found Ada in London, version 0, orders: [1 x Analytical Engine, 500 x Punched cards]")
        .contains("JPQL: bulk orders [Punched cards]; Criteria: 2 orders of Ada")
        .contains("Renamed to Ada Lovelace, version now 1")
        .contains("Duplicate e-mail rejected:");
  }
}
