package org.memoryjpa.internal.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memoryjpa.testing.WhileWriting;

/** The hash index's value to bucket table: one writer, lock-free readers, removed values as markers. */
class BucketTableTest {

  // values that all share one hash but are not equal: every lookup probes past the others
  private record Colliding(int id) {
    @Override
    public int hashCode() {
      return 42;
    }
  }

  private static Map<Object, Object> all(BucketTable table) {
    Map<Object, Object> entries = new HashMap<>();
    table.forEach((value, bucket) -> assertThat(entries.put(value, bucket)).isNull());
    return entries;
  }

  @Test
  void put_manyValues_growsAndFindsEach() {
    BucketTable table = new BucketTable();
    for (int i = 0; i < 10_000; i++) {
      table.put("e" + i + "@x", (long) i);
    }

    assertThat(table.size()).isEqualTo(10_000);
    for (int i = 0; i < 10_000; i++) {
      // an equal value that is not the stored instance, as a query parameter is
      assertThat(table.get(new String("e" + i + "@x"))).isEqualTo((long) i);
    }
    assertThat(table.get("missing")).isNull();
    assertThat(all(table)).hasSize(10_000);
  }

  @Test
  void put_sameValue_replacesTheBucket() {
    BucketTable table = new BucketTable();
    table.put("a", 1L);
    table.put("a", 2L);

    assertThat(table.get("a")).isEqualTo(2L);
    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void remove_onlyWhenTheBucketIsStillTheGivenOne() {
    BucketTable table = new BucketTable();
    table.put("a", 1L);
    table.remove("a", 2L);
    assertThat(table.get("a")).isEqualTo(1L);

    table.remove("a", 1L);
    assertThat(table.get("a")).isNull();
    assertThat(table.size()).isZero();
    assertThat(all(table)).isEmpty();
    table.remove("never", 1L);
    assertThat(table.size()).isZero();
  }

  @Test
  void removeAndPutAgain_collidingValues_probeSequencesStayIntact() {
    BucketTable table = new BucketTable();
    for (int i = 0; i < 8; i++) {
      table.put(new Colliding(i), i);
    }
    // the removed values stay as markers: the values probed after them are still found
    table.remove(new Colliding(0), 0);
    table.remove(new Colliding(3), 3);

    assertThat(table.get(new Colliding(0))).isNull();
    assertThat(table.get(new Colliding(7))).isEqualTo(7);
    assertThat(table.get(new Colliding(8))).isNull();
    table.put(new Colliding(3), 30);
    assertThat(table.get(new Colliding(3))).isEqualTo(30);
    assertThat(table.size()).isEqualTo(7);
    assertThat(all(table)).doesNotContainKey(new Colliding(0)).containsEntry(new Colliding(3), 30);
  }

  @Test
  void churnOfRemovedValues_isDroppedByResizeAndKeepsTheLiveOnes() {
    BucketTable table = new BucketTable();
    table.put("stable", 0L);
    // every value is removed again: markers fill the table until a resize drops them
    for (int i = 0; i < 100_000; i++) {
      table.put("v" + i, (long) i);
      table.remove("v" + i, (long) i);
    }

    assertThat(table.size()).isEqualTo(1);
    assertThat(table.get("stable")).isEqualTo(0L);
    assertThat(table.get("v99999")).isNull();
    assertThat(all(table)).containsOnlyKeys("stable");
  }

  @Test
  void clear_forgetsEverythingAndTakesNewValues() {
    BucketTable table = new BucketTable();
    for (int i = 0; i < 100; i++) {
      table.put(i, "b" + i);
    }
    table.clear();

    assertThat(table.size()).isZero();
    assertThat(table.get(5)).isNull();
    table.put(5, "again");
    assertThat(table.get(5)).isEqualTo("again");
    assertThat(all(table)).containsOnlyKeys(5);
  }

  @Test
  void get_whileWriterGrowsRemovesAndClears_seesStableValuesAndNoWrongBucket() throws Exception {
    BucketTable table = new BucketTable();
    for (long i = 0; i < 64; i++) {
      table.put("stable" + i, i);
    }
    // grows from a small table to thousands of values, removes and re-adds them (markers, then
    // resizes that drop them), and clears a second table outright: readers must never see a bucket
    // under the wrong value, nor miss a value that stays
    BucketTable cleared = new BucketTable();
    Runnable writer =
        () -> {
          for (int round = 0; round < 10; round++) {
            for (long i = 0; i < 5_000; i++) {
              table.put("churn" + i, i);
              cleared.put(i, i);
            }
            for (long i = 0; i < 5_000; i++) {
              table.remove("churn" + i, i);
              if (i % 2 == 0) {
                table.put("churn" + i, i);
              }
            }
            cleared.clear();
          }
        };
    Runnable reader =
        () -> {
          for (long i = 0; i < 64; i++) {
            assertThat(table.get("stable" + i)).isEqualTo(i);
          }
          for (long i = 0; i < 5_000; i += 7) {
            Object bucket = table.get("churn" + i);
            assertThat(bucket == null || bucket.equals(i)).isTrue();
            Object other = cleared.get(i);
            assertThat(other == null || other.equals(i)).isTrue();
          }
        };

    assertThat(WhileWriting.read(writer, reader)).isPositive();
    assertThat(table.size()).isEqualTo(64 + 2_500);
  }
}
