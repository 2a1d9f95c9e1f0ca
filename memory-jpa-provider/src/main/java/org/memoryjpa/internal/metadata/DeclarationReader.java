package org.memoryjpa.internal.metadata;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedEntityGraphs;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memoryjpa.internal.diagnostics.MappingErrors;

/**
 * Reads what entities declare about their table and the unit: table name, inheritance strategy and
 * discriminator, unique constraints and indexes, named queries and named entity graphs. Used only
 * while reading.
 */
final class DeclarationReader {

  private final DomainModel model;

  DeclarationReader(DomainModel model) {
    this.model = model;
  }

  void read() {
    for (EntityModel entity : model.entities()) {
      table(entity);
    }
    for (EntityModel entity : model.entities()) {
      inheritance(entity);
    }
    for (ManagedTypeModel type : model.managedTypes()) {
      if (type instanceof IdentifiableTypeModel) {
        namedQueries(type);
      }
    }
    for (EntityModel entity : model.entities()) {
      namedEntityGraphs(entity);
    }
  }

  private void table(EntityModel entity) {
    Table table = entity.javaType().getAnnotation(Table.class);
    entity.tableName = table != null && !table.name().isEmpty() ? table.name() : entity.name;
    if (table == null) {
      return;
    }
    for (UniqueConstraint constraint : table.uniqueConstraints()) {
      entity.uniqueConstraints.add(
          new UniqueConstraintModel(
              constraint.name().isEmpty() ? null : constraint.name(), Arrays.asList(constraint.columnNames())));
    }
    for (Index index : table.indexes()) {
      List<String> columns = new ArrayList<>();
      for (String part : index.columnList().split(",")) {
        String column = columnName(part);
        if (!column.isEmpty()) {
          columns.add(column);
        }
      }
      if (columns.isEmpty()) {
        throw MappingErrors.onClass(entity.javaType(), "@Index '" + index.name() + "' lists no columns");
      }
      entity.indexes.add(new IndexModel(index.name().isEmpty() ? null : index.name(), columns, index.unique()));
    }
  }

  /**
   * The column of one {@code columnList} entry, {@code "name ASC"}: its first word. A scan rather than
   * {@code split("\\s+")}, which would load and compile a regular expression during bootstrap.
   */
  private static String columnName(String entry) {
    String trimmed = entry.trim();
    int end = 0;
    while (end < trimmed.length() && " \t\n\u000B\f\r".indexOf(trimmed.charAt(end)) < 0) {
      end++;
    }
    return trimmed.substring(0, end);
  }

  private void inheritance(EntityModel entity) {
    EntityModel root = entity.root;
    Inheritance inheritance = root.javaType().getAnnotation(Inheritance.class);
    entity.inheritance = inheritance == null ? InheritanceType.SINGLE_TABLE : inheritance.strategy();
    DiscriminatorColumn column = root.javaType().getAnnotation(DiscriminatorColumn.class);
    entity.discriminatorColumn = column == null ? "DTYPE" : column.name();
    entity.discriminatorType = column == null ? DiscriminatorType.STRING : column.discriminatorType();
    if (entity.inheritance == InheritanceType.SINGLE_TABLE && !entity.isRoot()) {
      entity.tableName = root.tableName;
    }
    DiscriminatorValue value = entity.javaType().getAnnotation(DiscriminatorValue.class);
    String declared = value == null ? null : value.value();
    entity.discriminatorValue =
        switch (entity.discriminatorType) {
          case STRING -> declared != null ? declared : entity.name;
          case CHAR -> declared != null && !declared.isEmpty() ? declared.charAt(0) : entity.name.charAt(0);
          case INTEGER -> {
            try {
              yield declared != null ? Integer.valueOf(declared.trim()) : entity.name.hashCode();
            } catch (NumberFormatException e) {
              throw MappingErrors.onClass(
                  entity.javaType(), "@DiscriminatorValue '" + declared + "' is not an integer, as the"
                      + " INTEGER discriminator column of '" + root.name + "' requires");
            }
          }
        };
  }

  private void namedQueries(ManagedTypeModel type) {
    List<NamedQuery> declared = new ArrayList<>();
    NamedQueries many = type.javaType().getAnnotation(NamedQueries.class);
    if (many != null) {
      declared.addAll(Arrays.asList(many.value()));
    }
    NamedQuery one = type.javaType().getAnnotation(NamedQuery.class);
    if (one != null) {
      declared.add(one);
    }
    for (NamedQuery query : declared) {
      Map<String, Object> hints = new LinkedHashMap<>();
      for (QueryHint hint : query.hints()) {
        hints.put(hint.name(), hint.value());
      }
      NamedQueryModel named =
          new NamedQueryModel(
              query.name(), query.query(), query.lockMode(), hints,
              query.resultClass() == void.class ? null : query.resultClass(), type.javaType());
      NamedQueryModel previous = model.namedQueries.putIfAbsent(query.name(), named);
      if (previous != null) {
        throw MappingErrors.onClass(
            type.javaType(), "named query '" + query.name() + "' is also declared on '"
                + previous.declaringClass().getName() + "'; query names are unit-wide");
      }
      if (type instanceof EntityModel entity) {
        entity.namedQueries.add(named);
      }
    }
  }

  private void namedEntityGraphs(EntityModel entity) {
    List<NamedEntityGraph> declared = new ArrayList<>();
    NamedEntityGraphs many = entity.javaType().getAnnotation(NamedEntityGraphs.class);
    if (many != null) {
      declared.addAll(Arrays.asList(many.value()));
    }
    NamedEntityGraph one = entity.javaType().getAnnotation(NamedEntityGraph.class);
    if (one != null) {
      declared.add(one);
    }
    for (NamedEntityGraph graph : declared) {
      String name = graph.name().isEmpty() ? entity.name : graph.name();
      for (NamedAttributeNode node : graph.attributeNodes()) {
        entity.requireAttribute(node.value());
      }
      NamedEntityGraphModel model1 =
          new NamedEntityGraphModel(
              name, entity, graph.includeAllAttributes(), nodes(graph.attributeNodes()),
              subgraphs(graph.subgraphs()), subgraphs(graph.subclassSubgraphs()));
      if (model.namedEntityGraphs.putIfAbsent(name, model1) != null) {
        throw MappingErrors.onClass(entity.javaType(), "named entity graph '" + name + "' is declared twice");
      }
      entity.namedEntityGraphs.add(model1);
    }
  }

  private static List<NamedEntityGraphModel.Node> nodes(NamedAttributeNode[] nodes) {
    List<NamedEntityGraphModel.Node> list = new ArrayList<>();
    for (NamedAttributeNode node : nodes) {
      list.add(new NamedEntityGraphModel.Node(node.value(), node.subgraph(), node.keySubgraph()));
    }
    return List.copyOf(list);
  }

  private static List<NamedEntityGraphModel.Subgraph> subgraphs(NamedSubgraph[] subgraphs) {
    List<NamedEntityGraphModel.Subgraph> list = new ArrayList<>();
    for (NamedSubgraph subgraph : subgraphs) {
      list.add(new NamedEntityGraphModel.Subgraph(subgraph.name(), subgraph.type(), nodes(subgraph.attributeNodes())));
    }
    return List.copyOf(list);
  }

  static String normalize(String columnName) {
    return columnName.replace("_", "").toLowerCase(Locale.ROOT);
  }
}
