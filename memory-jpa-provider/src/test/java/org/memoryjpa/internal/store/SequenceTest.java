package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SequenceTest extends ShopTest {

  @Test
  void next_fromInitialValue_handsOutConsecutiveValues() {
    Sequence sequence = database.sequence("order_seq", 50, 50);

    assertThat(List.of(sequence.next(), sequence.next(), sequence.next()))
        .containsExactly(50L, 51L, 52L);
    assertThat(sequence.allocationSize()).isEqualTo(50);
  }

  @Test
  void next_eightThreadsTenThousandEach_neverRepeats() throws Exception {
    Sequence sequence = database.sequence("busy_seq", 1, 1);
    int threads = 8;
    int perThread = 10_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> results = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  long[] values = new long[perThread];
                  for (int i = 0; i < perThread; i++) {
                    values[i] = sequence.next();
                  }
                  return values;
                }));
      }
      Set<Long> seen = new HashSet<>();
      for (Future<long[]> result : results) {
        for (long value : result.get(60, TimeUnit.SECONDS)) {
          assertThat(seen.add(value)).as("value %d handed out twice", value).isTrue();
        }
      }
      assertThat(seen).hasSize(threads * perThread);
      assertThat(seen.stream().mapToLong(Long::longValue).max().getAsLong())
          .isEqualTo(threads * perThread);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sequence_declaredTwice_isTheSameSequence() {
    Sequence first = database.sequence("shared_seq", 1, 1);
    first.next();

    Sequence second = database.sequence("shared_seq", 100, 10);

    assertThat(second).isSameAs(first);
    assertThat(second.next()).isEqualTo(2);
  }

  @Test
  void sequence_sharedDatabaseAcrossFactories_neverRepeats() {
    String name = "sequence-test-" + System.nanoTime();
    try {
      Sequence fromFirstFactory = Databases.acquire(name).sequence("s", 1, 1);
      Sequence fromSecondFactory = Databases.acquire(name).sequence("s", 1, 1);

      assertThat(List.of(fromFirstFactory.next(), fromSecondFactory.next()))
          .containsExactly(1L, 2L);
    } finally {
      Databases.drop(name);
    }
  }

  @Test
  void next_afterRollback_isNotHandedOutAgain() {
    Sequence sequence = database.sequence("s", 1, 1);
    StoreTransaction tx = database.begin();
    long used = sequence.next();
    tx.insert(shop.product, Shop.product(used, "P"));
    tx.rollback();

    assertThat(sequence.next()).isEqualTo(used + 1);
  }

  @Test
  void nextIdentity_perTable_independentAndSurvivesRollback() {
    StoreTransaction tx = database.begin();
    long first = shop.product.nextIdentity();
    tx.rollback();

    assertThat(first).isEqualTo(1);
    assertThat(shop.product.nextIdentity()).isEqualTo(2);
    assertThat(shop.customer.nextIdentity()).isEqualTo(1);
  }

  @Test
  void clear_resetsSequencesAndIdentities() {
    Sequence sequence = database.sequence("s", 10, 1);
    sequence.next();
    shop.product.nextIdentity();

    database.clear();

    assertThat(sequence.next()).isEqualTo(10);
    assertThat(shop.product.nextIdentity()).isEqualTo(1);
  }

  @Test
  void sequence_allocationSizeBelowOne_throwsIllegalArgument() {
    assertThatThrownBy(() -> database.sequence("s", 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'s'");
  }
}
