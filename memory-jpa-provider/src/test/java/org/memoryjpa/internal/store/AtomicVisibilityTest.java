package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Readers never see part of a commit: writers move amounts between rows of two tables, and add and
 * delete zero rows in both tables in the same commit, so the sum over both tables and the equality of
 * their row counts hold for every reader, whatever it reads while commits run.
 */
class AtomicVisibilityTest {

  private static final int ACCOUNTS = 20;
  private static final long TOTAL = ACCOUNTS * 2 * 1000L;

  private final Database database = Databases.createPrivate();
  private final Table left = database.defineTable(schema("Left"));
  private final Table right = database.defineTable(schema("Right"));

  private static TableSchema schema(String name) {
    return TableSchema.builder(name)
        .column(ColumnSchema.value("amount").notNull())
        .column(ColumnSchema.value("version"))
        .version(1)
        .index("IX_" + name + "_amount", IndexKind.SORTED, 0)
        .build();
  }

  @AfterEach
  void storeIsConsistent() {
    database.checkInvariants();
  }

  @Test
  void readView_whileMultiTableCommitsRun_seesWholeCommitsOnly() throws Exception {
    StoreTransaction setup = database.begin();
    for (long id = 0; id < ACCOUNTS; id++) {
      setup.insert(left, RowSnapshot.of(id, 0, new Object[] {1000L, 0L}));
      setup.insert(right, RowSnapshot.of(id, 0, new Object[] {1000L, 0L}));
    }
    setup.commit();

    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong nextId = new AtomicLong(1_000);
    AtomicLong checks = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<?>> tasks = new ArrayList<>();
    try {
      for (int w = 0; w < 2; w++) {
        tasks.add(pool.submit(() -> writeUntil(stop, nextId)));
      }
      for (int r = 0; r < 3; r++) {
        tasks.add(pool.submit(() -> readUntil(stop, checks)));
      }
      Thread.sleep(1_500);
    } finally {
      stop.set(true);
      for (Future<?> task : tasks) {
        task.get(60, TimeUnit.SECONDS); // rethrows a reader's assertion failure
      }
      pool.shutdownNow();
    }
    assertThat(checks.get()).isPositive();
    StoreTransaction last = database.begin();
    try (ReadView view = last.readView()) {
      assertThat(sum(view)).isEqualTo(TOTAL);
    }
    last.rollback();
  }

  private void writeUntil(AtomicBoolean stop, AtomicLong nextId) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (!stop.get()) {
      StoreTransaction tx = database.begin();
      tx.setLockTimeout(5_000);
      try {
        long from = random.nextLong(ACCOUNTS);
        long to = random.nextLong(ACCOUNTS);
        long amount = random.nextLong(1, 50);
        move(tx, left, from, -amount);
        move(tx, right, to, amount);
        // a fresh pair of zero rows: both tables grow by one row in the same commit
        long id = nextId.getAndIncrement();
        tx.insert(left, RowSnapshot.of(id, 0, new Object[] {0L, 0L}));
        tx.insert(right, RowSnapshot.of(id, 0, new Object[] {0L, 0L}));
        // and now and then an older pair goes, also in the same commit; moves never touch pairs
        long old = id - 1 - random.nextLong(10);
        if (random.nextInt(3) == 0 && tx.read(left, old) != null && tx.read(right, old) != null) {
          tx.delete(left, old, StoreTransaction.NO_VERSION_CHECK);
          tx.delete(right, old, StoreTransaction.NO_VERSION_CHECK);
        }
        tx.commit();
      } catch (jakarta.persistence.OptimisticLockException
          | jakarta.persistence.LockTimeoutException e) {
        // another writer got there first (changed or deleted a row, or holds its lock); go on
      } finally {
        tx.rollback();
      }
    }
  }

  private static void move(StoreTransaction tx, Table table, long id, long delta) {
    RowSnapshot row = tx.read(table, id);
    long version = (Long) row.value(1);
    long amount = (Long) row.value(0);
    tx.update(table, RowSnapshot.of(id, 0, new Object[] {amount + delta, version + 1}), version);
  }

  private void readUntil(AtomicBoolean stop, AtomicLong checks) {
    while (!stop.get()) {
      StoreTransaction tx = database.begin();
      try (ReadView view = tx.readView()) {
        long leftRows = view.scan(left).count();
        long rightRows = view.scan(right).count();
        assertThat(leftRows).isEqualTo(rightRows);
        assertThat(sum(view)).isEqualTo(TOTAL);
        IndexDefinition index = left.requireIndex("IX_Left_amount");
        long indexed = view.range(left, index, KeyRange.all()).count();
        assertThat(indexed).isEqualTo(leftRows);
        checks.incrementAndGet();
      } finally {
        tx.rollback();
      }
    }
  }

  private long sum(ReadView view) {
    return view.scan(left).mapToLong(row -> (Long) row.value(0)).sum()
        + view.scan(right).mapToLong(row -> (Long) row.value(0)).sum();
  }
}
