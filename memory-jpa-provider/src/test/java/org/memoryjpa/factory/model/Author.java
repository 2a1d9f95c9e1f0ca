package org.memoryjpa.factory.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** An author of books: assigned id, version, a lazy collection, named queries and a named graph. */
@Entity
@NamedQueries({
  @NamedQuery(name = "Author.byName", query = "select a from Author a where a.name = :name"),
  @NamedQuery(name = "Author.count", query = "select count(a) from Author a", resultClass = Long.class,
      hints = @QueryHint(name = "jakarta.persistence.query.timeout", value = "500"))
})
@NamedEntityGraph(name = "Author.withBooks", attributeNodes = @NamedAttributeNode("books"))
public class Author {
  @Id private Long id;

  private String name;

  @Version private long version;

  @OneToMany(mappedBy = "author")
  private List<Book> books = new ArrayList<>();

  protected Author() {}

  public Author(long id, String name) {
    this.id = id;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public long getVersion() {
    return version;
  }

  public List<Book> getBooks() {
    return books;
  }
}
