package org.memoryjpa.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.memoryjpa.graph.GraphFixtures.shape;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.graph.MemoryEntityGraph;
import org.memoryjpa.internal.graph.NamedEntityGraphRegistry;
import org.memoryjpa.internal.metadata.MetadataReader;

/**
 * The named graphs of a factory: lookup, copies, additions and type filtering, compared with
 * Hibernate's factory where the JPA Javadoc and Hibernate agree.
 */
class NamedEntityGraphRegistryTest {

  // Hibernate's factory is shared by the graph tests (a second one over the same classes would
  // refill the
  // static metamodel); graphs added to it are rooted at Album or Book, which no other comparison
  // lists
  private static EntityManagerFactory hibernateFactory;
  private static EntityManager hibernate;
  private final NamedEntityGraphRegistry registry = GraphFixtures.registry();

  @BeforeAll
  static void bootHibernate() {
    hibernateFactory = GraphFixtures.hibernateShop();
    hibernate = hibernateFactory.createEntityManager();
  }

  @AfterAll
  static void closeHibernate() {
    hibernate.close();
  }

  @Entity(name = "Lonely")
  public static class Lonely {
    @Id Long id;
  }

  @Test
  void getNamedEntityGraphs_entity_returnsGraphsOfItAndItsSubtypes() {
    assertThat(registry.getNamedEntityGraphs(Customer.class))
        .containsOnlyKeys(
            "Customer.purchases", "Customer.all", "Customer.address", "VipCustomer.manager");
  }

  @Test
  void getNamedEntityGraphs_entity_hibernateReturnsGraphsOfSupertypesInstead() {
    // the JPA Javadoc asks for graphs whose entity type is assignable to the argument, as above
    assertThat(hibernateFactory.getNamedEntityGraphs(VipCustomer.class))
        .containsOnlyKeys(
            "Customer.purchases", "Customer.all", "Customer.address", "VipCustomer.manager");
    assertThat(hibernateFactory.getNamedEntityGraphs(Customer.class))
        .containsOnlyKeys("Customer.purchases", "Customer.all", "Customer.address");
  }

  @Test
  void getNamedEntityGraphs_subtype_returnsOnlyItsOwnGraphs() {
    assertThat(registry.getNamedEntityGraphs(VipCustomer.class))
        .containsOnlyKeys("VipCustomer.manager");
    assertThat(registry.getNamedEntityGraphs(Book.class)).containsOnlyKeys("Book.author");
    assertThat(registry.getNamedEntityGraphs(Album.class)).isEmpty();
  }

  @Test
  void getNamedEntityGraphs_rootWithoutOwnGraphs_returnsGraphsOfSubtypes() {
    assertThat(registry.getNamedEntityGraphs(Product.class)).containsOnlyKeys("Book.author");
  }

  @Test
  void getNamedEntityGraphs_object_returnsEveryGraph() {
    assertThat(registry.getNamedEntityGraphs(Object.class))
        .containsOnlyKeys(
            "Customer.purchases",
            "Customer.all",
            "Customer.address",
            "VipCustomer.manager",
            "Book.author");
  }

  @Test
  void getNamedEntityGraphs_typeNoEntityExtends_returnsNone() {
    assertThat(registry.getNamedEntityGraphs(Runnable.class)).isEmpty();
    assertThat(registry.getNamedEntityGraphs(Address.class)).isEmpty();
  }

  @Test
  void getNamedEntityGraphs_null_throwsIllegalArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.getNamedEntityGraphs(null))
        .withMessageEndingWith("pass Object.class for all of them");
  }

  @Test
  void getNamedEntityGraphs_anyType_keysGraphsByTheirNames() {
    registry
        .getNamedEntityGraphs(Object.class)
        .forEach((name, graph) -> assertThat(graph.getName()).isEqualTo(name));
  }

  @Test
  void getEntityGraphs_subtype_returnsGraphsOfItAndItsSupertypes_likeHibernate() {
    List<String> names =
        registry.getEntityGraphs(VipCustomer.class).stream().map(EntityGraph::getName).toList();

    assertThat(names)
        .containsExactlyInAnyOrder(
            "Customer.purchases", "Customer.all", "Customer.address", "VipCustomer.manager");
    assertThat(names)
        .containsExactlyInAnyOrderElementsOf(
            hibernate.getEntityGraphs(VipCustomer.class).stream()
                .map(EntityGraph::getName)
                .toList());
  }

  @Test
  void getEntityGraphs_root_leavesOutGraphsOfSubtypes_likeHibernate() {
    List<String> names =
        registry.getEntityGraphs(Customer.class).stream().map(EntityGraph::getName).toList();

    assertThat(names)
        .containsExactlyInAnyOrder("Customer.purchases", "Customer.all", "Customer.address");
    assertThat(names)
        .containsExactlyInAnyOrderElementsOf(
            hibernate.getEntityGraphs(Customer.class).stream().map(EntityGraph::getName).toList());
  }

  @Test
  void getEntityGraphs_embeddable_throwsIllegalArgument_likeHibernate() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.getEntityGraphs(Address.class))
        .withMessage(
            "Cannot list the entity graphs of 'org.memoryjpa.graph.Address': it is embeddable"
                + " 'Address', and entity graphs are rooted at entities");
    assertThatIllegalArgumentException().isThrownBy(() -> hibernate.getEntityGraphs(Address.class));
  }

  @Test
  void getEntityGraphs_unmappedClass_throwsIllegalArgumentWithSuggestion_likeHibernate() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.getEntityGraphs(Costumer.class))
        .withMessage(
            "Cannot list the entity graphs of '"
                + Costumer.class.getName()
                + "': it is not an entity of"
                + " the persistence unit; did you mean 'Customer'?");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> hibernate.getEntityGraphs(Costumer.class));
  }

  /** Not an entity, with a name close to one. */
  static final class Costumer {}

  @Test
  void getEntityGraph_unknownName_throwsIllegalArgumentWithSuggestion_likeHibernate() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.getEntityGraph("Customer.purchase"))
        .withMessage(
            "Unknown named entity graph 'Customer.purchase'; did you mean 'Customer.purchases'?");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> hibernate.getEntityGraph("Customer.purchase"));
  }

  @Test
  void getEntityGraph_unitWithoutGraphs_throwsIllegalArgumentSayingHowToAddOne() {
    NamedEntityGraphRegistry empty =
        NamedEntityGraphRegistry.of(MetadataReader.read(List.of(Lonely.class)));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> empty.getEntityGraph("any"))
        .withMessageContaining("the persistence unit declares none");
  }

  @Test
  void findEntityGraph_unknownName_returnsNull() {
    assertThat(registry.findEntityGraph("nope")).isNull();
    assertThat(registry.findEntityGraph("Customer.all"))
        .isSameAs(registry.getEntityGraph("Customer.all"));
  }

  @Test
  void createEntityGraph_name_returnsMutableUnnamedCopy_likeHibernate() {
    EntityGraph<?> copy = registry.createEntityGraph("Customer.purchases");
    EntityGraph<?> reference = hibernate.createEntityGraph("Customer.purchases");

    assertThat(copy.getName()).isNull();
    assertThat(reference.getName()).isNull();
    assertThat(shape(copy))
        .isEqualTo(shape(registry.getEntityGraph("Customer.purchases")))
        .isEqualTo(shape(reference));
  }

  @Test
  void createEntityGraph_nameThenChangeCopy_leavesNamedGraphAsItWas_likeHibernate() {
    String before = shape(registry.getEntityGraph("Customer.purchases"));
    EntityGraph<?> copy = registry.createEntityGraph("Customer.purchases");
    EntityGraph<?> reference = hibernate.createEntityGraph("Customer.purchases");

    copy.addAttributeNode("tags");
    copy.getAttributeNode("purchases")
        .getSubgraphs()
        .get(Purchase.class)
        .addAttributeNode("customer");
    reference.addAttributeNode("tags");
    reference
        .getAttributeNode("purchases")
        .getSubgraphs()
        .get(Purchase.class)
        .addAttributeNode("customer");

    assertThat(shape(copy)).isNotEqualTo(before).isEqualTo(shape(reference));
    assertThat(shape(registry.getEntityGraph("Customer.purchases"))).isEqualTo(before);
    assertThat(shape(hibernate.getEntityGraph("Customer.purchases"))).isEqualTo(before);
  }

  @Test
  void createEntityGraph_unknownName_returnsNull_likeHibernate() {
    assertThat(registry.createEntityGraph("nope")).isNull();
    assertThat(hibernate.createEntityGraph("nope")).isNull();
  }

  @Test
  void createEntityGraph_entity_returnsEmptyMutableGraph() {
    MemoryEntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);

    assertThat(graph.getAttributeNodes()).isEmpty();
    assertThat(graph.isMutable()).isTrue();
    assertThat(graph.entityType().javaType()).isEqualTo(Customer.class);
  }

  @Test
  void createEntityGraph_notAnEntity_throwsIllegalArgument_likeHibernate() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.createEntityGraph(Address.class))
        .withMessage(
            "Cannot create an entity graph of 'org.memoryjpa.graph.Address': it is embeddable"
                + " 'Address', and entity graphs are rooted at entities");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.createEntityGraph(String.class))
        .withMessage(
            "Cannot create an entity graph of 'java.lang.String': it is not an entity of the"
                + " persistence unit");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> hibernate.createEntityGraph(Address.class));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> hibernate.createEntityGraph(String.class));
  }

  @Test
  void addNamedEntityGraph_graph_storesImmutableCopyUnderName_likeHibernate() {
    EntityGraph<Album> graph = registry.createEntityGraph(Album.class);
    EntityGraph<Album> reference = hibernate.createEntityGraph(Album.class);
    graph.addAttributeNode("artist");
    reference.addAttributeNode("artist");

    registry.addNamedEntityGraph("Album.added", graph);
    hibernateFactory.addNamedEntityGraph("Album.added", reference);
    graph.addAttributeNode("title");
    reference.addAttributeNode("title");

    EntityGraph<?> stored = registry.getEntityGraph("Album.added");
    EntityGraph<?> storedByHibernate = hibernate.getEntityGraph("Album.added");
    assertThat(stored.getName()).isEqualTo("Album.added").isEqualTo(storedByHibernate.getName());
    assertThat(shape(stored)).isEqualTo("[artist]").isEqualTo(shape(storedByHibernate));
    assertThatIllegalStateException().isThrownBy(() -> stored.addAttributeNode("title"));
    assertThatIllegalStateException().isThrownBy(() -> storedByHibernate.addAttributeNode("title"));
  }

  @Test
  void addNamedEntityGraph_existingName_replacesGraph_likeHibernate() {
    hibernateFactory.addNamedEntityGraph(
        "Album.replaced", hibernate.createEntityGraph(Album.class));
    EntityGraph<Book> graph = registry.createEntityGraph(Book.class);
    EntityGraph<Book> reference = hibernate.createEntityGraph(Book.class);
    graph.addAttributeNode("title");
    reference.addAttributeNode("title");

    registry.addNamedEntityGraph("Customer.address", graph);
    hibernateFactory.addNamedEntityGraph("Album.replaced", reference);

    assertThat(shape(registry.getEntityGraph("Customer.address")))
        .isEqualTo("[title]")
        .isEqualTo(shape(hibernate.getEntityGraph("Album.replaced")));
    assertThat(registry.getNamedEntityGraphs(Customer.class)).doesNotContainKey("Customer.address");
    assertThat(registry.getNamedEntityGraphs(Book.class)).containsKey("Customer.address");
  }

  @Test
  void addNamedEntityGraph_namedGraphUnderNewName_namesCopyAfterNewName_likeHibernate() {
    registry.addNamedEntityGraph("Book.again", registry.getEntityGraph("Book.author"));
    hibernateFactory.addNamedEntityGraph("Book.again", hibernate.getEntityGraph("Book.author"));

    assertThat(registry.getEntityGraph("Book.again").getName())
        .isEqualTo("Book.again")
        .isEqualTo(hibernate.getEntityGraph("Book.again").getName());
    assertThat(registry.getEntityGraph("Book.author").getName()).isEqualTo("Book.author");
  }

  @Test
  void addNamedEntityGraph_graphWithRemovedAttributes_keepsThemExcluded() {
    MemoryEntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);
    graph.addAttributeNode("name");
    graph.removeAttributeNode("referrer");

    registry.addNamedEntityGraph("lean", graph);

    assertThat(registry.getEntityGraph("lean").excludedAttributes(Customer.class))
        .containsExactly("referrer");
  }

  @Test
  void addNamedEntityGraph_graphOfAnotherProvider_throwsIllegalArgument() {
    EntityGraph<Customer> foreign = hibernate.createEntityGraph(Customer.class);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.addNamedEntityGraph("foreign", foreign))
        .withMessageStartingWith(
            "Entity graph '" + foreign.getClass().getName() + "' was not created by memory-jpa");
  }

  @Test
  void addNamedEntityGraph_graphOfAnotherUnit_throwsIllegalArgument() {
    NamedEntityGraphRegistry other =
        NamedEntityGraphRegistry.of(MetadataReader.read(GraphFixtures.SHOP));

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> registry.addNamedEntityGraph("other", other.createEntityGraph(Customer.class)))
        .withMessageContaining("it was created by an EntityManager of another persistence unit");
  }

  @Test
  void addNamedEntityGraph_nullName_throwsIllegalArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> registry.addNamedEntityGraph(null, registry.createEntityGraph(Customer.class)))
        .withMessageEndingWith("give it a name");
  }

  @Test
  void addNamedEntityGraph_manyThreadsAddingWhileOthersRead_losesNoGraph() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int thread = 0; thread < 2; thread++) {
        int writer = thread;
        work.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    MemoryEntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);
                    graph.addAttributeNode("name");
                    registry.addNamedEntityGraph("w" + writer + "-" + i, graph);
                  }
                }));
        work.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    registry
                        .getNamedEntityGraphs(Customer.class)
                        .values()
                        .forEach(graph -> assertThat(shape(graph)).isNotNull());
                  }
                }));
      }
      for (Future<?> done : work) {
        done.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(registry.getNamedEntityGraphs(Object.class)).hasSize(5 + 400);
  }
}
