package org.memoryjpa.internal.session;

import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import org.memoryjpa.internal.store.StoreTransaction;

/**
 * The resource-local {@link EntityTransaction} of one entity manager: begin opens a store
 * transaction, commit flushes and commits it atomically (any failure rolls back and surfaces as
 * {@link RollbackException}), rollback discards it and detaches every entity. Not thread-safe.
 */
public class MemoryEntityTransaction implements EntityTransaction {

  private final MemoryEntityManager session;
  private StoreTransaction store;
  private boolean rollbackOnly;
  private Integer timeoutSeconds;
  private long startedNanos;

  MemoryEntityTransaction(MemoryEntityManager session) {
    this.session = session;
  }

  StoreTransaction storeTransaction() {
    return store;
  }

  @Override
  public void begin() {
    if (store != null) {
      throw new IllegalStateException("The transaction is already active");
    }
    if (!session.isOpen()) {
      throw new IllegalStateException("The entity manager is closed");
    }
    store = session.factory().database().begin();
    rollbackOnly = false;
    startedNanos = System.nanoTime();
  }

  @Override
  public void commit() {
    requireActive("commit");
    if (rollbackOnly) {
      // as Hibernate (outside its strict JPA compliance mode): a rollback-only transaction is
      // rolled back by commit without an exception
      rollbackQuietly();
      return;
    }
    try {
      checkTimeout();
      session.doFlush();
      store.commit();
    } catch (RuntimeException e) {
      rollbackQuietly();
      throw e instanceof RollbackException r ? r
          : new RollbackException("The transaction could not be committed: " + e.getMessage(), e);
    }
    store = null;
    afterCompletion();
  }

  private void checkTimeout() {
    if (timeoutSeconds != null && timeoutSeconds > 0
        && System.nanoTime() - startedNanos > timeoutSeconds * 1_000_000_000L) {
      throw new PersistenceException(
          "The transaction timed out: it ran longer than its timeout of " + timeoutSeconds + " s");
    }
  }

  @Override
  public void rollback() {
    if (store != null) {
      rollbackQuietly(); // as Hibernate: rolling back an inactive transaction does nothing
    }
  }

  private void rollbackQuietly() {
    try {
      store.rollback();
    } finally {
      store = null;
      // as Hibernate: after rollback every entity of the context is detached
      session.context().clear();
      afterCompletion();
    }
  }

  private void afterCompletion() {
    rollbackOnly = false;
    for (EntityEntry entry : session.context().liveEntries()) {
      entry.lockMode = LockModeType.NONE;
      entry.forceIncrement = false;
      entry.verifyVersion = false;
    }
    session.transactionEnded();
  }

  @Override
  public void setRollbackOnly() {
    markRollbackOnly(); // as Hibernate: ignored when no transaction is active
  }

  void markRollbackOnly() {
    if (store != null) {
      rollbackOnly = true;
    }
  }

  @Override
  public boolean getRollbackOnly() {
    return store != null && rollbackOnly;
  }

  @Override
  public boolean isActive() {
    return store != null;
  }

  @Override
  public void setTimeout(Integer timeout) {
    if (timeout != null && timeout < 0) {
      throw new IllegalArgumentException("A transaction timeout must not be negative");
    }
    this.timeoutSeconds = timeout;
  }

  @Override
  public Integer getTimeout() {
    return timeoutSeconds;
  }

  private void requireActive(String operation) {
    if (store == null) {
      throw new IllegalStateException("No transaction is active; " + operation + "() needs one");
    }
  }
}
