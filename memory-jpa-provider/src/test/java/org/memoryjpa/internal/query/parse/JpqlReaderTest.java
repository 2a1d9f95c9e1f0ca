package org.memoryjpa.internal.query.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Nulls;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.query.parse.syntax.AggregateExpression;
import org.memoryjpa.internal.query.parse.syntax.ComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.ConstructorExpression;
import org.memoryjpa.internal.query.parse.syntax.EntityJoin;
import org.memoryjpa.internal.query.parse.syntax.Expression;
import org.memoryjpa.internal.query.parse.syntax.Identifier;
import org.memoryjpa.internal.query.parse.syntax.InExpression;
import org.memoryjpa.internal.query.parse.syntax.LikeExpression;
import org.memoryjpa.internal.query.parse.syntax.NamedParameter;
import org.memoryjpa.internal.query.parse.syntax.NumericLiteral;
import org.memoryjpa.internal.query.parse.syntax.OrderItem;
import org.memoryjpa.internal.query.parse.syntax.Path;
import org.memoryjpa.internal.query.parse.syntax.PathJoin;
import org.memoryjpa.internal.query.parse.syntax.PositionalParameter;
import org.memoryjpa.internal.query.parse.syntax.QualifiedIdentificationVariable;
import org.memoryjpa.internal.query.parse.syntax.RangeDeclaration;
import org.memoryjpa.internal.query.parse.syntax.SelectItem;
import org.memoryjpa.internal.query.parse.syntax.SelectQuery;
import org.memoryjpa.internal.query.parse.syntax.SetOperation;
import org.memoryjpa.internal.query.parse.syntax.Statement;
import org.memoryjpa.internal.query.parse.syntax.StringLiteral;
import org.memoryjpa.internal.query.parse.syntax.TemporalLiteral;
import org.memoryjpa.internal.query.parse.syntax.TreatedPath;

/**
 * What the golden scripts cannot show: the Java types in the tree, the tree's shape as later stages
 * walk it, and the edge cases of the entry point.
 */
class JpqlReaderTest {

  @Test
  void read_numericLiterals_typedBySuffix() {
    assertThat(selected("1")).isEqualTo(1);
    assertThat(selected("2147483648")).isEqualTo(2_147_483_648L);
    assertThat(selected("-2147483648")).isEqualTo(Integer.MIN_VALUE);
    assertThat(selected("1L")).isEqualTo(1L);
    assertThat(selected("10BI")).isEqualTo(BigInteger.TEN);
    assertThat(selected("1.5")).isEqualTo(1.5d);
    assertThat(selected("1e3")).isEqualTo(1000d);
    assertThat(selected("1D")).isEqualTo(1d);
    assertThat(selected("1.5F")).isEqualTo(1.5f);
    assertThat(selected("1.50BD")).isEqualTo(new BigDecimal("1.50"));
    assertThat(selected("-1.50bd")).isEqualTo(new BigDecimal("-1.50"));
  }

  @Test
  void read_temporalLiterals_holdJavaTimeValues() {
    TemporalLiteral date = (TemporalLiteral) selectedExpression("{d '2024-02-29'}");
    TemporalLiteral time = (TemporalLiteral) selectedExpression("{t '13:45:30'}");
    TemporalLiteral timestamp = (TemporalLiteral) selectedExpression("{ts '2024-02-29 13:45:30.25'}");

    assertThat(date.kind()).isEqualTo(TemporalLiteral.Kind.DATE);
    assertThat(date.value()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(time.value()).isEqualTo(LocalTime.of(13, 45, 30));
    assertThat(timestamp.value()).isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 45, 30, 250_000_000));
  }

  @Test
  void read_stringLiteral_keepsLineBreaksAndReadsDoubledQuotes() {
    StringLiteral literal = (StringLiteral) selectedExpression("'it''s\nfine'");

    assertThat(literal.value()).isEqualTo("it's\nfine");
  }

  @Test
  void read_parameters_keepNamesAndNumbers() {
    SelectQuery query = select("select c from Customer c where c.a = :from or c.b = ?12");
    var where = (org.memoryjpa.internal.query.parse.syntax.Disjunction) query.where();

    assertThat(((ComparisonExpression) where.operands().get(0)).right())
        .isInstanceOfSatisfying(NamedParameter.class, p -> assertThat(p.name()).isEqualTo("from"));
    assertThat(((ComparisonExpression) where.operands().get(1)).right())
        .isInstanceOfSatisfying(PositionalParameter.class, p -> assertThat(p.number()).isEqualTo(12));
  }

  @Test
  void read_fromClause_givesEntitiesAliasesAndJoins() {
    SelectQuery query = select(
        "select c from Customer c left join fetch c.orders o join Address a on a.owner = c, IN(c.tags) t");
    RangeDeclaration customer = (RangeDeclaration) query.from().get(0);
    PathJoin orders = (PathJoin) customer.joins().get(0);
    EntityJoin address = (EntityJoin) customer.joins().get(1);

    assertThat(customer.entity().text()).isEqualTo("Customer");
    assertThat(customer.alias().text()).isEqualTo("c");
    assertThat(orders.type()).isEqualTo(JoinType.LEFT);
    assertThat(orders.fetch()).isTrue();
    assertThat(orders.path().root()).isEqualTo(new Identifier("c", orders.path().root().position()));
    assertThat(orders.path().attributes()).extracting(Identifier::text).containsExactly("orders");
    assertThat(address.type()).isEqualTo(JoinType.INNER);
    assertThat(address.entity().text()).isEqualTo("Address");
    assertThat(address.on()).isInstanceOf(ComparisonExpression.class);
    assertThat(query.from().get(1).alias().text()).isEqualTo("t");
  }

  @Test
  void read_implicitThis_leavesAliasAndSelectOut() {
    SelectQuery query = select("from Customer where name = :name");

    assertThat(query.select()).isNull();
    assertThat(query.from().get(0).alias()).isNull();
    Path name = (Path) ((ComparisonExpression) query.where()).left();
    assertThat(name.root()).isInstanceOfSatisfying(Identifier.class, root -> assertThat(root.text()).isEqualTo("name"));
    assertThat(name.attributes()).isEmpty();
  }

  @Test
  void read_selectItems_keepAliasesAndConstructors() {
    SelectQuery query = select("select new pkg.Outer$Dto(p.name, count(p)), p.age as age from Person p");
    SelectItem constructor = query.select().items().get(0);
    SelectItem age = query.select().items().get(1);

    assertThat(constructor.expression()).isInstanceOfSatisfying(ConstructorExpression.class, c -> {
      assertThat(c.className().text()).isEqualTo("pkg.Outer$Dto");
      assertThat(c.arguments().get(1)).isInstanceOfSatisfying(AggregateExpression.class,
          a -> assertThat(a.function()).isEqualTo(AggregateExpression.Function.COUNT));
    });
    assertThat(constructor.alias()).isNull();
    assertThat(age.alias().text()).isEqualTo("age");
  }

  @Test
  void read_springDataForms_giveTheirNodes() {
    SelectQuery like = select("SELECT p FROM Person p WHERE UPPER(p.name) LIKE UPPER(:part) ESCAPE '\\'");
    SelectQuery in = select("SELECT p FROM Person p WHERE p.name IN :names ORDER BY p.name asc NULLS LAST");

    LikeExpression condition = (LikeExpression) like.where();
    assertThat(((StringLiteral) condition.escape()).value()).isEqualTo("\\");
    InExpression inExpression = (InExpression) in.where();
    assertThat(inExpression.items()).singleElement().isInstanceOf(NamedParameter.class);
    OrderItem order = in.orderBy().get(0);
    assertThat(order.ascending()).isTrue();
    assertThat(order.nulls()).isEqualTo(Nulls.LAST);
  }

  @Test
  void read_mapAndTreatPaths_haveTheirRoots() {
    Path key = (Path) selectedExpression("key(m).name");
    Path treated = (Path) selectedExpression("treat(e as Manager).budget");

    assertThat(key.root()).isInstanceOfSatisfying(QualifiedIdentificationVariable.class,
        root -> assertThat(root.qualifier()).isEqualTo(QualifiedIdentificationVariable.Qualifier.KEY));
    assertThat(treated.root()).isInstanceOfSatisfying(TreatedPath.class,
        root -> assertThat(root.subtype().text()).isEqualTo("Manager"));
  }

  @Test
  void read_setOperation_holdsTheOrderOfTheWhole() {
    Statement statement = JpqlReader.read("select a.x from A a union all select b.x from B b order by 1 limit 5");

    assertThat(statement).isInstanceOfSatisfying(SetOperation.class, union -> {
      assertThat(union.operator()).isEqualTo(SetOperation.Operator.UNION);
      assertThat(union.all()).isTrue();
      assertThat(union.orderBy()).hasSize(1);
      assertThat(((NumericLiteral) union.limit()).value()).isEqualTo(5);
      assertThat(union.right().orderBy()).isEmpty();
      assertThat(union.right().limit()).isNull();
    });
  }

  @Test
  void read_null_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> JpqlReader.read(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The JPQL query is null; pass the query text to createQuery");
  }

  @Test
  void read_empty_reportsEndOfQueryAtOneOne() {
    assertThatThrownBy(() -> JpqlReader.read(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Syntax error at 1:1 in JPQL: unexpected end of query; expected '(', 'DELETE', 'FROM',"
            + " 'SELECT' or 'UPDATE'");
    assertThatThrownBy(() -> JpqlReader.read("   "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Syntax error at 1:4 in JPQL: unexpected end of query");
  }

  @Test
  void read_manyThreadsAtOnce_giveTheSameTrees() throws Exception {
    List<String> queries = new TypicalQueries(7L).next(400);
    List<String> expected = queries.stream().map(q -> JpqlReader.read(q).toString()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> queries.stream().map(q -> JpqlReader.read(q).toString()).toList()));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void toString_ofEveryNode_isCanonicalJpql() {
    SelectQuery query = select("select c from Customer c where lower(c.name) like :p order by c.name desc");

    assertThat(query.where().toString()).isEqualTo("LOWER(c.name) LIKE :p");
    assertThat(query.orderBy().get(0).toString()).isEqualTo("c.name DESC");
    assertThat(query.from().get(0).toString()).isEqualTo("Customer c");
    assertThat(query.select().toString()).isEqualTo("SELECT c");
    assertThat(query.position().toString()).isEqualTo("1:1");
  }

  private static SelectQuery select(String jpql) {
    return (SelectQuery) JpqlReader.read(jpql);
  }

  private static Expression selectedExpression(String expression) {
    return select("select " + expression + " from Customer c").select().items().get(0).expression();
  }

  private static Number selected(String number) {
    return ((NumericLiteral) selectedExpression(number)).value();
  }
}
