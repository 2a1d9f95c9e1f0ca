package org.memoryjpa.conformance;

import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.ParameterExpression;
import java.util.List;
import java.util.Map;
import org.memoryjpa.conformance.model.Person;
import org.memoryjpa.conformance.model.Project;

/**
 * Criteria queries whose translation memory-jpa reuses under the query's shape (one root, comparisons
 * of its attributes with values or parameters, ORDER BY its attributes), run in this order on one
 * factory: each query follows one of the same shape with other values, or one that differs from it
 * only in an operator, attribute, order, literal kind, parameter or a feature the shape does not know.
 * Each must still give its own JPQL's rows.
 */
class CriteriaConformanceShapeTest extends CriteriaConformanceTest {

  @Override
  List<Statement> statements() {
    return List.of(
        select("select p.id from Person p where p.age > 36", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.gt(p.get("age"), 36)))),
        select("select p.id from Person p where p.age > 44", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.gt(p.get("age"), 44)))),
        select("select p.id from Person p where p.age >= 44", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.ge(p.get("age"), 44)))),
        select("select p.id from Person p where p.age < 44", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.lt(p.get("age"), 44)))),
        select("select p.id from Person p where p.age <= 25", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.le(p.get("age"), 25)))),
        select("select p.id from Person p where p.age = 25", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("age"), 25)))),
        select("select p.id from Person p where p.age <> 25", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.notEqual(p.get("age"), 25)))),
        select("select p.id from Person p where not (p.age = 25)", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.not(cb.equal(p.get("age"), 25))))),
        select("select p.id from Person p where p.age is null", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.isNull(p.get("age"))))),
        select("select p.id from Person p where p.age = 36", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("age"), 36)))),
        select("select p.name from Person p where p.age = 36", from(Person.class, (cb, q, p) ->
            q.select(p.get("name")).where(cb.equal(p.get("age"), 36)))),
        select("select p from Person p where p.age = 36", from(Person.class, (cb, q, p) ->
            q.select(p).where(cb.equal(p.get("age"), 36)))),
        select("select p from Person p where p.age = 41", from(Person.class, (cb, q, p) ->
            q.where(cb.equal(p.get("age"), 41)))),
        select("select p.id from Person p where p.name = 'Ada'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("name"), "Ada")))),
        select("select p.id from Person p where p.name = 'ada'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("name"), "ada")))),
        select("select p.id from Person p where upper(p.name) = 'ADA'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(cb.upper(p.get("name")), "ADA")))),
        select("select p.id from Person p where lower(p.name) = 'ada'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(cb.lower(p.get("name")), "ada")))),
        select("select p.id from Person p where p.name = :n", Map.of("n", "Cy"), from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("name"), cb.parameter(String.class, "n"))))),
        select("select p.id from Person p where p.name = :n", Map.of("n", "Zoe"), from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("name"), cb.parameter(String.class, "n"))))),
        select("select p.id from Person p where p.name = :m or p.age = :a", Map.of("m", "Zoe", "a", 25),
            from(Person.class, (cb, q, p) -> q.select(p.get("id")).where(cb.or(
                cb.equal(p.get("name"), cb.parameter(String.class, "m")),
                cb.equal(p.get("age"), cb.parameter(Integer.class, "a")))))),
        select("select p.id from Person p where p.name = :m and p.age = :a", Map.of("m", "Ada", "a", 36),
            from(Person.class, (cb, q, p) -> q.select(p.get("id")).where(cb.and(
                cb.equal(p.get("name"), cb.parameter(String.class, "m")),
                cb.equal(p.get("age"), cb.parameter(Integer.class, "a")))))),
        select("select p.id from Person p where p.name = :m or p.address.city = :m", Map.of("m", "Ada"),
            from(Person.class, (cb, q, p) -> {
              ParameterExpression<String> m = cb.parameter(String.class, "m");
              return q.select(p.get("id")).where(cb.or(cb.equal(p.get("name"), m),
                  cb.equal(p.get("address").get("city"), m)));
            })),
        select("select p.id from Person p where p.age > 30 and (p.age < 40 or p.name = 'Zoe')",
            from(Person.class, (cb, q, p) -> q.select(p.get("id")).where(cb.gt(p.get("age"), 30),
                cb.or(cb.lt(p.get("age"), 40), cb.equal(p.get("name"), "Zoe"))))),
        select("select p.id from Person p where p.age > 20 and (p.age < 30 or p.name = 'Ada')",
            from(Person.class, (cb, q, p) -> q.select(p.get("id")).where(cb.gt(p.get("age"), 20),
                cb.or(cb.lt(p.get("age"), 30), cb.equal(p.get("name"), "Ada"))))),
        select("select p.id from Person p where p.age > 20 or (p.age < 30 and p.name = 'Ada')",
            from(Person.class, (cb, q, p) -> q.select(p.get("id")).where(cb.or(cb.gt(p.get("age"), 20),
                cb.and(cb.lt(p.get("age"), 30), cb.equal(p.get("name"), "Ada")))))),
        select("select p.name from Person p where p.age > 20 order by p.name", from(Person.class, (cb, q, p) ->
            q.select(p.get("name")).where(cb.gt(p.get("age"), 20)).orderBy(cb.asc(p.get("name"))))),
        select("select p.name from Person p where p.age > 30 order by p.name desc", from(Person.class, (cb, q, p) ->
            q.select(p.get("name")).where(cb.gt(p.get("age"), 30)).orderBy(cb.desc(p.get("name"))))),
        select("select p.name from Person p order by p.age desc nulls last, p.name", from(Person.class, (cb, q, p) ->
            q.select(p.get("name")).orderBy(cb.desc(p.get("age"), Nulls.LAST), cb.asc(p.get("name"))))),
        select("select p.name from Person p order by p.age desc nulls first, p.name", from(Person.class, (cb, q, p) ->
            q.select(p.get("name")).orderBy(cb.desc(p.get("age"), Nulls.FIRST), cb.asc(p.get("name"))))),
        select("select distinct p.age from Person p where p.age < 40", from(Person.class, (cb, q, p) ->
            q.select(p.get("age")).distinct(true).where(cb.lt(p.get("age"), 40)))),
        select("select p.age from Person p where p.age < 40", from(Person.class, (cb, q, p) ->
            q.select(p.get("age")).where(cb.lt(p.get("age"), 40)))),
        select("select p.id from Project p where p.title = 'Apollo'", from(Project.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("title"), "Apollo")))),
        select("select p.id from Person p where p.name = 'Apollo'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("name"), "Apollo")))));
  }
}
