package org.memoryjpa.internal.query.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of the JPQL applications write: selects with joins, nested conditions of every
 * kind, parameters, literals, functions, subqueries, grouping, ordering, paging, set operations,
 * updates and deletes, in mixed keyword case. Same seed, same queries.
 */
final class TypicalQueries {

  private static final String[] ENTITIES = {"Customer", "Order", "Product", "Employee", "Person", "Invoice"};
  private static final String[] ATTRIBUTES = {
    "name", "age", "status", "total", "createdAt", "email", "active", "type", "date", "value", "key", "count"
  };
  private static final String[] RELATIONS = {"orders", "lines", "address", "manager", "tags", "items"};
  private static final String[] OPERATORS = {"=", "<>", "!=", "<", "<=", ">", ">="};

  private final Random random;
  private int aliases;

  TypicalQueries(long seed) {
    this.random = new Random(seed);
  }

  List<String> next(int count) {
    List<String> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      aliases = 0;
      queries.add(statement());
    }
    return queries;
  }

  private String statement() {
    int kind = random.nextInt(20);
    if (kind == 0) {
      return update();
    }
    if (kind == 1) {
      return delete();
    }
    if (kind == 2) {
      return select(true) + " " + pick("union", "union all", "intersect", "except") + " " + select(true);
    }
    return select(false);
  }

  private String select(boolean simple) {
    String alias = alias();
    StringBuilder query = new StringBuilder();
    List<String> joined = new ArrayList<>(List.of(alias));
    String from = kw("from") + " " + pick(ENTITIES) + " " + alias;
    int joins = simple ? 0 : random.nextInt(3);
    StringBuilder joinText = new StringBuilder();
    for (int i = 0; i < joins; i++) {
      String joinAlias = alias();
      String owner = pick(joined);
      switch (random.nextInt(5)) {
        case 0 -> joinText.append(' ').append(kw("left join fetch")).append(' ').append(owner).append('.').append(pick(RELATIONS));
        case 1 -> joinText.append(' ').append(kw("left join")).append(' ').append(owner).append('.').append(pick(RELATIONS))
            .append(' ').append(joinAlias).append(' ').append(kw("on")).append(' ').append(condition(List.of(joinAlias), 1));
        case 2 -> joinText.append(' ').append(kw("join")).append(' ').append(pick(ENTITIES)).append(' ').append(joinAlias)
            .append(' ').append(kw("on")).append(' ').append(joinAlias).append('.').append(pick(ATTRIBUTES))
            .append(" = ").append(owner).append('.').append(pick(ATTRIBUTES));
        default -> joinText.append(' ').append(kw(pick("join", "inner join", "left join", "left outer join")))
            .append(' ').append(owner).append('.').append(pick(RELATIONS)).append(' ').append(joinAlias);
      }
      if (!joinText.toString().contains("fetch " + owner) || random.nextBoolean()) {
        joined.add(joinAlias);
      }
    }
    if (!(random.nextInt(10) == 0 && !simple)) {
      query.append(kw("select")).append(' ').append(selection(joined, simple)).append(' ');
    }
    query.append(from).append(joinText);
    if (random.nextInt(5) > 0) {
      query.append(' ').append(kw("where")).append(' ').append(condition(joined, random.nextInt(3)));
    }
    if (!simple && random.nextInt(6) == 0) {
      query.append(' ').append(kw("group by")).append(' ').append(path(joined));
      if (random.nextBoolean()) {
        query.append(' ').append(kw("having")).append(' ').append(kw("count")).append('(').append(alias)
            .append(") > ").append(parameter());
      }
    }
    if (!simple && random.nextInt(3) == 0) {
      query.append(' ').append(kw("order by")).append(' ').append(orderItem(joined));
      if (random.nextBoolean()) {
        query.append(", ").append(orderItem(joined));
      }
    }
    if (!simple && random.nextInt(8) == 0) {
      query.append(' ').append(pick("limit 10", "limit :max offset :first", "offset 5 rows fetch next 10 rows only"));
    }
    return query.toString();
  }

  private String selection(List<String> aliases, boolean simple) {
    if (simple) {
      return path(aliases);
    }
    switch (random.nextInt(8)) {
      case 0:
        return kw("distinct") + " " + aliases.get(0);
      case 1:
        return path(aliases) + ", " + path(aliases) + " " + kw("as") + " " + pick(ATTRIBUTES);
      case 2:
        return kw("new") + " com.acme.web.Views$Row(" + path(aliases) + ", " + expression(aliases, 1) + ")";
      case 3:
        return kw(pick("count", "max", "min", "sum", "avg")) + "(" + path(aliases) + ")";
      case 4:
        return kw("count") + "(*)";
      case 5:
        return expression(aliases, 2) + " " + kw("as") + " x";
      default:
        return aliases.get(0);
    }
  }

  private String orderItem(List<String> aliases) {
    return path(aliases) + pick("", " asc", " desc", " ASC NULLS LAST", " desc nulls first");
  }

  private String condition(List<String> aliases, int depth) {
    if (depth > 0 && random.nextInt(3) > 0) {
      String left = condition(aliases, depth - 1);
      String right = condition(aliases, depth - 1);
      switch (random.nextInt(4)) {
        case 0:
          return "(" + left + " " + kw("or") + " " + right + ")";
        case 1:
          return kw("not") + " (" + left + ")";
        default:
          return left + " " + kw(pick("and", "or")) + " " + right;
      }
    }
    String path = path(aliases);
    switch (random.nextInt(14)) {
      case 0:
        return path + " " + kw(pick("between", "not between")) + " " + operand(aliases) + " " + kw("and") + " " + operand(aliases);
      case 1:
        return path + " " + kw(pick("in", "not in")) + " (" + literal() + ", " + literal() + ", " + parameter() + ")";
      case 2:
        return path + " " + kw("in") + " " + parameter();
      case 3:
        return kw("upper") + "(" + path + ") " + kw(pick("like", "not like")) + " " + kw("upper") + "(" + parameter() + ") "
            + kw("escape") + " '\\'";
      case 4:
        return path + " " + kw(pick("is null", "is not null"));
      case 5:
        return aliases.get(0) + "." + pick(RELATIONS) + " " + kw(pick("is empty", "is not empty"));
      case 6:
        return parameter() + " " + kw(pick("member of", "not member of")) + " " + aliases.get(0) + "." + pick(RELATIONS);
      case 7:
        return kw(pick("exists", "not exists")) + " (" + subquery(aliases) + ")";
      case 8:
        return path + " " + pick(OPERATORS) + " " + kw(pick("all", "any", "some")) + " (" + subquery(aliases) + ")";
      case 9:
        return path + " " + kw("in") + " (" + subquery(aliases) + ")";
      case 10:
        return path + " = " + kw(pick("true", "false"));
      default:
        return operand(aliases) + " " + pick(OPERATORS) + " " + operand(aliases);
    }
  }

  private String subquery(List<String> outer) {
    String alias = alias();
    List<String> aliases = new ArrayList<>(outer);
    aliases.add(0, alias);
    String from = random.nextInt(4) == 0
        ? outer.get(0) + "." + pick(RELATIONS) + " " + alias
        : pick(ENTITIES) + " " + alias;
    return kw("select") + " " + pick(alias, alias + "." + pick(ATTRIBUTES), kw("max") + "(" + alias + ".total)") + " "
        + kw("from") + " " + from + " " + kw("where") + " " + alias + "." + pick(ATTRIBUTES) + " = "
        + outer.get(0) + "." + pick(ATTRIBUTES);
  }

  private String operand(List<String> aliases) {
    switch (random.nextInt(6)) {
      case 0:
        return parameter();
      case 1:
        return literal();
      case 2:
        return expression(aliases, 1);
      default:
        return path(aliases);
    }
  }

  private String expression(List<String> aliases, int depth) {
    if (depth == 0) {
      return random.nextBoolean() ? path(aliases) : literal();
    }
    switch (random.nextInt(10)) {
      case 0:
        return expression(aliases, depth - 1) + " " + pick("+", "-", "*", "/", "||") + " " + expression(aliases, depth - 1);
      case 1:
        return "(" + expression(aliases, depth - 1) + " " + pick("+", "-") + " " + literal() + ") * 2";
      case 2:
        return kw(pick("lower", "upper", "trim", "length", "abs", "sqrt")) + "(" + path(aliases) + ")";
      case 3:
        return kw("concat") + "(" + path(aliases) + ", ' ', " + expression(aliases, depth - 1) + ")";
      case 4:
        return kw("substring") + "(" + path(aliases) + ", 1, " + parameter() + ")";
      case 5:
        return kw("coalesce") + "(" + path(aliases) + ", " + literal() + ")";
      case 6:
        return kw("case") + " " + kw("when") + " " + condition(aliases, 0) + " " + kw("then") + " " + literal() + " "
            + kw("else") + " " + expression(aliases, depth - 1) + " " + kw("end");
      case 7:
        return kw(pick("current_date", "current_timestamp", "local date", "local datetime"));
      case 8:
        return "(" + subquery(aliases) + ")";
      default:
        return kw(pick("size", "index", "type", "id")) + "(" + aliases.get(0) + ")";
    }
  }

  private String path(List<String> aliases) {
    String alias = pick(aliases);
    switch (random.nextInt(5)) {
      case 0:
        return alias + "." + pick(RELATIONS) + "." + pick(ATTRIBUTES);
      case 1:
        return kw(pick("key", "value")) + "(" + alias + ")." + pick(ATTRIBUTES);
      default:
        return alias + "." + pick(ATTRIBUTES);
    }
  }

  private String literal() {
    switch (random.nextInt(9)) {
      case 0:
        return "'" + pick("x", "O''Brien", "a%", "") + "'";
      case 1:
        return String.valueOf(random.nextInt(1000));
      case 2:
        return random.nextInt(100) + pick("L", "BI", "D", "F", "BD");
      case 3:
        return random.nextInt(100) + "." + random.nextInt(100);
      case 4:
        return "-" + random.nextInt(100);
      case 5:
        return pick("{d '2024-01-31'}", "{ts '2024-01-31 10:00:00'}", "{t '10:00:00'}");
      case 6:
        return "com.acme.Status." + pick("OPEN", "CLOSED");
      case 7:
        return kw(pick("true", "false", "null"));
      default:
        return "'" + pick(ATTRIBUTES) + "'";
    }
  }

  private String parameter() {
    return random.nextBoolean() ? ":" + pick(ATTRIBUTES) + random.nextInt(3) : "?" + (1 + random.nextInt(9));
  }

  private String update() {
    String alias = alias();
    String statement = kw("update") + " " + pick(ENTITIES) + " " + alias + " " + kw("set") + " " + alias + "."
        + pick(ATTRIBUTES) + " = " + operand(List.of(alias));
    return statement + " " + kw("where") + " " + condition(List.of(alias), 1);
  }

  private String delete() {
    String alias = alias();
    return kw("delete from") + " " + pick(ENTITIES) + " " + alias + " " + kw("where") + " "
        + condition(List.of(alias), 1);
  }

  private String alias() {
    return "a" + aliases++;
  }

  /** A keyword in upper, lower or mixed case, as applications write them. */
  private String kw(String keyword) {
    switch (random.nextInt(3)) {
      case 0:
        return keyword.toUpperCase(java.util.Locale.ROOT);
      case 1:
        return keyword;
      default:
        return Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
    }
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
