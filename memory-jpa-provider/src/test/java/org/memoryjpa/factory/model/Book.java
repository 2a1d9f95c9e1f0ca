package org.memoryjpa.factory.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

/** A book with a lazy reference to its author and no version. */
@Entity
@NamedQuery(name = "Book.byTitle", query = "select b from Book b where b.title = :title", resultClass = Book.class)
public class Book {
  @Id private Long id;

  private String title;

  @ManyToOne(fetch = FetchType.LAZY)
  private Author author;

  protected Book() {}

  public Book(long id, String title, Author author) {
    this.id = id;
    this.title = title;
    this.author = author;
    if (author != null) {
      author.getBooks().add(this);
    }
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Author getAuthor() {
    return author;
  }
}
