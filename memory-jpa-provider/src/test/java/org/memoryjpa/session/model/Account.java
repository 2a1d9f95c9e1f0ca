package org.memoryjpa.session.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Account {
  @Id private long number;

  private long balance;

  @Version private long version;

  protected Account() {}

  public Account(long number, long balance) {
    this.number = number;
    this.balance = balance;
  }

  public long getNumber() {
    return number;
  }

  public long getBalance() {
    return balance;
  }

  public void setBalance(long balance) {
    this.balance = balance;
  }

  public long getVersion() {
    return version;
  }
}
