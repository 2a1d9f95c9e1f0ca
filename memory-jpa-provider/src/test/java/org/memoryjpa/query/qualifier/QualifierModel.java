package org.memoryjpa.query.qualifier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A library with every kind of map and ordered list that KEY(), VALUE(), ENTRY() and INDEX() read. */
final class QualifierModel {

  private QualifierModel() {}

  /** A library: maps keyed by a column, by an attribute of the values, and ordered lists. */
  @Entity(name = "QLibrary")
  @Table(name = "Q_LIBRARY")
  public static class Library {
    @Id Long id;
    String name;

    @ElementCollection
    @CollectionTable(name = "Q_LIBRARY_TITLES")
    @MapKeyColumn(name = "lang")
    @Column(name = "title")
    Map<String, String> titles = new HashMap<>();

    @OneToMany(mappedBy = "library")
    @MapKey(name = "code")
    Map<String, Book> byCode = new HashMap<>();

    @OneToMany
    @JoinTable(name = "Q_LIBRARY_SHELVED")
    @MapKeyColumn(name = "shelf")
    Map<String, Book> shelved = new HashMap<>();

    @ManyToMany
    @JoinTable(name = "Q_LIBRARY_FEATURED")
    @MapKeyColumn(name = "role")
    Map<String, Book> featured = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "Q_LIBRARY_TAGS")
    @OrderColumn(name = "pos")
    List<String> tags = new ArrayList<>();

    @OneToMany(mappedBy = "home")
    @OrderColumn(name = "home_pos")
    List<Book> ordered = new ArrayList<>();

    public Library() {}

    Library(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** A book of a library, maybe at home in one (the inverse ordered list). */
  @Entity(name = "QBook")
  @Table(name = "Q_BOOK")
  public static class Book {
    @Id Long id;
    String code;
    String title;
    @ManyToOne Library library;
    @ManyToOne Library home;

    public Book() {}

    Book(Long id, String code, String title, Library library) {
      this.id = id;
      this.code = code;
      this.title = title;
      this.library = library;
    }
  }
}
