package org.memoryjpa.testing;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The format of the golden JPQL scripts shared by the script runners: a case is comment lines
 * ({@code --}), a query of one or more lines, then its outcome, and a blank line ends it.
 *
 * <pre>
 * -- a comment, or a directive the runner reads, such as "-- params name='Ada'"
 * select p.name, p.age from Person p where p.id &lt; 3 order by p.id
 * =&gt; 'Ada', 36
 * =&gt; 'bob', null
 * || a line of memory-jpa's plan
 *
 * select p.nmae from Person p
 * !! IllegalArgumentException
 * </pre>
 *
 * {@code =>} lines are the result rows, each value typed by its rendering ({@link #value}), {@code !!}
 * lines the error, {@code ||} lines the plan. Stateless.
 */
public final class JpqlScript {

  private JpqlScript() {}

  /** One case of a script: its comment lines, the query text and the expected outcome. */
  public record Case(List<String> comments, String query, List<String> rows, List<String> plan,
      List<String> error) {

    /** The text after {@code -- name} (and an optional colon) in a comment line of this case. */
    public Optional<String> directive(String name) {
      for (String comment : comments) {
        String text = comment.substring(2).strip();
        if (text.equals(name) || text.startsWith(name + " ") || text.startsWith(name + ":")) {
          String rest = text.substring(name.length());
          return Optional.of((rest.startsWith(":") ? rest.substring(1) : rest).strip());
        }
      }
      return Optional.empty();
    }

    /** This case with another outcome. */
    public Case withOutcome(List<String> rows, List<String> plan, List<String> error) {
      return new Case(comments, query, List.copyOf(rows), List.copyOf(plan), List.copyOf(error));
    }
  }

  /** The cases of a script file. */
  public static List<Case> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** The cases of a script's lines. */
  public static List<Case> parse(List<String> lines) {
    List<Case> cases = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    StringBuilder query = new StringBuilder();
    List<String> rows = new ArrayList<>();
    List<String> plan = new ArrayList<>();
    List<String> error = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (query.length() > 0) {
          cases.add(new Case(List.copyOf(comments), query.toString(), List.copyOf(rows), List.copyOf(plan),
              List.copyOf(error)));
          comments.clear();
        }
        query.setLength(0);
        rows.clear();
        plan.clear();
        error.clear();
      } else if (line.startsWith("--")) {
        comments.add(line);
      } else if (line.startsWith("=> ") || line.equals("=>")) {
        rows.add(line.length() > 3 ? line.substring(3) : "");
      } else if (line.startsWith("||")) {
        plan.add(line.length() > 3 ? line.substring(3) : "");
      } else if (line.startsWith("!! ")) {
        error.add(line.substring(3));
      } else {
        query.append(query.length() > 0 ? "\n" : "").append(line);
      }
    }
    if (query.length() > 0) {
      cases.add(new Case(List.copyOf(comments), query.toString(), List.copyOf(rows), List.copyOf(plan),
          List.copyOf(error)));
    }
    return cases;
  }

  /** The lines of a script holding these cases, each followed by a blank line. */
  public static List<String> render(List<Case> cases) {
    List<String> lines = new ArrayList<>();
    for (Case c : cases) {
      lines.addAll(c.comments());
      lines.addAll(c.query().lines().toList());
      if (!c.error().isEmpty()) {
        c.error().forEach(line -> lines.add("!! " + line));
      } else {
        c.rows().forEach(row -> lines.add("=> " + row));
        c.plan().forEach(line -> lines.add("|| " + line));
      }
      lines.add("");
    }
    return lines;
  }

  /**
   * Whether rows must come in the order given: the statement has an ORDER BY outside parentheses
   * and string literals (an ORDER BY in a subquery orders nothing the caller sees).
   */
  public static boolean ordered(String query) {
    String text = query.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && text.startsWith("order by", i)
          && (i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two renderings of rows are equal, in order or as multisets. */
  public static boolean sameRows(List<String> expected, List<String> actual, boolean ordered) {
    return ordered ? expected.equals(actual)
        : expected.stream().sorted().toList().equals(actual.stream().sorted().toList());
  }

  /** A result row as the scripts write it: the values of an {@code Object[]} separated by commas. */
  public static String row(EntityManager em, Object row) {
    return row instanceof Object[] items
        ? Stream.of(items).map(v -> value(em, v)).collect(Collectors.joining(", "))
        : value(em, row);
  }

  /**
   * A value as the scripts write it, its Java type visible: 36 an Integer, 36L a Long, 2S a Short,
   * 31.75D a Double, 2.50BD a BigDecimal, 7BI a BigInteger, 'x' a String, Status.NEW an enum,
   * {LocalDate 2020-01-01} a temporal, Car.class a class, Person#1 an entity (its concrete class),
   * {Address street='x', geo=null} an embeddable, PersonSummary('Ada', 36) a record, 'k'=v a map entry.
   */
  public static String value(EntityManager em, Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return "'" + text.replace("'", "''") + "'";
    }
    if (value instanceof Long || value instanceof Double || value instanceof Float || value instanceof Short) {
      return value + value.getClass().getSimpleName().substring(0, 1);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString() + "BD";
    }
    if (value instanceof BigInteger integer) {
      return integer + "BI";
    }
    if (value instanceof Enum<?> constant) {
      return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }
    if (value instanceof Temporal || value instanceof java.util.Date) {
      return "{" + value.getClass().getSimpleName() + " " + value + "}";
    }
    if (value instanceof Class<?> type) {
      return type.getSimpleName() + ".class";
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      return String.valueOf(value);
    }
    if (value instanceof Map.Entry<?, ?> entry) {
      return value(em, entry.getKey()) + "=" + value(em, entry.getValue());
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(v -> value(em, v)).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Record record) {
      return record.getClass().getSimpleName() + Stream.of(record.getClass().getRecordComponents())
          .map(component -> value(em, component(record, component))).collect(Collectors.joining(", ", "(", ")"));
    }
    if (value.getClass().isAnnotationPresent(Embeddable.class)) {
      return embeddable(em, value);
    }
    Class<?> type = em.getEntityManagerFactory().getPersistenceUnitUtil().getClass(value);
    while (type.getSuperclass() != null && !type.isAnnotationPresent(Entity.class)) {
      type = type.getSuperclass();
    }
    return type.getSimpleName() + "#" + em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
  }

  private static Object component(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String embeddable(EntityManager em, Object value) {
    StringBuilder text = new StringBuilder("{").append(value.getClass().getSimpleName());
    String separator = " ";
    for (Field field : value.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
        continue;
      }
      try {
        field.setAccessible(true);
        text.append(separator).append(field.getName()).append('=').append(value(em, field.get(value)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      separator = ", ";
    }
    return text.append('}').toString();
  }
}
