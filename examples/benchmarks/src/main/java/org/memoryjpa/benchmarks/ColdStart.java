package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.memoryjpa.benchmarks.model.Customer;

/**
 * Workload 1, cold: what a fresh JVM pays (a test JVM, a CLI, a serverless start) for the first
 * factory. One process does one bootstrap, then a first unit of work (persist a customer, find it in
 * a fresh entity manager), closes the factory and exits, printing the in-process times on one line
 * starting with {@value #RESULT}. {@link Suite} launches it many times, interleaving the providers,
 * and also times each whole process from spawn to exit; {@code none} measures the JVM alone.
 *
 * <p>Why a process and not JMH's single-shot mode: a JMH fork has loaded the harness and run the
 * state setup before the first timed call, and never times JVM start and exit, which are part of
 * what each test JVM pays.
 */
public final class ColdStart {

  static final String RESULT = "coldstart ";

  private ColdStart() {}

  /** {@code ColdStart memory|hibernate|none}. */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ColdStart memory|hibernate|none");
    }
    long[] nanos = "none".equals(args[0]) ? new long[2] : run(Provider.of(args[0]));
    System.out.println(RESULT + "bootstrapNanos=" + nanos[0] + " firstWorkNanos=" + nanos[1]);
  }

  /** Bootstraps, does the first unit of work, closes: {@code {bootstrap ns, first work ns}}. */
  static long[] run(Provider provider) {
    long start = System.nanoTime();
    EntityManagerFactory factory = provider.bootstrap("cold");
    long booted = System.nanoTime();
    try {
      Customer customer = Dataset.customer(0);
      factory.runInTransaction(em -> em.persist(customer));
      try (EntityManager em = factory.createEntityManager()) {
        if (em.find(Customer.class, customer.getId()) == null) {
          throw new IllegalStateException("The customer just stored was not found");
        }
      }
    } finally {
      factory.close();
    }
    return new long[] {booted - start, System.nanoTime() - booted};
  }
}
