package org.memoryjpa.conformance;

import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.memoryjpa.conformance.model.Contractor;
import org.memoryjpa.conformance.model.Department;
import org.memoryjpa.conformance.model.Employee;
import org.memoryjpa.conformance.model.Person;
import org.memoryjpa.conformance.model.PersonSummary;
import org.memoryjpa.conformance.model.Product;
import org.memoryjpa.conformance.model.Project;
import org.memoryjpa.conformance.model.Vehicle;

/** Selections and ordering: entities, paths, embeddables, arrays, constructors, expressions, DISTINCT. */
class CriteriaConformanceSelectTest extends CriteriaConformanceTest {

  @Override
  List<Statement> statements() {
    return List.of(
        select("select p from Person p", from(Person.class, (cb, q, p) -> q.select(p))),
        select("select e from Employee e where e.salary > 4000", from(Employee.class, (cb, q, e) ->
            q.select(e).where(cb.gt(e.get("salary"), 4000)))),
        select("select c from Contractor c order by c.id desc", from(Contractor.class, (cb, q, c) ->
            q.select(c).orderBy(cb.desc(c.get("id"))))),
        select("select p.name, p.age from Person p order by p.id", from(Person.class, (cb, q, p) ->
            q.multiselect(p.get("name"), p.get("age")).orderBy(cb.asc(p.get("id"))))),
        select("select p.address from Person p where p.id <= 5", from(Person.class, (cb, q, p) ->
            q.select(p.get("address")).where(cb.le(p.get("id"), 5L)))),
        select("select p.address.geo, p.address.city from Person p where p.id in (1, 2, 3)",
            from(Person.class, (cb, q, p) -> q.multiselect(p.get("address").get("geo"), p.get("address").get("city"))
                .where(p.get("id").in(1L, 2L, 3L)))),
        select("select p.mentor from Person p where p.mentor is not null", from(Person.class, (cb, q, p) ->
            q.select(p.get("mentor")).where(cb.isNotNull(p.get("mentor"))))),
        select("select distinct p.age from Person p", from(Person.class, (cb, q, p) ->
            q.select(p.get("age")).distinct(true))),
        select("select distinct p.address.city from Person p order by p.address.city",
            from(Person.class, (cb, q, p) -> q.select(p.get("address").get("city")).distinct(true)
                .orderBy(cb.asc(p.get("address").get("city"))))),
        select("select new org.memoryjpa.conformance.model.PersonSummary(p.name, p.age) from Person p"
            + " where p.age > 40", (cb, m) -> {
              CriteriaQuery<PersonSummary> q = cb.createQuery(PersonSummary.class);
              Root<Person> p = q.from(Person.class);
              return q.select(cb.construct(PersonSummary.class, p.get("name"), p.get("age")))
                  .where(cb.gt(p.get("age"), 40));
            }),
        select("select new org.memoryjpa.conformance.model.PersonSummary(p.name, p.age) from Person p"
            + " where p.id < 4", (cb, m) -> {
              CriteriaQuery<PersonSummary> q = cb.createQuery(PersonSummary.class);
              Root<Person> p = q.from(Person.class);
              return q.multiselect(p.get("name"), p.get("age")).where(cb.lt(p.get("id"), 4L));
            }),
        select("select p.name from Person p order by p.age desc nulls last, p.id", from(Person.class, (cb, q, p) ->
            q.select(p.get("name")).orderBy(cb.desc(p.get("age"), Nulls.LAST), cb.asc(p.get("id"))))),
        select("select p.name from Person p order by p.age asc nulls first, p.id desc", from(Person.class,
            (cb, q, p) -> q.select(p.get("name")).orderBy(cb.asc(p.get("age"), Nulls.FIRST), cb.desc(p.get("id"))))),
        select("select p.id from Person p order by p.address.city, p.name desc, p.id", from(Person.class,
            (cb, q, p) -> q.select(p.get("id")).orderBy(cb.asc(p.get("address").get("city")),
                cb.desc(p.get("name")), cb.asc(p.get("id"))))),
        select("select p.id, length(p.name) from Person p order by length(p.name) desc, p.id", from(Person.class,
            (cb, q, p) -> q.multiselect(p.get("id"), cb.length(p.get("name")))
                .orderBy(cb.desc(cb.length(p.get("name"))), cb.asc(p.get("id"))))),
        select("select upper(p.name), lower(p.name), trim(p.name) from Person p", from(Person.class, (cb, q, p) ->
            q.multiselect(cb.upper(p.get("name")), cb.lower(p.get("name")), cb.trim(p.get("name"))))),
        select("select concat(p.name, '/', p.address.city) from Person p", from(Person.class, (cb, q, p) ->
            q.select(cb.concat(List.of(p.get("name"), cb.literal("/"), p.get("address").get("city")))))),
        select("select substring(p.name, 2, 3), locate('o', p.name, 2) from Person p", from(Person.class,
            (cb, q, p) -> q.multiselect(cb.substring(p.get("name"), 2, 3), cb.locate(p.get("name"), "o", 2)))),
        select("select trim(leading 'A' from p.name), trim(trailing from p.name) from Person p", from(Person.class,
            (cb, q, p) -> q.multiselect(cb.trim(jakarta.persistence.criteria.CriteriaBuilder.Trimspec.LEADING, 'A',
                p.get("name")), cb.trim(jakarta.persistence.criteria.CriteriaBuilder.Trimspec.TRAILING,
                p.get("name"))))),
        select("select p.age + 1, p.age - p.rating, p.age * 2, p.age / 2 from Person p", from(Person.class,
            (cb, q, p) -> q.multiselect(cb.sum(p.<Integer>get("age"), 1), cb.diff(p.get("age"), p.get("rating")),
                cb.prod(p.<Integer>get("age"), 2), cb.quot(p.<Integer>get("age"), 2)))),
        select("select -p.age, abs(p.height - 2), sqrt(p.height) from Person p", from(Person.class, (cb, q, p) ->
            q.multiselect(cb.neg(p.<Integer>get("age")), cb.abs(cb.diff(p.<Double>get("height"), 2.0)),
                cb.sqrt(p.<Double>get("height"))))),
        select("select p.price * p.stock, p.weight + p.shelf from Product p", from(Product.class, (cb, q, p) ->
            q.multiselect(cb.prod(p.get("price"), p.get("stock")), cb.sum(p.get("weight"), p.get("shelf"))))),
        select("select coalesce(p.age, p.rating, 0), nullif(p.age, 25) from Person p", from(Person.class,
            (cb, q, p) -> q.multiselect(cb.coalesce().value(p.get("age")).value(p.get("rating")).value(0),
                cb.nullif(p.<Integer>get("age"), 25)))),
        select("select case when p.age > 40 then 'old' when p.age is null then '?' else 'young' end from Person p",
            from(Person.class, (cb, q, p) -> q.select(cb.<String>selectCase().when(cb.gt(p.get("age"), 40), "old")
                .when(cb.isNull(p.get("age")), "?").otherwise("young")))),
        select("select case p.phase when org.memoryjpa.conformance.model.Phase.PLAN then 1"
            + " when org.memoryjpa.conformance.model.Phase.DONE then 2 else 0 end from Project p",
            from(Project.class, (cb, q, p) -> q.select(cb.selectCase(p.get("phase"))
                .when(org.memoryjpa.conformance.model.Phase.PLAN, 1)
                .when(org.memoryjpa.conformance.model.Phase.DONE, 2).otherwise(0)))),
        select("select type(v), v.plate from Vehicle v", from(Vehicle.class, (cb, q, v) ->
            q.multiselect(v.type(), v.get("plate")))),
        select("select p.id, 'x', 7, 2.5, true from Person p where p.id = 1", from(Person.class, (cb, q, p) ->
            q.multiselect(p.get("id"), cb.literal("x"), cb.literal(7), cb.literal(2.5), cb.literal(true))
                .where(cb.equal(p.get("id"), 1L)))),
        select("select p.id, size(p.nicknames) from Person p", from(Person.class, (cb, q, p) ->
            q.multiselect(p.get("id"), cb.size(p.get("nicknames"))))),
        select("select d.name, d.parent.name from Department d", from(Department.class, (cb, q, d) ->
            q.multiselect(d.get("name"), d.get("parent").get("name")))),
        select("select p.name, cast(p.age as String) from Person p", from(Person.class, (cb, q, p) ->
            q.multiselect(p.get("name"), p.get("age").cast(String.class)))),
        select("select p.id, p.birthDate, p.height from Person p where p.birthDate is not null order by"
            + " p.birthDate desc", from(Person.class, (cb, q, p) -> q.multiselect(p.get("id"), p.get("birthDate"),
                p.get("height")).where(cb.isNotNull(p.get("birthDate"))).orderBy(cb.desc(p.get("birthDate"))))),
        select("select p.name from Person p where p.id in (1, 2) union select c.agency from Contractor c",
            (cb, m) -> {
              CriteriaQuery<String> left = cb.createQuery(String.class);
              Root<Person> p = left.from(Person.class);
              left.select(p.get("name")).where(p.get("id").in(1L, 2L));
              CriteriaQuery<String> right = cb.createQuery(String.class);
              right.select(right.from(Contractor.class).get("agency"));
              return cb.union(left, right);
            }),
        select("select p.age from Person p where p.id < 5 union all select p.age from Person p where p.id < 3",
            (cb, m) -> {
              CriteriaQuery<Integer> left = cb.createQuery(Integer.class);
              Root<Person> p = left.from(Person.class);
              left.select(p.get("age")).where(cb.lt(p.get("id"), 5L));
              CriteriaQuery<Integer> right = cb.createQuery(Integer.class);
              Root<Person> r = right.from(Person.class);
              right.select(r.get("age")).where(cb.lt(r.get("id"), 3L));
              return cb.unionAll(left, right);
            }),
        select("select p.age from Person p except select p.age from Person p where p.id > 3",
            (cb, m) -> {
              CriteriaQuery<Integer> left = cb.createQuery(Integer.class);
              left.select(left.from(Person.class).get("age"));
              CriteriaQuery<Integer> right = cb.createQuery(Integer.class);
              Root<Person> r = right.from(Person.class);
              right.select(r.get("age")).where(cb.gt(r.get("id"), 3L));
              return cb.except(left, right);
            }),
        select("select p.age from Person p intersect select p.age from Person p where p.id > 10",
            (cb, m) -> {
              CriteriaQuery<Integer> left = cb.createQuery(Integer.class);
              left.select(left.from(Person.class).get("age"));
              CriteriaQuery<Integer> right = cb.createQuery(Integer.class);
              Root<Person> r = right.from(Person.class);
              right.select(r.get("age")).where(cb.gt(r.get("id"), 10L));
              return cb.intersect(left, right);
            }),
        beyondH2("H2 has no INTERSECT ALL", "select p.age from Person p where p.id < 6 intersect all select p.age from Person p",
            (cb, m) -> {
              CriteriaQuery<Integer> left = cb.createQuery(Integer.class);
              Root<Person> l = left.from(Person.class);
              left.select(l.get("age")).where(cb.lt(l.get("id"), 6L));
              CriteriaQuery<Integer> right = cb.createQuery(Integer.class);
              right.select(right.from(Person.class).get("age"));
              return cb.intersectAll(left, right);
            }),
        beyondH2("H2 has no EXCEPT ALL", "select p.age from Person p except all select p.age from Person p where p.id > 4",
            (cb, m) -> {
              CriteriaQuery<Integer> left = cb.createQuery(Integer.class);
              left.select(left.from(Person.class).get("age"));
              CriteriaQuery<Integer> right = cb.createQuery(Integer.class);
              Root<Person> r = right.from(Person.class);
              right.select(r.get("age")).where(cb.gt(r.get("id"), 4L));
              return cb.exceptAll(left, right);
            }),
        select("select p.name from Person p where p.name = 'Ada' or p.name = 'Cy' union select p.name from"
            + " Product p where p.id = 1", (cb, m) -> {
              CriteriaQuery<String> left = cb.createQuery(String.class);
              Root<Person> p = left.from(Person.class);
              left.select(p.get("name")).where(p.get("name").in("Ada", "Cy"));
              CriteriaQuery<String> right = cb.createQuery(String.class);
              Root<Product> r = right.from(Product.class);
              right.select(r.get("name")).where(cb.equal(r.get("id"), 1L));
              return cb.union(left, right);
            }));
  }
}
