package org.memoryjpa.internal.session;

import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TransactionRequiredException;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.store.LockKind;
import org.memoryjpa.internal.store.RowSnapshot;
import org.memoryjpa.internal.store.StoreTransaction;

/**
 * Applies lock modes (JPA 3.4.4): optimistic modes check or increment the version at flush,
 * pessimistic modes take a store row lock held to the end of the transaction, and
 * PESSIMISTIC_FORCE_INCREMENT increments the version at once. Confined to its entity manager's
 * thread.
 */
final class Locks {

  private final MemoryEntityManager session;

  Locks(MemoryEntityManager session) {
    this.session = session;
  }

  void requireTransaction(String operation) {
    if (session.storeTransaction() == null) {
      throw new TransactionRequiredException("No transaction is in progress; " + operation + " needs one");
    }
  }

  void lockRow(EntityModel entity, Object key, LockRequest lock) {
    StoreTransaction tx = session.storeTransaction();
    LockKind kind = lock.mode() == LockModeType.PESSIMISTIC_READ ? LockKind.READ : LockKind.WRITE;
    try {
      tx.lock(session.factory().table(entity), key, kind, session.lockTimeout(lock));
    } catch (jakarta.persistence.PessimisticLockException deadlock) {
      if (lock.timeoutMillis() >= 0) {
        // as Hibernate: with an explicit lock timeout, a lock that cannot be had is a lock timeout
        throw new jakarta.persistence.LockTimeoutException(deadlock.getMessage(), deadlock);
      }
      throw deadlock;
    }
  }

  /** Records the lock mode on a managed entry and schedules its version check or increment. */
  void apply(EntityEntry entry, LockRequest lock, boolean explicit) {
    LockModeType mode = lock.mode();
    if (mode == LockModeType.NONE) {
      return;
    }
    boolean versioned = entry.entity.version() != null;
    switch (mode) {
      case OPTIMISTIC, READ -> {
        requireVersion(entry, mode, versioned);
        entry.verifyVersion = true;
      }
      case OPTIMISTIC_FORCE_INCREMENT, WRITE -> {
        requireVersion(entry, mode, versioned);
        entry.forceIncrement = true;
      }
      case PESSIMISTIC_FORCE_INCREMENT -> {
        if (versioned) {
          incrementNow(entry);
        }
      }
      default -> {
        // PESSIMISTIC_READ / PESSIMISTIC_WRITE: the row lock is all
      }
    }
    if (stronger(mode, entry.lockMode)) {
      entry.lockMode = mode;
    }
  }

  private static void requireVersion(EntityEntry entry, LockModeType mode, boolean versioned) {
    if (!versioned) {
      throw new PersistenceException(
          "Lock mode " + mode + " needs a @Version attribute, which entity '" + entry.entity.name() + "' lacks");
    }
  }

  private void incrementNow(EntityEntry entry) {
    if (!entry.existsInStore) {
      return; // a new entity is inserted with its first version anyway
    }
    BasicMapping version = (BasicMapping) entry.entity.version();
    int slot = entry.entity.layout().findSlot(entry.entity, version.name()).index();
    Object next = Versions.next(version, version.get(entry.instance));
    Object[] values = entry.loadedState.clone();
    Object expected = values[slot];
    values[slot] = version.conversion().toStored(next);
    session.storeTransaction().update(session.factory().table(entry.entity),
        RowSnapshot.of(entry.key, StoreSchemas.typeTag(entry.entity), values), expected);
    version.set(entry.instance, next);
    entry.loadedState = values;
  }

  private static boolean stronger(LockModeType candidate, LockModeType current) {
    return rank(candidate) > rank(current);
  }

  private static int rank(LockModeType mode) {
    return switch (mode) {
      case NONE -> 0;
      case READ, OPTIMISTIC -> 1;
      case WRITE, OPTIMISTIC_FORCE_INCREMENT -> 2;
      case PESSIMISTIC_READ -> 3;
      case PESSIMISTIC_WRITE -> 4;
      case PESSIMISTIC_FORCE_INCREMENT -> 5;
    };
  }
}
