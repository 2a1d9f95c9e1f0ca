package org.memoryjpa.internal.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memoryjpa.testing.WhileWriting;

/** The bucket of many row keys: a set for its one writer, weakly consistent for its readers. */
class RowKeySetTest {

  private static List<Object> all(RowKeySet set) {
    List<Object> keys = new ArrayList<>();
    set.forEach(keys::add);
    return keys;
  }

  @Test
  void add_manyKeys_growsAndKeepsEachOnce() {
    RowKeySet set = new RowKeySet(1L, 2L);
    for (long key = 1; key <= 10_000; key++) {
      set.add(key);
    }

    assertThat(set.add(5_000L)).isFalse();
    assertThat(set.size()).isEqualTo(10_000);
    assertThat(all(set)).hasSize(10_000).doesNotHaveDuplicates();
    assertThat(set.contains(9_999L)).isTrue();
    assertThat(set.contains(10_001L)).isFalse();
  }

  @Test
  void remove_mostKeys_shrinksAndKeepsTheRest() {
    RowKeySet set = new RowKeySet("a", "b");
    for (int i = 0; i < 1_000; i++) {
      set.add("k" + i);
    }
    for (int i = 0; i < 1_000; i++) {
      if (i % 100 != 0) {
        assertThat(set.remove("k" + i)).isTrue();
      }
    }

    assertThat(set.remove("k1")).isFalse();
    assertThat(all(set))
        .containsExactlyInAnyOrder(
            "a", "b", "k0", "k100", "k200", "k300", "k400", "k500", "k600", "k700", "k800", "k900");
    assertThat(set.contains("k1")).isFalse();
    assertThat(set.contains("k900")).isTrue();
  }

  @Test
  void addAfterRemove_whileIterating_keyNotSeenTwice() {
    RowKeySet set = new RowKeySet(1L, 2L);
    for (long key = 3; key <= 6; key++) {
      set.add(key);
    }
    Iterator<Object> reading = set.iterator();
    List<Object> seen = new ArrayList<>();
    seen.add(reading.next());
    seen.add(reading.next());
    seen.add(reading.next());

    // the keys already read go and come back: each comes back into its own slot
    for (Object key : List.copyOf(seen)) {
      set.remove(key);
      set.add(key);
    }
    reading.forEachRemaining(seen::add);

    assertThat(seen).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(all(set)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void iterate_idsBelowTheCapacity_walksThemInAscendingOrder() {
    // the walk meets rows in the table's own order (see RowKeySet#home)
    RowKeySet set = new RowKeySet(1L, 2L);
    for (long key = 3; key <= 1_000; key++) {
      set.add(key);
    }

    assertThat(all(set)).hasSize(1_000).isSorted();
  }

  @Test
  void keysSharingAHome_strideOfTheCapacity_eachFoundRemovedAndRevived() {
    // ids a multiple of the capacity apart share a home slot: each probes its own sequence
    RowKeySet set = new RowKeySet(0L, 1L << 20);
    List<Long> keys = new ArrayList<>(List.of(0L, 1L << 20));
    for (long key = 2L << 20; key < (600L << 20); key += 1L << 20) {
      set.add(key, "hint" + key);
      keys.add(key);
    }
    for (long key = 1; key <= 300; key++) {
      set.add(key);
      keys.add(key);
    }
    for (int i = 0; i < keys.size(); i += 3) {
      assertThat(set.remove(keys.get(i))).isTrue();
    }
    for (int i = 0; i < keys.size(); i += 6) {
      assertThat(set.add(keys.get(i))).isTrue();
    }

    List<Object> expected = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      boolean present = i % 3 != 0 || i % 6 == 0;
      assertThat(set.contains(keys.get(i))).as("key %s", keys.get(i)).isEqualTo(present);
      if (present) {
        expected.add(keys.get(i));
      }
    }
    assertThat(set.contains(600L << 20)).isFalse();
    assertThat(all(set)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(set.size()).isEqualTo(expected.size());
  }

  @Test
  void hints_followKeysThroughGrowthAndAreReplacedOrForgotten() {
    SortedIndex index = new SortedIndex();
    for (long row = 1; row <= 1_000; row++) {
      index.add("v", row, "hint" + row);
    }
    index.add("v", 7L, "newer7");
    index.add("v", 8L, null);
    index.remove("v", 9L);
    index.add("v", 9L);

    Map<Object, Object> hints = new HashMap<>();
    BucketCursor cursor = index.bucket("v");
    while (cursor.next()) {
      assertThat(hints.put(cursor.key(), cursor.hint())).isNull();
    }

    assertThat(hints).hasSize(1_000);
    // the first key made the bucket when it was a single key, which keeps no hint
    assertThat(hints.get(1L)).isNull();
    assertThat(hints.get(500L)).isEqualTo("hint500");
    assertThat(hints.get(7L)).isEqualTo("newer7");
    assertThat(hints.get(8L)).isEqualTo("hint8");
    assertThat(hints.get(9L)).isNull();
    assertThat(index.bucket("w").next()).isFalse();
  }

  private record Hint(Object key) implements RowHint {}

  private static Map<Object, Object> hintsOf(KeyIndex index, Object value) {
    Map<Object, Object> hints = new HashMap<>();
    BucketCursor cursor = index.bucket(value);
    while (cursor.next()) {
      assertThat(hints.put(cursor.key(), cursor.hint())).isNull();
    }
    return hints;
  }

  @Test
  void singleKeyBucket_keepsARowHintInPlaceOfTheKeyThroughSetAndBack() {
    HashIndex index = new HashIndex();
    Hint first = new Hint(1L);
    index.add("v", 1L, first);
    index.add("w", 2L, "not a row hint");

    assertThat(hintsOf(index, "v")).containsExactly(Map.entry(1L, first));
    assertThat(hintsOf(index, "w")).containsEntry(2L, null).hasSize(1);
    assertThat(index.contains("v", 1L)).isTrue();
    assertThat(index.rowKeys("v").next()).isEqualTo(1L);
    index.add("v", 1L);
    assertThat(hintsOf(index, "v").get(1L)).isSameAs(first);
    Hint newer = new Hint(1L);
    index.add("v", 1L, newer);
    assertThat(hintsOf(index, "v").get(1L)).isSameAs(newer);

    Hint second = new Hint(3L);
    index.add("v", 3L, second);
    assertThat(hintsOf(index, "v")).containsOnly(Map.entry(1L, newer), Map.entry(3L, second));
    index.remove("v", 1L);
    assertThat(hintsOf(index, "v")).containsExactly(Map.entry(3L, second));
    assertThat(index.contains("v", 1L)).isFalse();
    index.remove("v", 3L);
    assertThat(index.bucket("v").next()).isFalse();
    assertThat(index.valueCount()).isEqualTo(1);
  }

  @Test
  void keyIndex_bucketBackToOneKey_stillAnswersLookups() {
    HashIndex index = new HashIndex();
    for (long row = 1; row <= 20; row++) {
      index.add("v", row);
    }
    for (long row = 1; row <= 19; row++) {
      index.remove("v", row);
    }

    assertThat(index.contains("v", 20L)).isTrue();
    List<Object> keys = new ArrayList<>();
    index.rowKeys("v").forEachRemaining(keys::add);
    assertThat(keys).containsExactly(20L);
    index.remove("v", 20L);
    assertThat(index.valueCount()).isZero();
  }

  @Test
  void iterate_whileWriterAddsAndRemoves_seesStableKeysOnceAndNothingTwice() throws Exception {
    RowKeySet set = new RowKeySet(-1L, -2L);
    Set<Object> stable = new HashSet<>();
    for (long key = 0; key < 64; key++) {
      set.add(key * 1_000_000);
      stable.add(key * 1_000_000);
    }
    stable.add(-1L);
    stable.add(-2L);
    // grows to thousands, shrinks back, again: rehashes both ways while readers iterate
    Runnable writer =
        () -> {
          for (int round = 0; round < 20; round++) {
            for (long key = 1; key <= 5_000; key++) {
              set.add(key);
            }
            for (long key = 1; key <= 5_000; key++) {
              set.remove(key);
            }
          }
        };
    Runnable reader =
        () -> {
          List<Object> seen = all(set);
          assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
          assertThat(seen).containsAll(stable);
          for (Object key : stable) {
            assertThat(set.contains(key)).isTrue();
          }
        };

    assertThat(WhileWriting.read(writer, reader)).isPositive();
    assertThat(all(set)).containsExactlyInAnyOrderElementsOf(stable);
  }
}
