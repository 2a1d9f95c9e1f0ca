package org.memoryjpa.example.plain;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * Times the bootstrap of the demo's persistence unit: the first factory in a fresh JVM (what every
 * test JVM pays) and a second one in the same JVM. A plain main, not a benchmark: run it a few times
 * and read the spread. {@code java -cp ... org.memoryjpa.example.plain.BootstrapTiming}
 */
public final class BootstrapTiming {

  private BootstrapTiming() {}

  public static void main(String[] args) {
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    long first = time();
    long second = time();
    long minOfTen = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      minOfTen = Math.min(minOfTen, time());
    }
    System.out.printf("first bootstrap in a fresh JVM: %.1f ms%n", first / 1e6);
    System.out.printf("second bootstrap in the same JVM: %.1f ms%n", second / 1e6);
    System.out.printf("best of the next ten: %.2f ms%n", minOfTen / 1e6);
    System.out.printf("JVM start to end: %d ms%n", System.currentTimeMillis() - jvmStart);
  }

  private static long time() {
    long start = System.nanoTime();
    try (EntityManagerFactory emf = Persistence.createEntityManagerFactory("shop")) {
      emf.createEntityManager().close();
    }
    return System.nanoTime() - start;
  }
}
