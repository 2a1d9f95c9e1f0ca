package org.memoryjpa.conformance;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.memoryjpa.conformance.model.Employee;
import org.memoryjpa.conformance.model.OrderLine;
import org.memoryjpa.conformance.model.Person;
import org.memoryjpa.conformance.model.Product;
import org.memoryjpa.conformance.model.PurchaseOrder;

/**
 * Aggregates, GROUP BY and HAVING, and the count queries Spring Data JPA derives for paging
 * ({@code count}, {@code countDistinct} over a root or a join).
 */
class CriteriaConformanceAggregateTest extends CriteriaConformanceTest {

  @Override
  List<Statement> statements() {
    return List.of(
        select("select count(p) from Person p", from(Person.class, (cb, q, p) -> q.select(cb.count(p)))),
        select("select count(p.age), count(distinct p.age) from Person p", from(Person.class, (cb, q, p) ->
            q.multiselect(cb.count(p.get("age")), cb.countDistinct(p.get("age"))))),
        select("select count(distinct p) from Person p join p.nicknames n where n like 'n%'",
            from(Person.class, (cb, q, p) -> q.select(cb.countDistinct(p))
                .where(cb.like(p.<Person, String>join("nicknames"), "n%")))),
        select("select count(p) from Person p where lower(p.name) like '%a%'", (cb, m) -> {
          CriteriaQuery<Long> q = cb.createQuery(Long.class);
          Root<Person> p = q.from(Person.class);
          return q.select(cb.count(p)).where(cb.like(cb.lower(p.get("name")), "%a%"));
        }),
        // Criteria's sum keeps the operand type (Integer, Short), JPQL's SUM is a Long: hence the CASTs
        select("select cast(sum(p.age) as Integer), avg(p.age), min(p.age), max(p.age) from Person p", from(Person.class,
            (cb, q, p) -> q.multiselect(cb.sum(p.<Integer>get("age")), cb.avg(p.<Integer>get("age")),
                cb.min(p.<Integer>get("age")), cb.max(p.<Integer>get("age"))))),
        // not AVG of a BigDecimal: H2 rounds it to 12 decimals before Hibernate makes it a Double
        select("select sum(p.price), avg(p.stock), max(p.weight), sum(p.stock), sum(p.weight) from Product p",
            from(Product.class, (cb, q, p) -> q.multiselect(cb.sum(p.get("price")), cb.avg(p.get("stock")),
                cb.max(p.<Double>get("weight")), cb.sum(p.<Long>get("stock")), cb.sum(p.<Double>get("weight"))))),
        select("select sum(p.age) from Person p", from(Person.class, (cb, q, p) ->
            q.select(cb.sumAsLong(p.get("age"))))),
        select("select min(p.name), max(p.birthDate), min(p.address.city) from Person p", from(Person.class,
            (cb, q, p) -> q.multiselect(cb.least(p.<String>get("name")), cb.greatest(p.<java.time.LocalDate>get("birthDate")),
                cb.least(p.get("address").<String>get("city"))))),
        select("select p.address.city, count(p) from Person p group by p.address.city", from(Person.class,
            (cb, q, p) -> q.multiselect(p.get("address").get("city"), cb.count(p))
                .groupBy(p.get("address").get("city")))),
        select("select p.address.city, count(p) from Person p group by p.address.city having count(p) > 3",
            from(Person.class, (cb, q, p) -> q.multiselect(p.get("address").get("city"), cb.count(p))
                .groupBy(p.get("address").get("city")).having(cb.gt(cb.count(p), 3)))),
        select("select p.age, count(p) from Person p where p.age is not null group by p.age having count(p) > 1"
            + " order by count(p) desc, p.age", from(Person.class, (cb, q, p) -> q.multiselect(p.get("age"),
                cb.count(p)).where(cb.isNotNull(p.get("age"))).groupBy(p.get("age")).having(cb.gt(cb.count(p), 1))
                .orderBy(cb.desc(cb.count(p)), cb.asc(p.get("age"))))),
        select("select e.level, sum(e.salary), avg(e.salary) from Employee e group by e.level", from(Employee.class,
            (cb, q, e) -> q.multiselect(e.get("level"), cb.sum(e.get("salary")), cb.avg(e.get("salary")))
                .groupBy(e.get("level")))),
        select("select e.department.name, max(e.salary) from Employee e group by e.department.name"
            + " having max(e.salary) > 4500", from(Employee.class, (cb, q, e) -> q.multiselect(
                e.get("department").get("name"), cb.max(e.get("salary")))
                .groupBy(e.get("department").get("name")).having(cb.gt(cb.max(e.get("salary")), 4500)))),
        select("select o.buyer.name, count(l), cast(sum(l.quantity) as Integer) from PurchaseOrder o join o.lines l"
            + " group by o.buyer.name", from(PurchaseOrder.class, (cb, q, o) -> {
              Join<PurchaseOrder, OrderLine> l = o.join("lines");
              return q.multiselect(o.get("buyer").get("name"), cb.count(l), cb.sum(l.<Integer>get("quantity")))
                  .groupBy(o.get("buyer").get("name"));
            })),
        select("select o.status, count(o) from PurchaseOrder o group by o.status order by o.status",
            from(PurchaseOrder.class, (cb, q, o) -> q.multiselect(o.get("status"), cb.count(o))
                .groupBy(o.get("status")).orderBy(cb.asc(o.get("status"))))),
        select("select p.shelf, cast(sum(p.shelf) as Short), count(p) from Product p group by p.shelf", from(Product.class,
            (cb, q, p) -> q.multiselect(p.get("shelf"), cb.sum(p.<Short>get("shelf")), cb.count(p))
                .groupBy(p.get("shelf")))),
        select("select p.featured, p.discontinued, count(p) from Product p group by p.featured, p.discontinued",
            from(Product.class, (cb, q, p) -> q.multiselect(p.get("featured"), p.get("discontinued"), cb.count(p))
                .groupBy(p.get("featured"), p.get("discontinued")))),
        select("select count(distinct l.product) from OrderLine l", from(OrderLine.class, (cb, q, l) ->
            q.select(cb.countDistinct(l.get("product"))))),
        select("select count(o) from PurchaseOrder o join o.buyer b where b.name like 'A%' escape '\\'",
            from(PurchaseOrder.class, (cb, q, o) -> q.select(cb.count(o))
                .where(cb.like(o.join("buyer").get("name"), "A%", '\\')))),
        select("select count(p) from Person p where p.age between 20 and 40 and p.name in ('Ada', 'Cy', 'Zoe')",
            from(Person.class, (cb, q, p) -> q.select(cb.count(p)).where(cb.between(p.get("age"), 20, 40),
                p.get("name").in("Ada", "Cy", "Zoe")))),
        select("select p.name as n, count(x) as c from Person p left join p.projects x group by p.name",
            (cb, m) -> {
              CriteriaQuery<Tuple> q = cb.createTupleQuery();
              Root<Person> p = q.from(Person.class);
              Expression<Long> c = cb.count(p.join("projects", jakarta.persistence.criteria.JoinType.LEFT));
              return q.multiselect(p.get("name").alias("n"), c.alias("c")).groupBy(p.get("name"));
            }),
        select("select avg(p.height), sum(p.height) from Person p where p.height is not null", from(Person.class,
            (cb, q, p) -> q.multiselect(cb.avg(p.get("height")), cb.sum(p.<Double>get("height")))
                .where(cb.isNotNull(p.get("height"))))),
        select("select max(length(p.name)), min(upper(p.name)) from Person p", from(Person.class, (cb, q, p) ->
            q.multiselect(cb.max(cb.length(p.get("name"))), cb.least(cb.upper(p.get("name")))))),
        select("select count(p) from Person p where p.age > 100", from(Person.class, (cb, q, p) ->
            q.select(cb.count(p)).where(cb.gt(p.get("age"), 100)))),
        select("select sum(p.age), max(p.name) from Person p where p.age > 100", from(Person.class, (cb, q, p) ->
            q.multiselect(cb.sum(p.<Integer>get("age")), cb.greatest(p.<String>get("name")))
                .where(cb.gt(p.get("age"), 100)))));
  }
}
