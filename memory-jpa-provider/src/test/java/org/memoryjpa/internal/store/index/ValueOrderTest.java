package org.memoryjpa.internal.store.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueOrderTest {

  private final ValueOrder order = ValueOrder.INSTANCE;

  @Test
  void compare_mixedIntegralTypes_byValue() {
    assertThat(order.compare(1, 1L)).isZero();
    assertThat(order.compare((short) 2, 1L)).isPositive();
    assertThat(order.compare(Long.MIN_VALUE, 0)).isNegative();
  }

  @Test
  void compare_decimalsAndFloatingPoint_byValue() {
    assertThat(order.compare(new BigDecimal("1.0"), new BigDecimal("1.00"))).isZero();
    assertThat(order.compare(new BigDecimal("2.5"), 2)).isPositive();
    assertThat(order.compare(BigInteger.TEN, new BigDecimal("9.99"))).isPositive();
    assertThat(order.compare(1.5d, 1)).isPositive();
    assertThat(order.compare(Double.NaN, 1.0d)).isPositive();
  }

  @Test
  void compare_unrelatedComparableTypes_byClassNameConsistently() {
    int stringVsDate = order.compare("x", LocalDate.of(2020, 1, 1));
    int dateVsString = order.compare(LocalDate.of(2020, 1, 1), "x");

    assertThat(Integer.signum(stringVsDate)).isEqualTo(-Integer.signum(dateVsString));
    assertThat(stringVsDate).isNotZero();
  }

  @Test
  void compare_nonComparable_throwsIllegalArgument() {
    assertThatThrownBy(() -> order.compare(new Object(), new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not Comparable");
  }

  @Test
  void sortedIndex_range_ordersMixedNumbersAndSkipsOutOfBounds() {
    SortedIndex index = new SortedIndex();
    index.add(3, "c");
    index.add(1L, "a");
    index.add(2.5d, "b");
    index.add(10, "d");

    List<Object> keys = new ArrayList<>();
    index.range(1, false, 10L, false, false)
        .forEachRemaining(entry -> KeyIndex.keysOf(entry.getValue()).forEachRemaining(keys::add));

    assertThat(keys).containsExactly("b", "c");
  }

  @Test
  void add_secondKeyForValue_growsBucketAndShrinksBackOnRemove() {
    HashIndex index = new HashIndex();
    index.add("v", 1L);
    index.add("v", 2L);
    index.add("v", 2L);

    List<Object> both = new ArrayList<>();
    index.rowKeys("v").forEachRemaining(both::add);
    assertThat(both).containsExactlyInAnyOrder(1L, 2L);

    index.remove("v", 1L);
    assertThat(index.contains("v", 1L)).isFalse();
    assertThat(index.contains("v", 2L)).isTrue();
    index.remove("v", 2L);
    assertThat(index.valueCount()).isZero();
  }
}
