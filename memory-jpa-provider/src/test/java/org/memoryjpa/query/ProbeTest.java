package org.memoryjpa.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

class ProbeTest {
  private static final Factories FACTORIES = QueryData.factories();

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  static void probe(Provider p, String label, Supplier<Object> s) {
    String out;
    try {
      Object v = s.get();
      out = v instanceof List<?> l ? l.toString() + (l.isEmpty() ? "" : " " + l.get(0).getClass().getSimpleName()) : v + (v == null ? "" : " " + v.getClass().getSimpleName());
    } catch (RuntimeException e) {
      out = "THROWS " + e.getClass().getName() + ": " + String.valueOf(e.getMessage()).split("\n")[0];
    }
    System.out.println("PROBE " + p + " | " + label + " | " + out);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void probes(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    QueryData.fill(emf);
    try (EntityManager em = emf.createEntityManager()) {
      probe(provider, "name as Long create", () -> em.createQuery("select c.name from Customer c", Long.class));
      probe(provider, "name as Long list", () -> em.createQuery("select c.name from Customer c", Long.class).getResultList());
      probe(provider, "age as Long", () -> em.createQuery("select c.age from Customer c where c.id = 1", Long.class).getResultList());
      probe(provider, "count as Integer", () -> em.createQuery("select count(c) from Customer c", Integer.class).getResultList());
      probe(provider, "unbound", () -> em.createQuery("select c from Customer c where c.id = :id").getResultList());
      probe(provider, "int for Long id", () -> em.createQuery("select c.name from Customer c where c.id = :id").setParameter("id", 1).getResultList());
      probe(provider, "String for Long id", () -> em.createQuery("select c.name from Customer c where c.id = :id").setParameter("id", "1"));
      probe(provider, "Long for Integer age", () -> em.createQuery("select c.name from Customer c where c.age = :a").setParameter("a", 36L).getResultList());
      probe(provider, "unknown param", () -> em.createQuery("select c.name from Customer c where c.age = :a").setParameter("b", 36));
      probe(provider, "empty in", () -> em.createQuery("select c.name from Customer c where c.id in :ids").setParameter("ids", List.of()).getResultList());
      probe(provider, "list for scalar", () -> em.createQuery("select c.name from Customer c where c.id = :ids").setParameter("ids", List.of(1L)).getResultList());
      probe(provider, "like default escape", () -> em.createQuery("select c.name from Customer c where c.name like '%\\_1%'").getResultList());
      probe(provider, "param type", () -> em.createQuery("select c.name from Customer c where c.age = :a").getParameter("a").getParameterType());
      probe(provider, "param type untyped", () -> em.createQuery("select c.name from Customer c where :a is null").getParameter("a").getParameterType());
      probe(provider, "param value unbound", () -> em.createQuery("select c.name from Customer c where c.age = :a").getParameterValue("a"));
      probe(provider, "maxResults 0", () -> em.createQuery("select c.name from Customer c").setMaxResults(0).getResultList());
      probe(provider, "div by zero", () -> em.createQuery("select c.age / 0 from Customer c where c.id = 1").getResultList());
      probe(provider, "scalar subquery 2 rows", () -> em.createQuery("select c.name from Customer c where c.age = (select c2.age from Customer c2)").getResultList());
      probe(provider, "limit hql", () -> em.createQuery("select c.name from Customer c order by c.id limit 2 offset 1").getResultList());
      probe(provider, "count star no alias", () -> em.createQuery("select count(*) from Customer").getResultList());
      probe(provider, "select from no select two roots", () -> em.createQuery("from Customer c, Product p where c.id = p.id and p.id = 1").getResultList());
      probe(provider, "current_date type", () -> em.createQuery("select current_date from Customer c where c.id = 1").getResultList());
      probe(provider, "local date type", () -> em.createQuery("select local date from Customer c where c.id = 1").getResultList());
      probe(provider, "extract year", () -> em.createQuery("select extract(year from c.joined) from Customer c where c.id = 1").getResultList());
      probe(provider, "year()", () -> em.createQuery("select year(c.joined) from Customer c where c.id = 1").getResultList());
      probe(provider, "str()", () -> em.createQuery("select str(c.age) from Customer c where c.id = 1").getResultList());
      probe(provider, "cast string", () -> em.createQuery("select cast(c.age as String) from Customer c where c.id = 1").getResultList());
      probe(provider, "cast credit int", () -> em.createQuery("select cast(c.credit as Integer) from Customer c where c.id = 1").getResultList());
      probe(provider, "ilike", () -> em.createQuery("select c.name from Customer c where c.name ilike 'a%'").getResultList());
      probe(provider, "sum of double", () -> em.createQuery("select sum(p.weight) from Product p").getResultList());
      probe(provider, "avg int sum/count", () -> em.createQuery("select sum(c.age) / count(c.age) from Customer c").getResultList());
      probe(provider, "concat null", () -> em.createQuery("select concat('a', c.email) from Customer c where c.id = 5").getResultList());
      probe(provider, "select collection", () -> em.createQuery("select c.tags from Customer c where c.id = 1").getResultList());
      probe(provider, "order by alias of agg", () -> em.createQuery("select c.status, count(c) as n from Customer c group by c.status order by n desc, c.status").getResultList());
      probe(provider, "string enum literal", () -> em.createQuery("select c.name from Customer c where c.tier = 'GOLD'").getResultList());
      probe(provider, "not member", () -> em.createQuery("select c.name from Customer c where 'vip' not member of c.tags order by c.id").getResultList());
      probe(provider, "having no group", () -> em.createQuery("select count(c) from Customer c having count(c) > 10").getResultList());
      probe(provider, "key map", () -> em.createQuery("select c.name from Customer c where c.credit is null").getResultList());
      probe(provider, "update no tx", () -> em.createQuery("update Customer c set c.age = 1").executeUpdate());
      probe(provider, "select executeUpdate", () -> em.createQuery("select c from Customer c").executeUpdate());
      probe(provider, "update getResultList", () -> em.createQuery("update Customer c set c.age = 1").getResultList());
      probe(provider, "lock no tx", () -> em.createQuery("select c from Customer c").setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList());
      probe(provider, "update lockmode", () -> em.createQuery("update Customer c set c.age = 1").setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
      probe(provider, "index", () -> em.createQuery("select c.name from Customer c where c.id = 1 and index(c) = 0").getResultList());
      probe(provider, "like int", () -> em.createQuery("select c.name from Customer c where c.age like '3%'").getResultList());
      probe(provider, "in entity list", () -> em.createQuery("select p.id from Purchase p where p.customer in :cs order by p.id").setParameter("cs", List.of(em.find(Customer.class, 1L), em.find(Customer.class, 3L))).getResultList());
      probe(provider, "typed query for update", () -> em.createQuery("delete from Purchase p", Long.class));
      probe(provider, "named unknown", () -> em.createNamedQuery("Nope"));
      probe(provider, "first neg", () -> em.createQuery("select c from Customer c").setFirstResult(-1));
      probe(provider, "union", () -> em.createQuery("select c.name from Customer c where c.id = 1 union select p.title from Product p where p.id = 1").getResultList());
    }
  }
}
