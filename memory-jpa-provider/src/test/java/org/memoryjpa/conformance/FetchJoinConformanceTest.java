package org.memoryjpa.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memoryjpa.conformance.model.ConformanceData;
import org.memoryjpa.conformance.model.Department;
import org.memoryjpa.conformance.model.Milestone;
import org.memoryjpa.conformance.model.Person;
import org.memoryjpa.conformance.model.Project;
import org.memoryjpa.conformance.model.PurchaseOrder;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.JpqlScript;
import org.memoryjpa.testing.Provider;

/**
 * JOIN FETCH at the Java level, which the scripts cannot see: the fetched collection of every root is
 * initialised when the query returns and holds what Hibernate's holds, in the same order for ordered
 * lists, for each collection kind of the conformance model.
 */
class FetchJoinConformanceTest {

  private static final Factories FACTORIES = new Factories(ConformanceData.CLASSES.toArray(Class<?>[]::new));

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  /** Each provider's rendering of the roots and their fetched collection, checked to be loaded. */
  private static Map<Provider, List<String>> fetched(String jpql, String attribute, Function<Object, Object> read) {
    Map<Provider, List<String>> outcomes = new EnumMap<>(Provider.class);
    for (Provider provider : Provider.values()) {
      EntityManagerFactory emf = FACTORIES.fresh(provider);
      ConformanceData.fill(emf);
      List<String> lines = new ArrayList<>();
      try (EntityManager em = emf.createEntityManager()) {
        for (Object root : em.createQuery(jpql).getResultList()) {
          assertThat(emf.getPersistenceUnitUtil().isLoaded(root, attribute)).as(provider + " " + attribute).isTrue();
          Object collection = read.apply(root);
          lines.add(JpqlScript.value(em, root) + ": " + (collection instanceof Map<?, ?> map
              ? render(em, new TreeMap<>(map)) : collection instanceof List<?> list ? render(em, list)
              : JpqlScript.value(em, collection)));
        }
      }
      outcomes.put(provider, lines);
    }
    assertThat(outcomes.get(Provider.MEMORY)).as("memory-jpa against Hibernate")
        .isEqualTo(outcomes.get(Provider.HIBERNATE));
    return outcomes;
  }

  private static String render(EntityManager em, Map<?, ?> map) {
    List<String> entries = new ArrayList<>();
    map.forEach((key, value) -> entries.add(JpqlScript.value(em, key) + "=" + JpqlScript.value(em, value)));
    return entries.toString();
  }

  private static String render(EntityManager em, List<?> list) {
    return list.stream().map(item -> item instanceof Milestone m ? m.getTitle() : JpqlScript.value(em, item)).toList()
        .toString();
  }

  @Test
  void inverseOrderColumnList_fetched_holdsTheLinesInOrder() {
    var outcomes = fetched("select distinct o from PurchaseOrder o left join fetch o.lines where o.id in (1, 2, 3, 6)"
        + " order by o.id", "lines", o -> ((PurchaseOrder) o).getLines());
    assertThat(outcomes.get(Provider.MEMORY)).containsExactly("PurchaseOrder#1: [OrderLine#1]",
        "PurchaseOrder#2: [OrderLine#2, OrderLine#3]", "PurchaseOrder#3: []",
        "PurchaseOrder#6: [OrderLine#8, OrderLine#9, OrderLine#10, OrderLine#11]");
  }

  @Test
  void orderByList_fetched_holdsTheEmployeesByName() {
    var outcomes = fetched("select d from Department d left join fetch d.employees where d.id in (1, 5) order by d.id",
        "employees", d -> ((Department) d).getEmployees());
    assertThat(outcomes.get(Provider.MEMORY)).containsExactly("Department#1: [Employee#1, Employee#7, Employee#2]",
        "Department#5: []");
  }

  @Test
  void entityMapByAttribute_fetched_holdsTheProjectsByCode() {
    var outcomes = fetched("select d from Department d left join fetch d.projectsByCode where d.id = 1",
        "projectsByCode", d -> ((Department) d).getProjectsByCode());
    assertThat(outcomes.get(Provider.MEMORY)).containsExactly("Department#1: ['APOLLO'=Project#1, 'Borealis'=Project#2]");
  }

  @Test
  void orderColumnElementCollection_fetched_holdsTheMilestonesInOrder() {
    var outcomes = fetched("select pj from Project pj left join fetch pj.milestones where pj.id in (1, 3) order by pj.id",
        "milestones", p -> ((Project) p).getMilestones());
    assertThat(outcomes.get(Provider.MEMORY)).containsExactly("Project#1: [Kickoff, Beta, GA]", "Project#3: []");
  }

  @Test
  void enumKeyedElementMap_fetched_holdsTheNotes() {
    var outcomes = fetched("select pj from Project pj left join fetch pj.notes where pj.id = 1", "notes",
        p -> ((Project) p).getNotes());
    assertThat(outcomes.get(Provider.MEMORY)).containsExactly(
        "Project#1: [Phase.PLAN='scoped', Phase.BUILD='on track']");
  }

  @Test
  void elementSetAndMap_fetched_holdTheNicknamesAndSkills() {
    var nicknames = fetched("select p from Person p left join fetch p.nicknames where p.id = 1", "nicknames",
        p -> ((Person) p).getNicknames());
    assertThat(nicknames.get(Provider.MEMORY)).containsExactly("Employee#1: ['Shared', 'n1', 'with space ']");
    var skills = fetched("select p from Person p left join fetch p.skills where p.id = 3", "skills",
        p -> ((Person) p).getSkills());
    assertThat(skills.get(Provider.MEMORY)).containsExactly("Employee#3: ['SQL'=3, 'java'=2]");
  }

  @Test
  void manyToManySet_fetched_holdsTheTags() {
    var outcomes = fetched("select distinct p from Person p left join fetch p.projects where p.id in (1, 3, 5)"
        + " order by p.id", "projects", p -> ((Person) p).getProjects());
    assertThat(outcomes.get(Provider.MEMORY)).containsExactly("Employee#1: [Project#1, Project#3]",
        "Employee#3: [Project#1, Project#2, Project#4]", "Employee#5: []");
  }

  @Test
  void mapKeyColumnMaps_fetched_holdTheRolesAndDesks() {
    var roles = fetched("select pj from Project pj left join fetch pj.roles where pj.id in (1, 2) order by pj.id", "roles",
        p -> ((Project) p).getRoles());
    assertThat(roles.get(Provider.MEMORY)).containsExactly(
        "Project#1: ['lead'=Employee#1, 'ops'=Contractor#11, 'qa'=Employee#3]", "Project#2: ['lead'=Employee#4]");
    var desks = fetched("select d from Department d left join fetch d.desks where d.id in (1, 2) order by d.id", "desks",
        d -> ((Department) d).getDesks());
    assertThat(desks.get(Provider.MEMORY)).containsExactly(
        "Department#1: ['A1'=Employee#1, 'A2'=Employee#2, 'B1'=Employee#7]", "Department#2: []");
  }
}
