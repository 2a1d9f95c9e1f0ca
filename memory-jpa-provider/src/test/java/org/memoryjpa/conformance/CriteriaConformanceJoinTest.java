package org.memoryjpa.conformance;

import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.SetJoin;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import org.memoryjpa.conformance.model.Department;
import org.memoryjpa.conformance.model.Employee;
import org.memoryjpa.conformance.model.OrderLine;
import org.memoryjpa.conformance.model.Passport;
import org.memoryjpa.conformance.model.Person;
import org.memoryjpa.conformance.model.Product;
import org.memoryjpa.conformance.model.Project;
import org.memoryjpa.conformance.model.PurchaseOrder;
import org.memoryjpa.conformance.model.Stock;
import org.memoryjpa.conformance.model.Tag;
import org.memoryjpa.conformance.model.Vehicle;

/**
 * Joins: inner, left, ON, entity joins, fetches, joins over element collections, maps and lists,
 * several roots, and paths by metamodel attribute.
 */
class CriteriaConformanceJoinTest extends CriteriaConformanceTest {

  @Override
  List<Statement> statements() {
    return List.of(
        select("select p.name, m.name from Person p join p.mentor m", from(Person.class, (cb, q, p) -> {
          Join<Person, Person> m = p.join("mentor");
          return q.multiselect(p.get("name"), m.get("name"));
        })),
        select("select p.name, m.name from Person p left join p.mentor m", from(Person.class, (cb, q, p) -> {
          Join<Person, Person> m = p.join("mentor", JoinType.LEFT);
          return q.multiselect(p.get("name"), m.get("name"));
        })),
        select("select p.id, x.code from Person p join p.projects x where x.phase is not null", from(Person.class,
            (cb, q, p) -> {
              Join<Person, Project> x = p.join("projects");
              return q.multiselect(p.get("id"), x.get("code")).where(cb.isNotNull(x.get("phase")));
            })),
        select("select p.id, x.code from Person p left join p.projects x on x.code like '%o%'",
            from(Person.class, (cb, q, p) -> {
              Join<Person, Project> x = p.join("projects", JoinType.LEFT);
              x.on(cb.like(x.get("code"), "%o%"));
              return q.multiselect(p.get("id"), x.get("code"));
            })),
        select("select d.name, e.name from Department d join d.employees e on e.age > 30 order by d.id, e.id",
            from(Department.class, (cb, q, d) -> {
              Join<Department, Employee> e = d.join("employees");
              e.on(cb.gt(e.get("age"), 30));
              return q.multiselect(d.get("name"), e.get("name")).orderBy(cb.asc(d.get("id")), cb.asc(e.get("id")));
            })),
        select("select o.code, l.quantity, pr.name from PurchaseOrder o join o.lines l join l.product pr",
            from(PurchaseOrder.class, (cb, q, o) -> {
              Join<PurchaseOrder, OrderLine> l = o.join("lines");
              Join<OrderLine, Product> pr = l.join("product");
              return q.multiselect(o.get("code"), l.get("quantity"), pr.get("name"));
            })),
        select("select o.code, index(l) from PurchaseOrder o join o.lines l", from(PurchaseOrder.class,
            (cb, q, o) -> {
              ListJoin<PurchaseOrder, OrderLine> l = o.joinList("lines");
              return q.multiselect(o.get("code"), l.index());
            })),
        select("select p.id, n from Person p join p.nicknames n where n like 'n%'", from(Person.class,
            (cb, q, p) -> {
              SetJoin<Person, String> n = p.joinSet("nicknames");
              return q.multiselect(p.get("id"), n).where(cb.like(n, "n%"));
            })),
        select("select p.id, key(s), value(s) from Person p join p.skills s", from(Person.class, (cb, q, p) -> {
          MapJoin<Person, String, Integer> s = p.joinMap("skills");
          return q.multiselect(p.get("id"), s.key(), s.value());
        })),
        select("select p.id from Person p join p.skills s where key(s) = 'SQL' and value(s) > 1",
            from(Person.class, (cb, q, p) -> {
              MapJoin<Person, String, Integer> s = p.joinMap("skills");
              return q.select(p.get("id")).where(cb.equal(s.key(), "SQL"), cb.gt(s.value(), 1));
            })),
        select("select x.code, key(n), n from Project x join x.notes n", from(Project.class, (cb, q, x) -> {
          MapJoin<Project, Object, String> n = x.joinMap("notes");
          return q.multiselect(x.get("code"), n.key(), n);
        })),
        select("select x.code, key(r), r.name from Project x join x.roles r", from(Project.class, (cb, q, x) -> {
          MapJoin<Project, String, Person> r = x.joinMap("roles");
          return q.multiselect(x.get("code"), r.key(), r.get("name"));
        })),
        select("select d.name, key(e), e.name from Department d join d.desks e", from(Department.class,
            (cb, q, d) -> {
              MapJoin<Department, String, Employee> e = d.joinMap("desks");
              return q.multiselect(d.get("name"), e.key(), e.value().get("name"));
            })),
        select("select x.code, m.title, index(m) from Project x join x.milestones m", from(Project.class,
            (cb, q, x) -> {
              ListJoin<Project, Object> m = x.joinList("milestones");
              return q.multiselect(x.get("code"), m.get("title"), m.index());
            })),
        select("select pr.name, t.label from Product pr left join pr.tags t where t.parent is null",
            from(Product.class, (cb, q, pr) -> {
              Join<Product, Tag> t = pr.join("tags", JoinType.LEFT);
              return q.multiselect(pr.get("name"), t.get("label")).where(cb.isNull(t.get("parent")));
            })),
        select("select t.label, pt.label from Tag t left join t.parent pt on pt.label <> 'home'",
            from(Tag.class, (cb, q, t) -> {
              Join<Tag, Tag> pt = t.join("parent", JoinType.LEFT);
              pt.on(cb.notEqual(pt.get("label"), "home"));
              return q.multiselect(t.get("label"), pt.get("label"));
            })),
        select("select p.name, v.plate from Person p join Vehicle v on v.owner = p", from(Person.class,
            (cb, q, p) -> {
              Join<Person, Vehicle> v = p.join(Vehicle.class);
              v.on(cb.equal(v.get("owner"), p));
              return q.multiselect(p.get("name"), v.get("plate"));
            })),
        select("select p.name, v.plate from Person p left join Vehicle v on v.owner = p and v.wheels > 2",
            from(Person.class, (cb, q, p) -> {
              Join<Person, Vehicle> v = p.join(Vehicle.class, JoinType.LEFT);
              v.on(cb.equal(v.get("owner"), p), cb.gt(v.get("wheels"), 2));
              return q.multiselect(p.get("name"), v.get("plate"));
            })),
        select("select p.name, v.plate from Person p, Vehicle v where v.owner = p and p.age > 30", (cb, m) -> {
          CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
          Root<Person> p = q.from(Person.class);
          Root<Vehicle> v = q.from(Vehicle.class);
          return q.multiselect(p.get("name"), v.get("plate")).where(cb.equal(v.get("owner"), p),
              cb.gt(p.get("age"), 30));
        }),
        select("select distinct o from PurchaseOrder o join fetch o.lines where o.id < 5", from(PurchaseOrder.class,
            (cb, q, o) -> {
              o.fetch("lines");
              return q.select(o).distinct(true).where(cb.lt(o.get("id"), 5L));
            })),
        select("select p from Person p left join fetch p.mentor left join fetch p.passport", from(Person.class,
            (cb, q, p) -> {
              p.fetch("mentor", JoinType.LEFT);
              p.fetch("passport", JoinType.LEFT);
              return q.select(p);
            })),
        select("select distinct p from Person p left join fetch p.skills where p.id < 4", from(Person.class,
            (cb, q, p) -> {
              p.fetch("skills", JoinType.LEFT);
              return q.select(p).distinct(true).where(cb.lt(p.get("id"), 4L));
            })),
        select("select s.id.warehouse, s.id.bin, s.product.name from Stock s", from(Stock.class, (cb, q, s) ->
            q.multiselect(s.get("id").get("warehouse"), s.get("id").get("bin"), s.get("product").get("name")))),
        select("select p.name from Person p where p.passport.code like 'P-%'", (cb, m) -> {
          EntityType<Person> person = m.entity(Person.class);
          CriteriaQuery<String> q = cb.createQuery(String.class);
          Root<Person> p = q.from(person);
          Join<Person, Passport> passport = p.join(person.getSingularAttribute("passport", Passport.class));
          return q.select(p.get(person.getSingularAttribute("name", String.class)))
              .where(cb.like(passport.get("code"), "P-%"));
        }),
        select("select e.name, d.name from Employee e join e.department d where d.budget >= 50000",
            (cb, m) -> {
              EntityType<Employee> employee = m.entity(Employee.class);
              CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
              Root<Employee> e = q.from(employee);
              Join<Employee, Department> d = e.join(employee.getSingularAttribute("department", Department.class));
              return q.multiselect(e.get("name"), d.get("name")).where(cb.ge(d.get("budget"), 50000));
            }),
        select("select x.code, mem.name from Project x join x.members mem where mem.age > 30", (cb, m) -> {
          EntityType<Project> project = m.entity(Project.class);
          CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
          Root<Project> x = q.from(project);
          SetJoin<Project, Person> mem = x.join(project.getSet("members", Person.class));
          return q.multiselect(x.get("code"), mem.get("name")).where(cb.gt(mem.get("age"), 30));
        }),
        select("select e.name, treat(p as Employee).salary from Department d join d.employees e, Person p"
            + " where p = e", from(Department.class, (cb, q, d) -> {
              Join<Department, Employee> e = d.join("employees");
              Root<Person> p = q.from(Person.class);
              return q.multiselect(e.get("name"), cb.treat(p, Employee.class).get("salary")).where(cb.equal(p, e));
            })),
        select("select m.name, count(e) from Person m join m.mentees e group by m.name", from(Person.class,
            (cb, q, mentor) -> {
              Join<Person, Person> e = mentor.join("mentees");
              return q.multiselect(mentor.get("name"), cb.count(e)).groupBy(mentor.get("name"));
            })));
  }
}
