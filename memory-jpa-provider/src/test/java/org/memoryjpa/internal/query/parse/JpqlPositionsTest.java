package org.memoryjpa.internal.query.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.query.parse.syntax.BinaryExpression;
import org.memoryjpa.internal.query.parse.syntax.ComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.Conjunction;
import org.memoryjpa.internal.query.parse.syntax.ExistsExpression;
import org.memoryjpa.internal.query.parse.syntax.Expression;
import org.memoryjpa.internal.query.parse.syntax.NamedParameter;
import org.memoryjpa.internal.query.parse.syntax.NumericLiteral;
import org.memoryjpa.internal.query.parse.syntax.Path;
import org.memoryjpa.internal.query.parse.syntax.PathJoin;
import org.memoryjpa.internal.query.parse.syntax.Position;
import org.memoryjpa.internal.query.parse.syntax.RangeDeclaration;
import org.memoryjpa.internal.query.parse.syntax.SelectQuery;
import org.memoryjpa.internal.query.parse.syntax.StringLiteral;
import org.memoryjpa.internal.query.parse.syntax.Subquery;
import org.memoryjpa.internal.query.parse.syntax.SyntaxNode;
import org.memoryjpa.internal.query.parse.syntax.UpdateStatement;

/**
 * Source positions on syntax tree nodes, which later stages put into their messages ("Unknown
 * attribute 'nmae' of entity 'Customer' at 1:33"): 1-based line and column, 0-based offset, length.
 */
class JpqlPositionsTest {

  @Test
  void read_pathAttribute_knowsItsOwnPosition() {
    String jpql = "select c from Customer c where c.nmae = 'x'";
    SelectQuery query = (SelectQuery) JpqlReader.read(jpql);
    Path path = (Path) ((ComparisonExpression) query.where()).left();

    assertThat(path.position()).isEqualTo(new Position(1, 32, 31, 6));
    assertThat(path.attributes().get(0).position()).isEqualTo(new Position(1, 34, 33, 4));
    assertThat(text(jpql, path.attributes().get(0))).isEqualTo("nmae");
  }

  @Test
  void read_severalLines_countsLinesAndColumnsFromOne() {
    String jpql = "select c\nfrom Customer c\n  where c.name = :name";
    SelectQuery query = (SelectQuery) JpqlReader.read(jpql);
    ComparisonExpression where = (ComparisonExpression) query.where();
    RangeDeclaration range = (RangeDeclaration) query.from().get(0);

    assertThat(range.entity().position()).isEqualTo(new Position(2, 6, 14, 8));
    assertThat(range.alias().position().toString()).isEqualTo("2:15");
    assertThat(where.position().toString()).isEqualTo("3:9");
    assertThat(where.right().position()).isEqualTo(new Position(3, 18, 42, 5));
    assertThat(((NamedParameter) where.right()).name()).isEqualTo("name");
  }

  @Test
  void read_wholeNodes_spanFromFirstToLastToken() {
    String jpql = "select c from Customer c where c.a = 1 and c.b = 'two'";
    SelectQuery query = (SelectQuery) JpqlReader.read(jpql);
    Conjunction where = (Conjunction) query.where();

    assertThat(text(jpql, where)).isEqualTo("c.a = 1 and c.b = 'two'");
    assertThat(text(jpql, where.operands().get(1))).isEqualTo("c.b = 'two'");
    assertThat(text(jpql, ((ComparisonExpression) where.operands().get(1)).right())).isEqualTo("'two'");
    assertThat(text(jpql, query)).isEqualTo(jpql);
    assertThat(text(jpql, query.select())).isEqualTo("select c");
  }

  @Test
  void read_binaryExpression_spansTheParenthesesOfItsOperands() {
    String jpql = "select (c.a + c.b) * c.c || 'x' from Customer c";
    Expression concat = ((SelectQuery) JpqlReader.read(jpql)).select().items().get(0).expression();
    BinaryExpression product = (BinaryExpression) ((BinaryExpression) concat).left();

    assertThat(text(jpql, concat)).isEqualTo("(c.a + c.b) * c.c || 'x'");
    assertThat(text(jpql, product)).isEqualTo("(c.a + c.b) * c.c");
    assertThat(text(jpql, product.left())).isEqualTo("c.a + c.b");
  }

  @Test
  void read_signedNumber_startsAtTheSign() {
    String jpql = "select c from Customer c where c.a = - 5";
    SelectQuery query = (SelectQuery) JpqlReader.read(jpql);
    NumericLiteral literal = (NumericLiteral) ((ComparisonExpression) query.where()).right();

    assertThat(literal.value()).isEqualTo(-5);
    assertThat(text(jpql, literal)).isEqualTo("- 5");
  }

  @Test
  void read_subquery_spansItsParentheses() {
    String jpql = "select c from Customer c where exists ( select o from Order o )";
    SelectQuery query = (SelectQuery) JpqlReader.read(jpql);
    Subquery subquery = ((ExistsExpression) query.where()).subquery();

    assertThat(text(jpql, subquery)).isEqualTo("( select o from Order o )");
    assertThat(text(jpql, subquery.query())).isEqualTo("select o from Order o");
  }

  @Test
  void read_joinAndUpdateItems_havePositions() {
    String jpql = "select c from Customer c left join fetch c.orders o";
    RangeDeclaration range = (RangeDeclaration) ((SelectQuery) JpqlReader.read(jpql)).from().get(0);
    PathJoin join = (PathJoin) range.joins().get(0);
    assertThat(text(jpql, join)).isEqualTo("left join fetch c.orders o");
    assertThat(text(jpql, join.path())).isEqualTo("c.orders");

    String update = "update Customer c set c.name = 'x', c.age = 3";
    UpdateStatement statement = (UpdateStatement) JpqlReader.read(update);
    assertThat(text(update, statement.items().get(1))).isEqualTo("c.age = 3");
    assertThat(text(update, statement.items().get(1).target())).isEqualTo("c.age");
  }

  @Test
  void read_tabs_countAsOneColumn() {
    String jpql = "select\tc\tfrom\tCustomer\tc\twhere\tc.x\t=\t'y'";
    SelectQuery query = (SelectQuery) JpqlReader.read(jpql);
    StringLiteral literal = (StringLiteral) ((ComparisonExpression) query.where()).right();

    assertThat(literal.position().column()).isEqualTo(jpql.indexOf('\'') + 1);
  }

  private static String text(String jpql, SyntaxNode node) {
    Position position = node.position();
    return jpql.substring(position.offset(), position.offset() + position.length());
  }
}
