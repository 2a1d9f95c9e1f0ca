package org.memoryjpa.conformance;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.memoryjpa.conformance.model.Document;
import org.memoryjpa.conformance.model.Invoice;
import org.memoryjpa.conformance.model.Person;
import org.memoryjpa.conformance.model.Phase;
import org.memoryjpa.conformance.model.Product;
import org.memoryjpa.conformance.model.Project;

/** Conditions: comparisons, LIKE with escapes, IN, BETWEEN, nulls, booleans, enums, dates, collections. */
class CriteriaConformanceWhereTest extends CriteriaConformanceTest {

  @Override
  List<Statement> statements() {
    return List.of(
        select("select p.name from Person p where p.age > 36", from(Person.class, (cb, q, p) ->
            q.select(p.get("name")).where(cb.gt(p.get("age"), 36)))),
        select("select p.name from Person p where p.age >= 36 and p.age <= 44 order by p.name", from(Person.class,
            (cb, q, p) -> q.select(p.get("name")).where(cb.ge(p.get("age"), 36), cb.le(p.get("age"), 44))
                .orderBy(cb.asc(p.get("name"))))),
        select("select p.id from Person p where p.age < 25 or p.age = 61", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.or(cb.lt(p.get("age"), 25), cb.equal(p.get("age"), 61))))),
        select("select p.id from Person p where p.age <> 25", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.notEqual(p.get("age"), 25)))),
        select("select p.id from Person p where not (p.age > 30)", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.not(cb.gt(p.get("age"), 30))))),
        select("select p.id from Person p where p.name like 'A%'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.like(p.get("name"), "A%")))),
        select("select p.id from Person p where p.name not like '%a%'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.notLike(p.get("name"), "%a%")))),
        select("select p.id from Person p where p.name like '%\\_1%' escape '\\'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.like(p.get("name"), "%\\_1%", '\\')))),
        select("select p.id from Product p where p.name like '%!%%' escape '!'", from(Product.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.like(p.get("name"), "%!%%", '!')))),
        select("select p.id from Person p where lower(p.name) like lower(:n) escape '\\'", Map.of("n", "%A%"),
            from(Person.class, (cb, q, p) -> q.select(p.get("id")).where(cb.like(cb.lower(p.get("name")),
                cb.lower(cb.parameter(String.class, "n")), '\\')))),
        select("select p.id from Person p where upper(p.name) = 'ADA'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(cb.upper(p.get("name")), "ADA")))),
        select("select p.id from Person p where p.age in (25, 36, 99)", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(p.get("age").in(25, 36, 99)))),
        select("select p.id from Person p where p.age not in (25, 36)", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.not(p.get("age").in(25, 36))))),
        select("select p.id from Person p where p.id in :ids", Map.of("ids", List.of(1L, 3L, 5L, 77L)),
            from(Person.class, (cb, q, p) -> q.select(p.get("id"))
                .where(p.get("id").in(cb.parameter(List.class, "ids"))))),
        select("select p.id from Person p where p.age between 30 and 41", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.between(p.get("age"), 30, 41)))),
        select("select p.id from Person p where p.age not between 30 and 41", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.not(cb.between(p.get("age"), 30, 41))))),
        select("select p.id from Person p where p.name between 'C' and 'Ivy'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.between(p.get("name"), "C", "Ivy")))),
        select("select p.id from Person p where p.age is null", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.isNull(p.get("age"))))),
        select("select p.id from Person p where p.name is not null and p.address.city is null",
            from(Person.class, (cb, q, p) -> q.select(p.get("id"))
                .where(p.get("name").isNotNull(), p.get("address").get("city").isNull()))),
        select("select p.id from Person p where p.active = true", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.isTrue(p.get("active"))))),
        select("select p.id from Person p where p.active = false", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.isFalse(p.get("active"))))),
        select("select p.id from Person p where p.newsletter = true", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("newsletter"), true)))),
        select("select p.id from Product p where p.discontinued", from(Product.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.isTrue(p.get("discontinued"))))),
        select("select p.id from Project p where p.phase = org.memoryjpa.conformance.model.Phase.BUILD",
            from(Project.class, (cb, q, p) -> q.select(p.get("id")).where(cb.equal(p.get("phase"), Phase.BUILD)))),
        select("select p.id from Project p where p.phase in :phases", Map.of("phases", List.of(Phase.PLAN, Phase.DONE)),
            from(Project.class, (cb, q, p) -> {
              ParameterExpression<List> phases = cb.parameter(List.class, "phases");
              return q.select(p.get("id")).where(p.get("phase").in(phases));
            })),
        select("select p.id from Project p where p.started < :d", Map.of("d", LocalDate.of(2023, 1, 1)),
            from(Project.class, (cb, q, p) -> q.select(p.get("id"))
                .where(cb.lessThan(p.<LocalDate>get("started"), cb.parameter(LocalDate.class, "d"))))),
        select("select p.id from Person p where p.birthDate >= {d '1980-01-01'}", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.greaterThanOrEqualTo(p.get("birthDate"), LocalDate.of(1980, 1, 1))))),
        select("select p.id from Product p where p.price > 10", from(Product.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.gt(p.get("price"), new BigDecimal("10"))))),
        select("select p.id from Product p where p.price * 2 >= p.weight", from(Product.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.ge(cb.prod(p.get("price"), 2), p.<Double>get("weight"))))),
        select("select p.id from Product p where p.shelf = 2", from(Product.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("shelf"), (short) 2)))),
        select("select p.id from Person p where p.nicknames is empty", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.isEmpty(p.get("nicknames"))))),
        select("select p.id from Person p where p.mentees is not empty", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.isNotEmpty(p.get("mentees"))))),
        select("select p.id from Person p where 'Shared' member of p.nicknames", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.isMember("Shared", p.get("nicknames"))))),
        select("select p.id from Person p where 'n1' not member of p.nicknames", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.isNotMember("n1", p.get("nicknames"))))),
        select("select p.id from Person p where size(p.projects) >= 2", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.ge(cb.size(p.get("projects")), 2)))),
        select("select p.id from Person p where p.mentor.name = 'Ada'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("mentor").get("name"), "Ada")))),
        select("select p.id from Person p where p.mentor is null and p.age > 30", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.and(cb.isNull(p.get("mentor")), cb.gt(p.get("age"), 30))))),
        select("select p.id from Person p where p.address.geo.lat > 60", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.gt(p.get("address").get("geo").get("lat"), 60.0)))),
        select("select p.id from Person p where type(p) = Employee", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.type(), org.memoryjpa.conformance.model.Employee.class)))),
        select("select d.id from Document d where type(d) in (Invoice)", from(Document.class, (cb, q, d) ->
            q.select(d.get("id")).where(d.type().in(Invoice.class)))),
        select("select d.id from Document d where treat(d as Invoice).paid = true", from(Document.class,
            (cb, q, d) -> q.select(d.get("id")).where(cb.isTrue(cb.treat(d, Invoice.class).get("paid"))))),
        select("select p.id from Person p where length(trim(p.name)) = 3", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(cb.length(cb.trim(p.get("name"))), 3)))),
        select("select p.id from Person p where locate('a', p.name) > 0", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.gt(cb.locate(p.get("name"), "a"), 0)))),
        select("select p.id from Person p where mod(p.age, 2) = 1", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(cb.mod(p.get("age"), 2), 1)))),
        select("select p.id from Person p where coalesce(p.age, 0) < 20", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.lt(cb.coalesce(p.<Integer>get("age"), 0), 20)))),
        select("select p.id from Person p where 1 = 1", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.conjunction()))),
        select("select p.id from Person p where 1 <> 1", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.disjunction()))),
        select("select p.id from Person p where p.age = 25 and p.name <> 'Cy'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(p.get("age").equalTo(25), p.get("name").notEqualTo("Cy")))),
        select("select p.id from Person p where p.age = p.rating * 10 or p.mentor <> p", from(Person.class,
            (cb, q, p) -> q.select(p.get("id")).where(cb.or(p.get("age").equalTo(cb.prod(p.<Short>get("rating"),
                (short) 10)), p.get("mentor").notEqualTo(p))))),
        select("select p.id from Person p where cast(p.age as String) like '2%'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.like(p.get("age").cast(String.class), "2%")))),
        failing("select p.nmae from Person p", from(Person.class, (cb, q, p) -> q.select(p.get("nmae")))),
        failing("select p.id from Person p where p.address.town = 'x'", from(Person.class, (cb, q, p) ->
            q.select(p.get("id")).where(cb.equal(p.get("address").get("town"), "x")))),
        failing("select s from String s", (cb, m) -> {
          jakarta.persistence.criteria.CriteriaQuery<String> q = cb.createQuery(String.class);
          return q.select(q.from(String.class));
        }),
        select("select p.id from Person p where p.name = :name", Map.of("name", "O'Brien"),
            from(Person.class, (cb, q, p) -> {
              Expression<String> name = cb.parameter(String.class, "name");
              return q.select(p.get("id")).where(cb.equal(p.get("name"), name));
            })));
  }
}
