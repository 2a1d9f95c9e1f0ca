package org.memoryjpa.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.graph.GraphFixtures.shape;

import jakarta.persistence.AttributeNode;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Graph;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Subgraph;
import jakarta.persistence.metamodel.Attribute;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.graph.NamedEntityGraphRegistry;

/**
 * Subgraphs of values, elements and map keys, and treated subgraphs, on memory-jpa and on
 * Hibernate.
 */
class GraphSubgraphsTest {

  private static EntityManager hibernate;
  private final NamedEntityGraphRegistry registry = GraphFixtures.registry();

  @BeforeAll
  static void bootHibernate() {
    hibernate = GraphFixtures.hibernateShop().createEntityManager();
  }

  @AfterAll
  static void closeHibernate() {
    hibernate.close();
  }

  /** Runs the same steps on a new graph of each provider and returns their shapes. */
  private <T> String[] onBoth(Class<T> root, Consumer<EntityGraph<T>> steps) {
    EntityGraph<T> memory = registry.createEntityGraph(root);
    EntityGraph<T> reference = hibernate.createEntityGraph(root);
    steps.accept(memory);
    steps.accept(reference);
    return new String[] {shape(memory), shape(reference)};
  }

  /** The subgraph type each provider returns for the same call. */
  private <T> Class<?>[] classTypesOnBoth(
      Class<T> root, Function<EntityGraph<T>, Subgraph<?>> call) {
    return new Class<?>[] {
      call.apply(registry.createEntityGraph(root)).getClassType(),
      call.apply(hibernate.createEntityGraph(root)).getClassType()
    };
  }

  @Test
  void addSubgraph_toOneByName_describesTargetEntity_likeHibernate() {
    Class<?>[] types = classTypesOnBoth(Customer.class, graph -> graph.addSubgraph("referrer"));

    assertThat(types).containsExactly(Customer.class, Customer.class);
  }

  @Test
  void addSubgraph_embeddedByName_describesEmbeddable_likeHibernate() {
    String[] shapes =
        onBoth(Customer.class, graph -> graph.addSubgraph("address").addAttributeNode("city"));

    assertThat(shapes[0]).isEqualTo("[address{Address:[city]}]").isEqualTo(shapes[1]);
  }

  @Test
  void addSubgraph_collectionOfEntitiesByName_describesElements_likeHibernate() {
    String[] shapes =
        onBoth(Customer.class, graph -> graph.addSubgraph("purchases").addAttributeNode("lines"));

    assertThat(shapes[0]).isEqualTo("[purchases{Purchase:[lines]}]").isEqualTo(shapes[1]);
  }

  @Test
  void addSubgraph_elementCollectionOfEmbeddablesByName_describesElements_likeHibernate() {
    Class<?>[] types =
        classTypesOnBoth(Customer.class, graph -> graph.addSubgraph("previousAddresses"));

    assertThat(types).containsExactly(Address.class, Address.class);
  }

  @Test
  void addSubgraph_sameAttributeAgain_returnsSameSubgraph() {
    EntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);

    Subgraph<Object> first = graph.addSubgraph("purchases");

    assertThat(graph.<Object>addSubgraph("purchases")).isSameAs(first);
    assertThat(graph.<Object>addElementSubgraph("purchases")).isSameAs(first);
  }

  @Test
  void addSubgraph_basicAttribute_throwsIllegalArgumentAndAddsNoNode() {
    EntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);

    assertThatThrownBy(() -> graph.addSubgraph("name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot add a subgraph for attribute 'name' of entity 'Customer' in an entity graph:"
                + " its type 'String' is not an entity or embeddable");
    assertThat(graph.getAttributeNodes()).isEmpty();
  }

  @Test
  void addSubgraph_basicAttribute_hibernateThrowsItsOwnPersistenceException() {
    // Hibernate's CannotContainSubGraphException is not a type the spec names; memory-jpa throws
    // the
    // IllegalArgumentException the JPA Javadoc names (see the test above)
    assertThatThrownBy(() -> hibernate.createEntityGraph(Customer.class).addSubgraph("name"))
        .isInstanceOf(PersistenceException.class)
        .isNotInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addSubgraph_elementCollectionOfBasics_throwsIllegalArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.createEntityGraph(Customer.class).addSubgraph("tags"))
        .withMessage(
            "Cannot add a subgraph for attribute 'tags' of entity 'Customer' in an entity graph:"
                + " its element type 'String' is not an entity or embeddable");
  }

  @Test
  void addSubgraph_toOneMetamodelAttribute_describesTargetEntity_likeHibernate() {
    Class<?>[] types =
        classTypesOnBoth(Customer.class, graph -> graph.addSubgraph(Customer_.referrer));

    assertThat(types).containsExactly(Customer.class, Customer.class);
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"}) // the call users make with a collection attribute
  void
      addSubgraph_collectionMetamodelAttribute_throwsIllegalArgument_whereHibernateThrowsUnsupported() {
    Graph memory = registry.createEntityGraph(Customer.class);
    Graph reference = hibernate.createEntityGraph(Customer.class);

    assertThatThrownBy(() -> memory.addSubgraph((Attribute) Customer_.purchases))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot add a subgraph through addSubgraph(Attribute) for attribute 'purchases' of"
                + " entity 'Customer' in an entity graph: it is a collection; use"
                + " addElementSubgraph(PluralAttribute) for its elements");
    assertThatThrownBy(() -> reference.addSubgraph((Attribute) Customer_.purchases))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void addSubgraph_nameAndSubtype_addsTreatedSubgraphBesideValueSubgraph_likeHibernate() {
    String[] shapes =
        onBoth(
            PurchaseLine.class,
            graph -> graph.addSubgraph("product", Book.class).addAttributeNode("author"));

    assertThat(shapes[0]).isEqualTo("[product{Book:[author], Product:[]}]").isEqualTo(shapes[1]);
  }

  @Test
  void addSubgraph_nameAndOwnTargetType_returnsValueSubgraph_likeHibernate() {
    EntityGraph<Customer> memory = registry.createEntityGraph(Customer.class);
    EntityGraph<Customer> reference = hibernate.createEntityGraph(Customer.class);

    assertThat(memory.addSubgraph("referrer", Customer.class))
        .isSameAs(memory.addSubgraph("referrer"));
    assertThat(reference.addSubgraph("referrer", Customer.class))
        .isSameAs(reference.addSubgraph("referrer"));
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"}) // a wrong call only raw types let through
  void addSubgraph_nameAndUnrelatedType_throwsIllegalArgument_whereHibernateAcceptsIt() {
    Graph memory = registry.createEntityGraph(Customer.class);
    Graph reference = hibernate.createEntityGraph(Customer.class);

    assertThatThrownBy(() -> memory.addSubgraph("referrer", Product.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot treat attribute 'referrer' of entity 'Customer' in an entity graph as"
                + " 'org.memoryjpa.graph.Product': it is not an entity subtype of entity"
                + " 'Customer'; its subtypes are 'VipCustomer'");
    assertThat(((Subgraph<?>) reference.addSubgraph("referrer", Product.class)).getClassType())
        .isEqualTo(Product.class);
  }

  @Test
  void addTreatedSubgraph_toOneAndSubtype_addsTreatedSubgraph_likeHibernate() {
    String[] shapes =
        onBoth(
            PurchaseLine.class,
            graph ->
                graph
                    .addTreatedSubgraph(PurchaseLine_.product, Album.class)
                    .addAttributeNode("artist"));

    assertThat(shapes[0]).isEqualTo("[product{Album:[artist], Product:[]}]").isEqualTo(shapes[1]);
  }

  @Test
  @SuppressWarnings("removal") // the deprecated form users may still call
  void addSubgraph_attributeAndSubtype_addsTreatedSubgraph_likeHibernate() {
    String[] shapes =
        onBoth(PurchaseLine.class, graph -> graph.addSubgraph(PurchaseLine_.product, Book.class));

    assertThat(shapes[0]).isEqualTo("[product{Book:[], Product:[]}]").isEqualTo(shapes[1]);
  }

  @Test
  void addSubgraph_insideSubgraph_nestsAndNamesPathInErrors() {
    EntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);
    Subgraph<PurchaseLine> lines = graph.<Purchase>addSubgraph("purchases").addSubgraph("lines");

    lines.addSubgraph("product").addAttributeNode("title");

    assertThat(shape(graph))
        .isEqualTo("[purchases{Purchase:[lines{PurchaseLine:[product{Product:[title]}]}]}]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> lines.addAttributeNode("prodcut"))
        .withMessage(
            "Unknown attribute 'prodcut' of entity 'PurchaseLine' at 'purchases.lines' in an entity"
                + " graph; did you mean 'product'?");
  }

  @Test
  void addElementSubgraph_oneToManyByName_describesElements_likeHibernate() {
    Class<?>[] types =
        classTypesOnBoth(Customer.class, graph -> graph.addElementSubgraph("purchases"));

    assertThat(types).containsExactly(Purchase.class, Purchase.class);
  }

  @Test
  void addElementSubgraph_pluralMetamodelAttribute_describesElements_likeHibernate() {
    Class<?>[] types =
        classTypesOnBoth(Customer.class, graph -> graph.addElementSubgraph(Customer_.wishlist));

    assertThat(types).containsExactly(Product.class, Product.class);
  }

  @Test
  void addElementSubgraph_mapOfEntities_describesValues_likeHibernate() {
    Class<?>[] types =
        classTypesOnBoth(Purchase.class, graph -> graph.addElementSubgraph("linesByCode"));

    assertThat(types).containsExactly(PurchaseLine.class, PurchaseLine.class);
  }

  @Test
  void addElementSubgraph_nameAndSubtype_addsTreatedElementSubgraph_likeHibernate() {
    String[] shapes =
        onBoth(
            Customer.class,
            graph -> graph.addElementSubgraph("wishlist", Book.class).addAttributeNode("author"));

    assertThat(shapes[0]).isEqualTo("[wishlist{Book:[author], Product:[]}]").isEqualTo(shapes[1]);
  }

  @Test
  void addTreatedElementSubgraph_pluralAttributeAndSubtype_addsTreatedSubgraph_likeHibernate() {
    String[] shapes =
        onBoth(
            Customer.class,
            graph -> graph.addTreatedElementSubgraph(Customer_.wishlist, Album.class));

    assertThat(shapes[0]).isEqualTo("[wishlist{Album:[], Product:[]}]").isEqualTo(shapes[1]);
  }

  @Test
  void addElementSubgraph_toOne_throwsIllegalArgument_whereHibernateThrowsUnsupported() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.createEntityGraph(Customer.class).addElementSubgraph("referrer"))
        .withMessage(
            "Cannot add an element subgraph for attribute 'referrer' of entity 'Customer' in an"
                + " entity graph: it is not a collection; use addSubgraph(\"referrer\")");
    assertThatThrownBy(
            () -> hibernate.createEntityGraph(Customer.class).addElementSubgraph("referrer"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void
      addElementSubgraph_elementCollectionOfEmbeddables_throwsIllegalArgument_asHibernateRejectsIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                registry.createEntityGraph(Customer.class).addElementSubgraph("previousAddresses"))
        .withMessageEndingWith(
            "it is an element collection; use addSubgraph(\"previousAddresses\") for its elements");
    assertThatThrownBy(
            () ->
                hibernate.createEntityGraph(Customer.class).addElementSubgraph("previousAddresses"))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void addKeySubgraph_mapKeyedByEntity_describesKeys_likeHibernate() {
    String[] shapes =
        onBoth(
            Purchase.class, graph -> graph.addKeySubgraph("quantities").addAttributeNode("title"));

    assertThat(shapes[0]).isEqualTo("[quantities key{Product:[title]}]").isEqualTo(shapes[1]);
  }

  @Test
  void addKeySubgraph_nameAndSubtype_addsTreatedKeySubgraph_likeHibernate() {
    String[] shapes =
        onBoth(Purchase.class, graph -> graph.addKeySubgraph("quantities", Book.class));

    assertThat(shapes[0]).isEqualTo("[quantities key{Book:[], Product:[]}]").isEqualTo(shapes[1]);
  }

  @Test
  void addMapKeySubgraph_mapAttribute_describesKeys_likeHibernate() {
    Class<?>[] types =
        classTypesOnBoth(Purchase.class, graph -> graph.addMapKeySubgraph(Purchase_.quantities));

    assertThat(types).containsExactly(Product.class, Product.class);
  }

  @Test
  void addTreatedMapKeySubgraph_mapAttributeAndSubtype_addsTreatedKeySubgraph_likeHibernate() {
    String[] shapes =
        onBoth(
            Purchase.class,
            graph -> graph.addTreatedMapKeySubgraph(Purchase_.quantities, Album.class));

    assertThat(shapes[0]).isEqualTo("[quantities key{Album:[], Product:[]}]").isEqualTo(shapes[1]);
  }

  @Test
  void addKeySubgraph_notAMap_throwsIllegalArgument_whereHibernateThrowsUnsupported() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.createEntityGraph(Purchase.class).addKeySubgraph("lines"))
        .withMessage(
            "Cannot add a key subgraph for attribute 'lines' of entity 'Purchase' in an entity"
                + " graph: it is not a Map");
    assertThatThrownBy(() -> hibernate.createEntityGraph(Purchase.class).addKeySubgraph("lines"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void addKeySubgraph_basicKeys_throwsIllegalArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.createEntityGraph(Purchase.class).addKeySubgraph("linesByCode"))
        .withMessage(
            "Cannot add a key subgraph for attribute 'linesByCode' of entity 'Purchase' in an"
                + " entity graph: its map key type 'String' is not an entity or embeddable");
  }

  @Test
  @SuppressWarnings("removal") // the deprecated forms users may still call
  void addKeySubgraph_metamodelAttributeNotAMap_throwsIllegalArgument_whereHibernateThrowsUnsupported() {
    EntityGraph<Purchase> memory = registry.createEntityGraph(Purchase.class);
    EntityGraph<Purchase> reference = hibernate.createEntityGraph(Purchase.class);

    assertThatThrownBy(() -> memory.addKeySubgraph(Purchase_.customer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it is not a Map");
    assertThatThrownBy(() -> reference.addKeySubgraph(Purchase_.customer))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void getSubgraphs_nodeWithoutSubgraphs_isEmpty_likeHibernate() {
    EntityGraph<Purchase> memory = registry.createEntityGraph(Purchase.class);
    EntityGraph<Purchase> reference = hibernate.createEntityGraph(Purchase.class);

    for (AttributeNode<?> node :
        new AttributeNode<?>[] {
          memory.addAttributeNode("lines"), reference.addAttributeNode("lines")
        }) {
      assertThat(node.getSubgraphs()).isEmpty();
      assertThat(node.getKeySubgraphs()).isEmpty();
    }
  }

  @Test
  void getSubgraphs_valueAndTreatedSubgraphs_keyedByClass() {
    EntityGraph<PurchaseLine> graph = registry.createEntityGraph(PurchaseLine.class);
    Subgraph<Product> product = graph.addSubgraph("product");
    Subgraph<Book> book = graph.addSubgraph("product", Book.class);

    assertThat(graph.getAttributeNode(PurchaseLine_.product).getSubgraphs())
        .containsOnlyKeys(Product.class, Book.class)
        .containsEntry(Product.class, product)
        .containsEntry(Book.class, book);
  }

  @Test
  void addTreatedSubgraph_rootSubtype_addsSubtypeAttributesFoundThroughRoot_likeHibernate() {
    EntityGraph<Customer> memory = registry.createEntityGraph(Customer.class);
    EntityGraph<Customer> reference = hibernate.createEntityGraph(Customer.class);

    Subgraph<VipCustomer> vip = memory.addTreatedSubgraph(VipCustomer.class);
    AttributeNode<?> manager = vip.addAttributeNode("manager");
    reference.addTreatedSubgraph(VipCustomer.class).addAttributeNode("manager");

    assertThat(vip.getClassType()).isEqualTo(VipCustomer.class);
    assertThat(memory.<Object>getAttributeNode("manager")).isSameAs(manager);
    assertThat(memory.hasAttributeNode("manager"))
        .isTrue()
        .isEqualTo(reference.hasAttributeNode("manager"));
    assertThat(shape(memory)).isEqualTo("[]").isEqualTo(shape(reference));
  }

  @Test
  void addTreatedSubgraph_rootSubtypeTwice_returnsSameSubgraph() {
    EntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);

    Subgraph<VipCustomer> first = graph.addTreatedSubgraph(VipCustomer.class);

    assertThat(graph.addTreatedSubgraph(VipCustomer.class)).isSameAs(first);
  }

  @Test
  @SuppressWarnings("removal") // the deprecated form users may still call
  void addSubclassSubgraph_rootSubtype_isTheTreatedSubgraph() {
    EntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);

    Subgraph<? extends Customer> subclass = graph.addSubclassSubgraph(VipCustomer.class);

    assertThat(subclass).isSameAs(graph.addTreatedSubgraph(VipCustomer.class));
  }

  @Test
  void addTreatedSubgraph_rootOwnType_throwsIllegalArgument_whereHibernateThrowsClassCast() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> registry.createEntityGraph(Customer.class).addTreatedSubgraph(Customer.class))
        .withMessage(
            "Cannot treat entity 'Customer' in an entity graph as its own type"
                + " 'org.memoryjpa.graph.Customer'; add its attributes to the graph itself");
    assertThatThrownBy(
            () -> hibernate.createEntityGraph(Customer.class).addTreatedSubgraph(Customer.class))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"}) // a wrong call only raw types let through
  void addTreatedSubgraph_rootUnrelatedType_throwsIllegalArgument() {
    EntityGraph raw = registry.createEntityGraph(Product.class);

    assertThatThrownBy(() -> raw.addTreatedSubgraph(Customer.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot treat entity 'Product' in an entity graph as 'org.memoryjpa.graph.Customer': it"
                + " is not an entity subtype of entity 'Product'; its subtypes are 'Book',"
                + " 'Album'");
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"}) // a wrong call only raw types let through
  void addSubgraph_embeddableAsSubtype_throwsIllegalArgumentSayingItHasNone() {
    Graph raw = registry.createEntityGraph(Customer.class);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> raw.addSubgraph("address", Customer.class))
        .withMessageEndingWith(
            "it is not an entity subtype of embeddable 'Address', which has none");
  }

  @Test
  @SuppressWarnings("removal") // the deprecated form users may still call
  void addKeySubgraph_metamodelAttribute_describesKeys_differsFromHibernate_becauseHibernateThrowsUnsupported() {
    EntityGraph<Purchase> graph = registry.createEntityGraph(Purchase.class);
    graph.addKeySubgraph(Purchase_.quantities).addAttributeNode("title");

    assertThat(GraphFixtures.shape(graph))
        .isEqualTo(GraphFixtures.shape(withNamedKeySubgraph()));
  }

  private EntityGraph<Purchase> withNamedKeySubgraph() {
    EntityGraph<Purchase> graph = registry.createEntityGraph(Purchase.class);
    graph.addKeySubgraph("quantities").addAttributeNode("title");
    return graph;
  }
}
