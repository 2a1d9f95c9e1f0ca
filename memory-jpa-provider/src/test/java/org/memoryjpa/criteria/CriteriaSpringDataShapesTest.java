package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memoryjpa.criteria.model.Address;
import org.memoryjpa.criteria.model.Customer;
import org.memoryjpa.criteria.model.CustomerStatus;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation.ResultForm;

/**
 * The Criteria shapes Spring Data JPA 4.1 builds (../shared/notes/spring-boot-jpa.md §3.3):
 * {@code SimpleJpaRepository} queries with sorting and paging counts, Specifications and their
 * composition, Query by Example, keyset scrolling, projections, and the derived-query predicates
 * (LIKE with '\' escapes, UPPER/LOWER for ignore-case, IN, BETWEEN, IS NULL) as Criteria.
 */
class CriteriaSpringDataShapesTest extends CriteriaFixture {

  /** Spring Data's {@code Specification}: a predicate over a root. */
  interface Specification<T> {
    Predicate toPredicate(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb);

    /** As {@code SpecificationComposition}: {@code cb.and(Expression, Expression)}. */
    default Specification<T> and(Specification<T> other) {
      return (root, query, cb) -> cb.and(toPredicate(root, query, cb), other.toPredicate(root, query, cb));
    }

    default Specification<T> or(Specification<T> other) {
      return (root, query, cb) -> cb.or(toPredicate(root, query, cb), other.toPredicate(root, query, cb));
    }

    static <T> Specification<T> not(Specification<T> spec) {
      return (root, query, cb) -> cb.not(spec.toPredicate(root, query, cb));
    }
  }

  /** {@code SimpleJpaRepository.getQuery(spec, domainClass, sort)}. */
  private CriteriaQuery<Customer> findAll(Specification<Customer> spec, List<Order> sort) {
    CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
    Root<Customer> root = query.from(Customer.class);
    if (spec != null) {
      Predicate predicate = spec.toPredicate(root, query, cb);
      if (predicate != null) {
        query.where(predicate);
      }
    }
    query.select(root);
    if (sort != null) {
      query.orderBy(sort);
    }
    return query;
  }

  /** {@code SimpleJpaRepository.getCountQuery(spec, domainClass)}. */
  private CriteriaQuery<Long> count(Specification<Customer> spec, boolean distinct) {
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Customer> root = query.from(Customer.class);
    if (spec != null) {
      query.where(spec.toPredicate(root, query, cb));
    }
    query.distinct(distinct);
    query.select(query.isDistinct() ? cb.countDistinct(root) : cb.count(root));
    query.orderBy(List.of());
    return query;
  }

  @Test
  void findAll_sortedWithNullHandlingAndIgnoreCase() {
    CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
    Root<Customer> root = query.from(Customer.class);
    query.select(root);
    // QueryUtils.toOrders: always the two-argument form; an optional association is LEFT joined
    Join<Customer, Customer> referrer = root.join("referrer", JoinType.LEFT);
    query.orderBy(
        cb.asc(root.get("name"), Nulls.NONE),
        cb.desc(cb.lower(root.get("email")), Nulls.LAST),
        cb.asc(root.get("address").get("city"), Nulls.FIRST),
        cb.asc(referrer.get("name"), Nulls.NONE));

    assertThat(jpql(query)).isEqualTo("SELECT c0 FROM Customer c0 LEFT JOIN c0.referrer r1 ORDER BY c0.name,"
        + " LOWER(c0.email) DESC NULLS LAST, c0.address.city NULLS FIRST, r1.name");
    assertThat(root.getJavaType()).isEqualTo(Customer.class);
  }

  @Test
  void findAll_pageableCount_countOrCountDistinct() {
    Specification<Customer> gold = (root, query, cb) -> cb.equal(root.get("status"), CustomerStatus.GOLD);

    assertThat(jpql(count(gold, false))).isEqualTo("SELECT COUNT(c0) FROM Customer c0 WHERE c0.status = :__criteria_literal_0");
    assertThat(jpql(count(gold, true)))
        .isEqualTo("SELECT DISTINCT COUNT(DISTINCT c0) FROM Customer c0 WHERE c0.status = :__criteria_literal_0");
    assertThat(jpql(count(null, false))).isEqualTo("SELECT COUNT(c0) FROM Customer c0");
    assertThat(cb.translate(count(null, false)).resultType()).isEqualTo(Long.class);
  }

  @Test
  void exists_selectsTheLiteralOne() {
    CriteriaQuery<Integer> query = cb.createQuery(Integer.class);
    Root<Customer> root = query.from(Customer.class);
    query.select(cb.literal(1)).where(cb.equal(root.get("name"), "Ann"));

    assertThat(jpql(query)).isEqualTo("SELECT 1 FROM Customer c0 WHERE c0.name = 'Ann'");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void findAllById_collectionParameter() {
    CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
    Root<Customer> root = query.from(Customer.class);
    ParameterExpression<Collection<?>> ids = (ParameterExpression) cb.parameter(Collection.class);
    query.select(root).where(root.get(METAMODEL.entity(Customer.class).getId(Long.class)).in(ids));

    CriteriaTranslation translation = cb.translate(query);
    assertThat(roundTrip(translation)).isEqualTo("SELECT c0 FROM Customer c0 WHERE c0.id IN (:__criteria_param_0)");
    assertThat(translation.parameterNames()).containsExactly(Map.entry(ids, "__criteria_param_0"));
  }

  @Test
  void specifications_composedWithAndOrNot() {
    Specification<Customer> active = (root, query, cb) -> cb.isTrue(root.get("active"));
    Specification<Customer> named = (root, query, cb) -> cb.like(root.get("name"), "A%");
    Specification<Customer> gold = (root, query, cb) -> cb.equal(root.get("status"), CustomerStatus.GOLD);

    assertThat(jpql(findAll(active.and(named).or(Specification.not(gold)), null)))
        .isEqualTo("SELECT c0 FROM Customer c0 WHERE ((c0.active = TRUE AND c0.name LIKE 'A%') OR NOT (c0.status ="
            + " :__criteria_literal_0))");
  }

  @Test
  void specification_withJoinAndDistinct() {
    Specification<Customer> ordersOver = (root, query, cb) -> {
      query.distinct(true);
      Join<Customer, ?> orders = root.join("orders");
      return cb.greaterThan(orders.get("quantity"), 3);
    };

    assertThat(jpql(findAll(ordersOver, null)))
        .isEqualTo("SELECT DISTINCT c0 FROM Customer c0 JOIN c0.orders o1 WHERE o1.quantity > 3");
  }

  @Test
  void derivedQueryPredicates_likeEscapesIgnoreCaseInBetweenIsNull() {
    ParameterExpression<String> part = cb.parameter(String.class, "part");
    ParameterExpression<Integer> from = cb.parameter(Integer.class, "from");
    ParameterExpression<Integer> to = cb.parameter(Integer.class, "to");
    @SuppressWarnings({"unchecked", "rawtypes"})
    ParameterExpression<Collection<String>> names = (ParameterExpression) cb.parameter(Collection.class, "names");
    ParameterExpression<String> notName = cb.parameter(String.class, "name");
    CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
    Root<Customer> root = query.from(Customer.class);
    Path<String> name = root.get("name");
    query.select(root).where(
        cb.like(cb.upper(name), cb.upper(part), '\\'),
        cb.between(root.get("loyaltyPoints"), from, to),
        name.in(names),
        cb.or(cb.isNull(root.get("email")), cb.notEqual(name, notName)),
        cb.notLike(cb.lower(root.get("email")), "%\\_test%", '\\'))
        .orderBy(cb.desc(name));

    CriteriaTranslation translation = cb.translate(query);
    assertThat(roundTrip(translation)).isEqualTo("SELECT c0 FROM Customer c0 WHERE (UPPER(c0.name) LIKE UPPER(:part)"
        + " ESCAPE '\\' AND c0.loyaltyPoints BETWEEN :from AND :to AND c0.name IN (:names) AND (c0.email IS NULL OR"
        + " c0.name <> :name) AND LOWER(c0.email) NOT LIKE '%\\_test%' ESCAPE '\\') ORDER BY c0.name DESC");
    assertThat(translation.parameterNames().values()).containsExactly("part", "from", "to", "names", "name");
  }

  @Test
  void queryByExample_walksTheMetamodelAndIncludesPrimitiveVersion() throws Exception {
    Customer probe = new Customer("ann");
    set(probe, "address", new Address(null, "Oslo", null));
    set(probe, "status", CustomerStatus.GOLD);

    CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
    Root<Customer> root = query.from(Customer.class);
    List<Predicate> predicates = new ArrayList<>();
    example(root, root.getModel(), probe, predicates);
    query.select(root).where(cb.and(predicates.toArray(Predicate[]::new)));

    assertThat(jpql(query)).isEqualTo("SELECT c0 FROM Customer c0 WHERE (c0.version = 0 AND LOWER(c0.name) LIKE '%ann%'"
        + " ESCAPE '\\' AND c0.status = :__criteria_literal_0 AND c0.active = FALSE AND c0.loyaltyPoints = 0 AND"
        + " LOWER(c0.address.city) LIKE '%oslo%' ESCAPE '\\')");
  }

  /** {@code QueryByExamplePredicateBuilder}: strings contain, ignoring case; the rest equal. */
  private void example(Path<?> path, ManagedType<?> type, Object probe, List<Predicate> predicates) throws Exception {
    for (SingularAttribute<?, ?> attribute : type.getSingularAttributes()) {
      Object value = get(probe, attribute.getName());
      if (value == null) {
        continue;
      }
      if (attribute.getPersistentAttributeType() == PersistentAttributeType.EMBEDDED) {
        example(path.get(attribute.getName()), (ManagedType<?>) attribute.getType(), value, predicates);
      } else if (attribute.getPersistentAttributeType() == PersistentAttributeType.MANY_TO_ONE) {
        example(((From<?, ?>) path).join(attribute.getName()), (ManagedType<?>) attribute.getType(), value, predicates);
      } else if (attribute.getJavaType() == String.class) {
        Expression<String> string = path.<String>get(attribute.getName());
        predicates.add(cb.like(cb.lower(string), "%" + ((String) value).toLowerCase() + "%", '\\'));
      } else {
        predicates.add(cb.equal(path.get(attribute.getName()), value));
      }
    }
  }

  @Test
  void keysetScroll_orOfAndsOverTheSortKeys() {
    CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
    Root<Customer> root = query.from(Customer.class);
    Predicate afterName = cb.greaterThan(root.<String>get("name"), "Bob");
    Predicate sameNameAfterId = cb.and(cb.equal(root.get("name"), "Bob"), cb.greaterThan(root.<Long>get("id"), 7L));
    query.select(root).where(cb.or(afterName, sameNameAfterId))
        .orderBy(cb.asc(root.get("name"), Nulls.NONE), cb.asc(root.get("id"), Nulls.NONE));

    assertThat(jpql(query)).isEqualTo("SELECT c0 FROM Customer c0 WHERE (c0.name > 'Bob' OR (c0.name = 'Bob' AND"
        + " c0.id > 7L)) ORDER BY c0.name, c0.id");
  }

  @Test
  void fluentProjection_tupleWithAliases() {
    CriteriaQuery<Tuple> query = cb.createTupleQuery();
    Root<Customer> root = query.from(Customer.class);
    query.multiselect(root.get("name").alias("name"), root.get("address").get("city").alias("city"))
        .where(cb.equal(root.get("status"), CustomerStatus.NEW));

    CriteriaTranslation translation = cb.translate(query);
    assertThat(roundTrip(translation)).isEqualTo("SELECT c0.name AS name, c0.address.city AS city FROM Customer c0"
        + " WHERE c0.status = :__criteria_literal_0");
    assertThat(translation.resultForm()).isEqualTo(ResultForm.TUPLE);
  }

  private static Object get(Object target, String name) throws Exception {
    return field(target.getClass(), name).get(target);
  }

  private static void set(Object target, String name, Object value) throws Exception {
    field(target.getClass(), name).set(target, value);
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException next) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name);
  }
}
