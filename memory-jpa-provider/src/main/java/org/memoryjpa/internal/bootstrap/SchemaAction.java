package org.memoryjpa.internal.bootstrap;

import java.util.Locale;
import java.util.Map;
import org.memoryjpa.ConfigurationKeys;
import org.memoryjpa.internal.store.Database;

/**
 * The standard {@code jakarta.persistence.schema-generation.database.action} as it applies to an
 * in-memory store: {@code drop-and-create} and {@code drop} empty the store; {@code create} and
 * {@code none} keep what a shared store holds. Hibernate's {@code hibernate.hbm2ddl.auto} is read as
 * a fallback, since many units set only that.
 */
enum SchemaAction {
  NONE,
  CREATE,
  DROP_AND_CREATE,
  DROP;

  static SchemaAction of(Map<String, Object> properties) {
    Object value = properties.get(ConfigurationKeys.SCHEMA_GENERATION_DATABASE_ACTION);
    if (value == null) {
      Object hbm2ddl = properties.get("hibernate.hbm2ddl.auto");
      if (hbm2ddl != null) {
        String text = hbm2ddl.toString().trim().toLowerCase(Locale.ROOT);
        return text.equals("create") || text.equals("create-drop") || text.equals("create-only")
            ? DROP_AND_CREATE : text.equals("drop") ? DROP : NONE;
      }
      return NONE;
    }
    String text = value.toString().trim().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "none", "" -> NONE;
      case "create" -> CREATE;
      case "drop-and-create" -> DROP_AND_CREATE;
      case "drop" -> DROP;
      default -> throw new jakarta.persistence.PersistenceException(
          "Unknown value '" + value + "' of '" + ConfigurationKeys.SCHEMA_GENERATION_DATABASE_ACTION
              + "'; use none, create, drop-and-create or drop");
    };
  }

  void apply(Database database) {
    if (this == DROP_AND_CREATE || this == DROP) {
      database.clear();
    }
  }
}
