package org.memoryjpa.internal.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The query excerpt with a caret that every JPQL error message ends with. */
class JpqlErrorsTest {

  @Test
  void syntaxError_oneLine_showsTheLineAndACaret() {
    IllegalArgumentException error =
        JpqlErrors.syntaxError("select c form Customer c", 1, 10, "unexpected token 'form'; did you mean 'FROM'?");

    assertThat(error.getMessage()).isEqualTo("""
        Syntax error at 1:10 in JPQL: unexpected token 'form'; did you mean 'FROM'?
        select c form Customer c
                 ^""");
  }

  @Test
  void excerpt_shortQueryOfSeveralLines_showsAllLinesWithTheCaretUnderTheLineAtFault() {
    String excerpt = JpqlErrors.excerpt("select c\nfrom Customer c\nwhere c.x = = 1\norder by c.x", 3, 13);

    assertThat(excerpt).isEqualTo("""
        select c
        from Customer c
        where c.x = = 1
                    ^
        order by c.x""");
  }

  @Test
  void excerpt_longQueryOfManyLines_showsThreeLinesAroundTheLineAtFault() {
    String jpql = String.join("\n", "l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8", "l9", "l10");

    assertThat(JpqlErrors.excerpt(jpql, 6, 2)).isEqualTo("""
        ...
        l3
        l4
        l5
        l6
         ^
        l7
        l8
        l9
        ...""");
  }

  @Test
  void excerpt_longLine_showsAWindowAroundTheColumn() {
    String line = "x".repeat(200) + "!" + "y".repeat(200);

    String excerpt = JpqlErrors.excerpt(line, 1, 201);

    String[] lines = excerpt.split("\n");
    assertThat(lines[0]).startsWith("...x").endsWith("y...").hasSize(3 + JpqlErrors.MAX_LINE + 3);
    assertThat(lines[0].charAt(lines[1].indexOf('^'))).isEqualTo('!');
  }

  @Test
  void excerpt_windowsLineBreaksAndTabs_keepTheCaretAligned() {
    assertThat(JpqlErrors.excerpt("select c\r\nfrom\tCustomer\tc", 2, 6)).isEqualTo("""
        select c
        from Customer c
             ^""");
  }
}
