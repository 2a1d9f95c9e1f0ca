package org.memoryjpa.internal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.memoryjpa.internal.bootstrap.UnitArchives.loaderOver;
import static org.memoryjpa.internal.bootstrap.UnitArchives.persistenceXml;
import static org.memoryjpa.internal.bootstrap.UnitArchives.url;
import static org.memoryjpa.internal.bootstrap.UnitArchives.writeUnit;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link PersistenceXmlReader}: each builds its files in a temporary directory and reads them there. */
class PersistenceXmlReaderTest {

  @TempDir Path temp;

  @Test
  void readUnits_everyElementDeclared_readsEachOne() throws IOException {
    Path root = writeUnit(temp.resolve("unit"), persistenceXml("""
        <persistence-unit name="orders" transaction-type="JTA">
          <description>Orders</description>
          <provider>org.memoryjpa.MemoryPersistenceProvider</provider>
          <mapping-file>META-INF/orders-orm.xml</mapping-file>
          <mapping-file>META-INF/more-orm.xml</mapping-file>
          <jar-file>entities.jar</jar-file>
          <class>com.example.Order</class>
          <class> com.example.Customer </class>
          <class>com.example.Order</class>
          <exclude-unlisted-classes>true</exclude-unlisted-classes>
          <shared-cache-mode>ENABLE_SELECTIVE</shared-cache-mode>
          <validation-mode>NONE</validation-mode>
          <properties>
            <property name="memoryjpa.store" value="orders"/>
            <property name="jakarta.persistence.lock.timeout" value="500"/>
          </properties>
        </persistence-unit>"""));

    try (URLClassLoader loader = loaderOver(root)) {
      List<PersistenceUnitDescriptor> units = PersistenceXmlReader.readUnits(loader, Map.of());

      assertThat(units).hasSize(1);
      PersistenceUnitDescriptor unit = units.get(0);
      assertThat(unit.name()).isEqualTo("orders");
      assertThat(unit.providerClassName()).isEqualTo("org.memoryjpa.MemoryPersistenceProvider");
      assertThat(unit.transactionType()).isEqualTo(PersistenceUnitTransactionType.JTA);
      assertThat(unit.classLoader()).isSameAs(loader);
      assertThat(unit.managedClassNames()).containsExactly("com.example.Order", "com.example.Customer");
      assertThat(unit.mappingFileNames()).containsExactly("META-INF/orders-orm.xml", "META-INF/more-orm.xml");
      assertThat(unit.jarFileUrls()).map(URL::toExternalForm)
          .containsExactly(url(temp.resolve("entities.jar")).toExternalForm());
      assertThat(unit.rootUrl().toExternalForm()).isEqualTo(url(root).toExternalForm());
      assertThat(unit.excludeUnlistedClasses()).isTrue();
      assertThat(unit.sharedCacheMode()).isEqualTo(SharedCacheMode.ENABLE_SELECTIVE);
      assertThat(unit.validationMode()).isEqualTo(ValidationMode.NONE);
      assertThat(unit.properties()).containsExactly(
          entry("memoryjpa.store", "orders"), entry("jakarta.persistence.lock.timeout", "500"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0", "3.1", "3.2"})
  void readUnits_jakartaSchemaVersion_readsUnit(String version) throws IOException {
    assertReadsUnitIn(UnitArchives.JAKARTA, version);
  }

  @ParameterizedTest
  @CsvSource({"http://xmlns.jcp.org/xml/ns/persistence, 2.2", "http://xmlns.jcp.org/xml/ns/persistence, 2.1",
      "http://java.sun.com/xml/ns/persistence, 2.0", ", 2.2"})
  void readUnits_legacyOrNoNamespace_readsUnitAlike(String namespace, String version) throws IOException {
    assertReadsUnitIn(namespace, version);
  }

  private void assertReadsUnitIn(String namespace, String version) throws IOException {
    Path root = writeUnit(temp.resolve("unit"), persistenceXml(namespace, version, """
        <persistence-unit name="legacy" transaction-type="RESOURCE_LOCAL">
          <class>com.example.Order</class>
          <shared-cache-mode>NONE</shared-cache-mode>
          <properties><property name="memoryjpa.store" value="legacy"/></properties>
        </persistence-unit>"""));

    try (URLClassLoader loader = loaderOver(root)) {
      PersistenceUnitDescriptor unit = PersistenceXmlReader.findUnit(loader, "legacy").orElseThrow();

      assertThat(unit.managedClassNames()).containsExactly("com.example.Order");
      assertThat(unit.sharedCacheMode()).isEqualTo(SharedCacheMode.NONE);
      assertThat(unit.properties()).containsExactly(entry("memoryjpa.store", "legacy"));
    }
  }

  @Test
  void readUnits_foreignNamespace_throwsNamingRootAndFile() throws IOException {
    Path root = writeUnit(temp.resolve("unit"), persistenceXml("http://example.com/other", "1.0",
        "<persistence-unit name=\"pu\"/>"));

    try (URLClassLoader loader = loaderOver(root)) {
      assertThatThrownBy(() -> PersistenceXmlReader.readUnits(loader, Map.of()))
          .isInstanceOf(PersistenceException.class)
          .hasMessageContaining("Unsupported root element 'persistence' in namespace 'http://example.com/other'")
          .hasMessageContaining(fileUrl(loader));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<exclude-unlisted-classes/>|true",
      "<exclude-unlisted-classes></exclude-unlisted-classes>|true",
      "<exclude-unlisted-classes>true</exclude-unlisted-classes>|true",
      "<exclude-unlisted-classes> false </exclude-unlisted-classes>|false",
      "''|false"})
  void readUnits_excludeUnlistedClasses_readsPresenceAndText(String element, boolean expected)
      throws IOException {
    PersistenceUnitDescriptor unit = readSingleUnit("<persistence-unit name=\"pu\">" + element
        + "</persistence-unit>");

    assertThat(unit.excludeUnlistedClasses()).isEqualTo(expected);
  }

  @Test
  void readUnits_excludeUnlistedClassesNotBoolean_throwsNamingValueAndUnit() throws IOException {
    assertUnitRejected(
        "<persistence-unit name=\"pu\"><exclude-unlisted-classes>yes</exclude-unlisted-classes>"
            + "</persistence-unit>",
        "Invalid value 'yes' for <exclude-unlisted-classes> in persistence unit 'pu' of '");
  }

  @Test
  void readUnits_noTransactionType_defaultsToResourceLocal() throws IOException {
    PersistenceUnitDescriptor unit = readSingleUnit("<persistence-unit name=\"pu\"/>");

    assertThat(unit.transactionType()).isEqualTo(PersistenceUnitTransactionType.RESOURCE_LOCAL);
  }

  @Test
  void readUnits_noTransactionTypeButJtaDataSource_isJtaAsInHibernate() throws IOException {
    PersistenceUnitDescriptor unit = readSingleUnit(
        "<persistence-unit name=\"pu\"><jta-data-source>jdbc/orders</jta-data-source></persistence-unit>");

    assertThat(unit.transactionType()).isEqualTo(PersistenceUnitTransactionType.JTA);
  }

  @Test
  void readUnits_unknownTransactionType_throwsNamingValueAndChoices() throws IOException {
    assertUnitRejected("<persistence-unit name=\"pu\" transaction-type=\"XA\"/>",
        "Invalid value 'XA' for transaction-type in persistence unit 'pu' of '",
        "; expected one of JTA, RESOURCE_LOCAL");
  }

  @Test
  void readUnits_unknownSharedCacheMode_throwsNamingValueAndChoices() throws IOException {
    assertUnitRejected(
        "<persistence-unit name=\"pu\"><shared-cache-mode>SOMETIMES</shared-cache-mode></persistence-unit>",
        "Invalid value 'SOMETIMES' for <shared-cache-mode> in persistence unit 'pu' of '",
        "; expected one of ALL, NONE, ENABLE_SELECTIVE, DISABLE_SELECTIVE, UNSPECIFIED");
  }

  @Test
  void readUnits_unitWithoutName_throwsNamingPosition() throws IOException {
    assertUnitRejected("<persistence-unit name=\"a\"/><persistence-unit/>",
        "Persistence unit #2 in '", "' has no name");
  }

  @Test
  void readUnits_propertyWithoutValue_throwsNamingProperty() throws IOException {
    assertUnitRejected(
        "<persistence-unit name=\"pu\"><properties><property name=\"memoryjpa.store\"/></properties>"
            + "</persistence-unit>",
        "Incomplete <property name=\"memoryjpa.store\"> in persistence unit 'pu' of '");
  }

  @Test
  void readUnits_unclosedElement_throwsNamingFileAndLine() throws IOException {
    Path root = writeUnit(temp.resolve("unit"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.2">
          <persistence-unit name="pu">
            <class>com.example.Order
          </persistence-unit>
        </persistence>
        """);

    try (URLClassLoader loader = loaderOver(root)) {
      assertThatThrownBy(() -> PersistenceXmlReader.readUnits(loader, Map.of()))
          .isInstanceOf(PersistenceException.class)
          .hasMessageStartingWith("Malformed persistence.xml '" + fileUrl(loader) + "' at line 5, column ")
          .hasMessageContaining("\"class\"");
    }
  }

  @Test
  void readUnits_externalEntity_refusesDoctypeAndReadsNothing() throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "top-secret-value");
    Path root = writeUnit(temp.resolve("unit"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE persistence [<!ENTITY secret SYSTEM "%s">]>
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.2">
          <persistence-unit name="pu">
            <properties><property name="leak" value="&secret;"/></properties>
          </persistence-unit>
        </persistence>
        """.formatted(url(secret)));

    try (URLClassLoader loader = loaderOver(root)) {
      assertThatThrownBy(() -> PersistenceXmlReader.readUnits(loader, Map.of()))
          .isInstanceOf(PersistenceException.class)
          .hasMessageContaining("at line 2")
          .hasMessageContaining("DOCTYPE is disallowed")
          .message().doesNotContain("top-secret-value");
    }
  }

  @Test
  void readUnits_noPersistenceXml_returnsNoUnit() throws IOException {
    try (URLClassLoader loader = loaderOver(Files.createDirectories(temp.resolve("empty")))) {
      assertThat(PersistenceXmlReader.readUnits(loader, Map.of())).isEmpty();
    }
  }

  @Test
  void readUnits_providerElement_namesOnlyThatProvider() throws IOException {
    PersistenceUnitDescriptor unit = readSingleUnit(
        "<persistence-unit name=\"pu\"><provider> com.example.OtherProvider </provider></persistence-unit>");

    assertThat(unit.providerClassName()).isEqualTo("com.example.OtherProvider");
    assertThat(unit.namesProvider("com.example.OtherProvider")).isTrue();
    assertThat(unit.namesProvider("org.memoryjpa.MemoryPersistenceProvider")).isFalse();
  }

  @Test
  void readUnits_noProvider_isAnyProvidersToTake() throws IOException {
    PersistenceUnitDescriptor unit = readSingleUnit("<persistence-unit name=\"pu\"/>");

    assertThat(unit.providerClassName()).isNull();
    assertThat(unit.namesProvider("org.memoryjpa.MemoryPersistenceProvider")).isTrue();
  }

  @Test
  void readUnits_providerInOverrideMap_winsOverProviderElement() throws IOException {
    Path root = writeUnit(temp.resolve("unit"), persistenceXml(
        "<persistence-unit name=\"pu\"><provider>com.example.OtherProvider</provider></persistence-unit>"));

    try (URLClassLoader loader = loaderOver(root)) {
      PersistenceUnitDescriptor unit = PersistenceXmlReader.findUnit(loader, "pu",
          Map.of(PersistenceUnitDescriptor.PROVIDER, "org.memoryjpa.MemoryPersistenceProvider")).orElseThrow();

      assertThat(unit.providerClassName()).isEqualTo("org.memoryjpa.MemoryPersistenceProvider");
      assertThat(unit.namesProvider("com.example.OtherProvider")).isFalse();
    }
  }

  @Test
  void readUnits_providerPropertyOnly_namesThatProvider() throws IOException {
    PersistenceUnitDescriptor unit = readSingleUnit("""
        <persistence-unit name="pu"><properties>
          <property name="jakarta.persistence.provider" value="com.example.OtherProvider"/>
        </properties></persistence-unit>""");

    assertThat(unit.providerClassName()).isEqualTo("com.example.OtherProvider");
  }

  @Test
  void readUnits_providerPropertyAndElement_elementWins() throws IOException {
    PersistenceUnitDescriptor unit = readSingleUnit("""
        <persistence-unit name="pu"><provider>com.example.Declared</provider><properties>
          <property name="jakarta.persistence.provider" value="com.example.OtherProvider"/>
        </properties></persistence-unit>""");

    assertThat(unit.providerClassName()).isEqualTo("com.example.Declared");
  }

  @Test
  void readUnits_overrideMap_liesOnTopOfUnitProperties() throws IOException {
    Path root = writeUnit(temp.resolve("unit"), persistenceXml("""
        <persistence-unit name="pu">
          <validation-mode>NONE</validation-mode>
          <properties>
            <property name="a" value="unit-a"/>
            <property name="b" value="unit-b"/>
          </properties>
        </persistence-unit>"""));
    Map<Object, Object> overrides = new HashMap<>();
    overrides.put("b", "override-b");
    overrides.put(7, "seven");
    overrides.put(null, "no key");
    overrides.put("c", null);
    overrides.put("jakarta.persistence.validation.mode", "callback");

    try (URLClassLoader loader = loaderOver(root)) {
      PersistenceUnitDescriptor unit = PersistenceXmlReader.findUnit(loader, "pu", overrides).orElseThrow();

      assertThat(unit.properties()).containsOnly(entry("a", "unit-a"), entry("b", "override-b"),
          entry("7", "seven"), entry("jakarta.persistence.validation.mode", "callback"));
      assertThat(unit.validationMode()).isEqualTo(ValidationMode.CALLBACK);
    }
  }

  @Test
  void findUnit_sameNameInTwoFiles_firstFileWins() throws IOException {
    Path first = writeUnit(temp.resolve("first"), persistenceXml(
        "<persistence-unit name=\"shared\"><class>com.example.First</class></persistence-unit>"));
    Path second = writeUnit(temp.resolve("second"), persistenceXml(
        "<persistence-unit name=\"shared\"><class>com.example.Second</class></persistence-unit>"
            + "<persistence-unit name=\"other\"/>"));

    try (URLClassLoader loader = loaderOver(first, second)) {
      PersistenceUnitDescriptor unit = PersistenceXmlReader.findUnit(loader, "shared").orElseThrow();

      assertThat(unit.managedClassNames()).containsExactly("com.example.First");
      assertThat(unit.rootUrl().toExternalForm()).isEqualTo(url(first).toExternalForm());
      assertThat(PersistenceXmlReader.readUnits(loader, Map.of()))
          .extracting(PersistenceUnitDescriptor::name).containsExactly("shared", "other");
    }
  }

  @Test
  void findUnit_sameNameTwiceInOneFile_firstUnitWins() throws IOException {
    PersistenceUnitDescriptor unit = readSingleUnit(
        "<persistence-unit name=\"pu\"><class>com.example.First</class></persistence-unit>"
            + "<persistence-unit name=\"pu\"><class>com.example.Second</class></persistence-unit>");

    assertThat(unit.managedClassNames()).containsExactly("com.example.First");
  }

  @Test
  void findUnit_unknownName_returnsEmpty() throws IOException {
    Path root = writeUnit(temp.resolve("unit"), persistenceXml("<persistence-unit name=\"pu\"/>"));

    try (URLClassLoader loader = loaderOver(root)) {
      assertThat(PersistenceXmlReader.findUnit(loader, "missing")).isEmpty();
    }
  }

  @Test
  void findUnit_nullNameAndOneUnit_returnsIt() throws IOException {
    Path root = writeUnit(temp.resolve("unit"), persistenceXml("<persistence-unit name=\"only\"/>"));

    try (URLClassLoader loader = loaderOver(root)) {
      assertThat(PersistenceXmlReader.findUnit(loader, null)).map(PersistenceUnitDescriptor::name)
          .contains("only");
    }
  }

  @Test
  void findUnit_nullNameAndTwoUnits_throwsListingNames() throws IOException {
    Path root = writeUnit(temp.resolve("unit"), persistenceXml(
        "<persistence-unit name=\"a\"/><persistence-unit name=\"b\"/>"));

    try (URLClassLoader loader = loaderOver(root)) {
      assertThatThrownBy(() -> PersistenceXmlReader.findUnit(loader, null))
          .isInstanceOf(PersistenceException.class)
          .hasMessage("No persistence unit name given, and 2 units found: 'a', 'b'; pass the name of one to"
              + " createEntityManagerFactory");
    }
  }

  private PersistenceUnitDescriptor readSingleUnit(String units) throws IOException {
    Path root = writeUnit(temp.resolve("unit"), persistenceXml(units));
    try (URLClassLoader loader = loaderOver(root)) {
      List<PersistenceUnitDescriptor> read = PersistenceXmlReader.readUnits(loader, Map.of());
      assertThat(read).hasSize(1);
      return read.get(0);
    }
  }

  private void assertUnitRejected(String units, String... messageParts) throws IOException {
    Path root = writeUnit(temp.resolve("unit"), persistenceXml(units));
    try (URLClassLoader loader = loaderOver(root)) {
      assertThatThrownBy(() -> PersistenceXmlReader.readUnits(loader, Map.of()))
          .isInstanceOf(PersistenceException.class)
          .hasMessageContaining(fileUrl(loader))
          .hasMessageContainingAll(messageParts);
    }
  }

  private static String fileUrl(ClassLoader loader) {
    return loader.getResource(PersistenceXmlReader.RESOURCE).toExternalForm();
  }
}
