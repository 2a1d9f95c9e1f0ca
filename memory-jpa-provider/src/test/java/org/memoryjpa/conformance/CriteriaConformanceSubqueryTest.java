package org.memoryjpa.conformance;

import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.util.List;
import org.memoryjpa.conformance.model.Employee;
import org.memoryjpa.conformance.model.OrderLine;
import org.memoryjpa.conformance.model.Person;
import org.memoryjpa.conformance.model.Product;
import org.memoryjpa.conformance.model.Project;
import org.memoryjpa.conformance.model.PurchaseOrder;
import org.memoryjpa.conformance.model.Tag;

/** Subqueries (EXISTS, IN, ALL, ANY, scalar, correlated over roots and joins) and bulk update and delete. */
class CriteriaConformanceSubqueryTest extends CriteriaConformanceTest {

  @Override
  List<Statement> statements() {
    return List.of(
        select("select p.id from Person p where exists (select o from PurchaseOrder o where o.buyer = p)",
            from(Person.class, (cb, q, p) -> {
              Subquery<PurchaseOrder> s = q.subquery(PurchaseOrder.class);
              Root<PurchaseOrder> o = s.from(PurchaseOrder.class);
              return q.select(p.get("id")).where(cb.exists(s.select(o).where(cb.equal(o.get("buyer"), p))));
            })),
        select("select p.id from Person p where not exists (select o from PurchaseOrder o where o.buyer = p)",
            from(Person.class, (cb, q, p) -> {
              Subquery<PurchaseOrder> s = q.subquery(PurchaseOrder.class);
              Root<PurchaseOrder> o = s.from(PurchaseOrder.class);
              return q.select(p.get("id")).where(cb.not(cb.exists(s.select(o).where(cb.equal(o.get("buyer"), p)))));
            })),
        select("select p.id from Person p where p.age > (select avg(x.age) from Person x)", from(Person.class,
            (cb, q, p) -> {
              Subquery<Double> s = q.subquery(Double.class);
              Root<Person> x = s.from(Person.class);
              return q.select(p.get("id")).where(cb.gt(p.get("age"), s.select(cb.avg(x.get("age")))));
            })),
        select("select p.id from Person p where p.id in (select o.buyer.id from PurchaseOrder o"
            + " where o.total > 100)", from(Person.class, (cb, q, p) -> {
              Subquery<Long> s = q.subquery(Long.class);
              Root<PurchaseOrder> o = s.from(PurchaseOrder.class);
              return q.select(p.get("id")).where(p.get("id").in(s.select(o.get("buyer").get("id"))
                  .where(cb.gt(o.get("total"), 100))));
            })),
        select("select p.id from Product p where p.price >= all (select x.price from Product x"
            + " where x.price is not null)", from(Product.class, (cb, q, p) -> {
              Subquery<BigDecimal> s = q.subquery(BigDecimal.class);
              Root<Product> x = s.from(Product.class);
              return q.select(p.get("id")).where(cb.ge(p.get("price"), cb.all(s.select(x.get("price"))
                  .where(cb.isNotNull(x.get("price"))))));
            })),
        select("select p.id from Person p where p.age = any (select e.age from Employee e where e.salary > 5000)",
            from(Person.class, (cb, q, p) -> {
              Subquery<Integer> s = q.subquery(Integer.class);
              Root<Employee> e = s.from(Employee.class);
              return q.select(p.get("id")).where(cb.equal(p.get("age"), cb.any(s.select(e.get("age"))
                  .where(cb.gt(e.get("salary"), 5000)))));
            })),
        select("select p.id from Person p where p.age < some (select e.age from Employee e)", from(Person.class,
            (cb, q, p) -> {
              Subquery<Integer> s = q.subquery(Integer.class);
              Root<Employee> e = s.from(Employee.class);
              return q.select(p.get("id")).where(cb.lt(p.get("age"), cb.some(s.select(e.get("age")))));
            })),
        select("select p.name, (select count(o) from PurchaseOrder o where o.buyer = p) from Person p",
            from(Person.class, (cb, q, p) -> {
              Subquery<Long> s = q.subquery(Long.class);
              Root<PurchaseOrder> o = s.from(PurchaseOrder.class);
              return q.multiselect(p.get("name"), s.select(cb.count(o)).where(cb.equal(o.get("buyer"), p)));
            })),
        select("select p.address.city, count(p) from Person p group by p.address.city having count(p) >"
            + " (select count(d) from Department d where d.budget > 60000)", from(Person.class, (cb, q, p) -> {
              Subquery<Long> s = q.subquery(Long.class);
              Root<org.memoryjpa.conformance.model.Department> d = s.from(
                  org.memoryjpa.conformance.model.Department.class);
              return q.multiselect(p.get("address").get("city"), cb.count(p)).groupBy(p.get("address").get("city"))
                  .having(cb.gt(cb.count(p), s.select(cb.count(d)).where(cb.gt(d.get("budget"), 60000))));
            })),
        select("select p.id from Person p join p.projects x where exists (select m from Person m"
            + " join m.projects y where y = x and m.age > 50)", from(Person.class, (cb, q, p) -> {
              Join<Person, Project> x = p.join("projects");
              Subquery<Person> s = q.subquery(Person.class);
              Root<Person> m = s.from(Person.class);
              Join<Person, Project> y = m.join("projects");
              return q.select(p.get("id")).where(cb.exists(s.select(m).where(cb.equal(y, x), cb.gt(m.get("age"), 50))));
            })),
        select("select p.id from Person p where exists (select n from p.nicknames n where n = 'Shared')",
            from(Person.class, (cb, q, p) -> {
              Subquery<String> s = q.subquery(String.class);
              Root<Person> correlated = s.correlate(p);
              Join<Person, String> n = correlated.join("nicknames");
              return q.select(p.get("id")).where(cb.exists(s.select(n).where(cb.equal(n, "Shared"))));
            })),
        select("select o.code from PurchaseOrder o join o.buyer b where 2 < (select count(l) from b.mentees l)",
            from(PurchaseOrder.class, (cb, q, o) -> {
              Join<PurchaseOrder, Person> b = o.join("buyer");
              Subquery<Long> s = q.subquery(Long.class);
              Join<PurchaseOrder, Person> correlated = s.correlate(b);
              Join<Person, Person> l = correlated.join("mentees");
              return q.select(o.get("code")).where(cb.lt(cb.literal(2L), s.select(cb.count(l))));
            })),
        select("select o.code from PurchaseOrder o where o.total > (select avg(x.total) from PurchaseOrder x"
            + " where x.buyer = o.buyer)", from(PurchaseOrder.class, (cb, q, o) -> {
              Subquery<Double> s = q.subquery(Double.class);
              Root<PurchaseOrder> x = s.from(PurchaseOrder.class);
              return q.select(o.get("code")).where(cb.gt(o.get("total"),
                  s.select(cb.avg(x.get("total"))).where(cb.equal(x.get("buyer"), o.get("buyer")))));
            })),
        select("select t.label from Tag t where t.id not in (select u.id from Product p join p.tags u)",
            from(Tag.class, (cb, q, t) -> {
              Subquery<Long> s = q.subquery(Long.class);
              Root<Product> p = s.from(Product.class);
              Join<Product, Tag> u = p.join("tags");
              return q.select(t.get("label")).where(cb.not(t.get("id").in(s.select(u.get("id")))));
            })),
        select("select l.id from OrderLine l where l.quantity = (select max(k.quantity) from OrderLine k"
            + " where k.order = l.order)", from(OrderLine.class, (cb, q, l) -> {
              Subquery<Integer> s = q.subquery(Integer.class);
              Root<OrderLine> k = s.from(OrderLine.class);
              return q.select(l.get("id")).where(cb.equal(l.get("quantity"),
                  s.select(cb.max(k.get("quantity"))).where(cb.equal(k.get("order"), l.get("order")))));
            })),
        change("update Product p set p.stock = p.stock + 1 where p.price < 10",
            "select p.id, p.stock from Product p order by p.id", (cb, m) -> {
              CriteriaUpdate<Product> u = cb.createCriteriaUpdate(Product.class);
              Root<Product> p = u.from(Product.class);
              return u.set(p.<Long>get("stock"), cb.sum(p.<Long>get("stock"), 1L)).where(cb.lt(p.get("price"), 10));
            }),
        change("update Person p set p.name = upper(p.name), p.age = null where p.id in (1, 2, 3)",
            "select p.id, p.name, p.age from Person p order by p.id", (cb, m) -> {
              CriteriaUpdate<Person> u = cb.createCriteriaUpdate(Person.class);
              Root<Person> p = u.from(Person.class);
              return u.set(p.<String>get("name"), cb.upper(p.get("name"))).set("age", null)
                  .where(p.get("id").in(1L, 2L, 3L));
            }),
        change("update Product p set p.featured = true where exists (select l from OrderLine l where"
            + " l.product = p)", "select p.id, p.featured from Product p order by p.id", (cb, m) -> {
              CriteriaUpdate<Product> u = cb.createCriteriaUpdate(Product.class);
              Root<Product> p = u.from(Product.class);
              Subquery<OrderLine> s = u.subquery(OrderLine.class);
              Root<OrderLine> l = s.from(OrderLine.class);
              return u.set("featured", true).where(cb.exists(s.select(l).where(cb.equal(l.get("product"), p))));
            }),
        change("delete from OrderLine l where l.quantity > 3", "select l.id from OrderLine l order by l.id",
            (cb, m) -> {
              CriteriaDelete<OrderLine> d = cb.createCriteriaDelete(OrderLine.class);
              Root<OrderLine> l = d.from(OrderLine.class);
              return d.where(cb.gt(l.get("quantity"), 3));
            }),
        change("delete from Tag t where t.parent is not null and t.id not in (select u.id from Product p"
            + " join p.tags u)", "select t.id from Tag t order by t.id", (cb, m) -> {
              CriteriaDelete<Tag> d = cb.createCriteriaDelete(Tag.class);
              Root<Tag> t = d.from(Tag.class);
              Subquery<Long> s = d.subquery(Long.class);
              Root<Product> p = s.from(Product.class);
              return d.where(cb.isNotNull(t.get("parent")),
                  cb.not(t.get("id").in(s.select(p.join("tags").<Long>get("id")))));
            }));
  }
}
