package org.memoryjpa.testing;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a reader over and over on a second thread while a writer runs, for tests of structures that
 * one thread changes and others read. The reader asserts; its failure, or the writer's, fails the
 * test.
 */
public final class WhileWriting {

  private WhileWriting() {}

  /**
   * Runs {@code writer} once and {@code read} repeatedly until the writer is done (at least once);
   * returns how many reads ran.
   */
  public static int read(Runnable writer, Runnable read) throws Exception {
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> writes =
          pool.submit(
              () -> {
                try {
                  writer.run();
                } finally {
                  writing.set(false);
                }
              });
      Future<Integer> reads =
          pool.submit(
              () -> {
                int count = 0;
                while (writing.get() || count == 0) {
                  read.run();
                  count++;
                }
                return count;
              });
      writes.get(120, TimeUnit.SECONDS);
      return reads.get(120, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
  }
}
