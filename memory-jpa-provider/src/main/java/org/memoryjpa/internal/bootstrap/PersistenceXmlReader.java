package org.memoryjpa.internal.bootstrap;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reader of {@code META-INF/persistence.xml} files: finds every one a class loader sees and turns each
 * {@code <persistence-unit>} into a {@link PersistenceUnitDescriptor} as declared. Classes the unit does not
 * list are not added here: {@link ManagedClassScanner} does that once the unit is known to be ours, so no
 * other provider's unit is ever scanned.
 *
 * <p>Reads every schema version alike, 1.0 to 3.2: the Jakarta namespace, the two older Java EE ones, or
 * none. Parses with the JDK's DOM parser, secured: a DOCTYPE is refused, so no DTD or external entity is
 * ever fetched. Stateless; static methods only; thread-safe.
 */
final class PersistenceXmlReader {

  /** Where a unit's descriptor lives, relative to its root. */
  static final String RESOURCE = "META-INF/persistence.xml";

  private static final Set<String> NAMESPACES =
      Set.of(
          "https://jakarta.ee/xml/ns/persistence",
          "http://xmlns.jcp.org/xml/ns/persistence",
          "http://java.sun.com/xml/ns/persistence");

  private PersistenceXmlReader() {}

  /**
   * Every unit in every {@code persistence.xml} the loader sees, in the loader's order. Of two units with one
   * name the first is kept, as Hibernate does.
   *
   * @param overrides the caller's map, on top of each unit's properties; may be null
   * @throws PersistenceException when a file cannot be read or is malformed, naming the file and the line
   */
  static List<PersistenceUnitDescriptor> readUnits(ClassLoader loader, Map<?, ?> overrides) {
    Map<String, PersistenceUnitDescriptor> units = new LinkedHashMap<>();
    for (URL file : persistenceXmlFiles(loader)) {
      for (PersistenceUnitDescriptor unit : read(file, loader, overrides)) {
        units.putIfAbsent(unit.name(), unit);
      }
    }
    return List.copyOf(units.values());
  }

  /** The unit of that name, as {@link #findUnit(ClassLoader, String, Map)} without overrides. */
  static Optional<PersistenceUnitDescriptor> findUnit(ClassLoader loader, String unitName) {
    return findUnit(loader, unitName, Map.of());
  }

  /**
   * The unit of that name; with a null name, the only unit there is, as Hibernate allows. Every file is
   * read, so a malformed one fails the lookup whichever unit it holds, as with Hibernate.
   *
   * @throws PersistenceException when the name is null and there are several units
   */
  static Optional<PersistenceUnitDescriptor> findUnit(
      ClassLoader loader, String unitName, Map<?, ?> overrides) {
    List<PersistenceUnitDescriptor> units = readUnits(loader, overrides);
    if (unitName != null) {
      return units.stream().filter(unit -> unit.name().equals(unitName)).findFirst();
    }
    if (units.size() > 1) {
      throw new PersistenceException(
          "No persistence unit name given, and " + units.size() + " units found: "
              + units.stream().map(unit -> "'" + unit.name() + "'").collect(Collectors.joining(", "))
              + "; pass the name of one to createEntityManagerFactory");
    }
    return units.stream().findFirst();
  }

  /** The units of one {@code persistence.xml}, in declared order, duplicates included. */
  static List<PersistenceUnitDescriptor> read(URL file, ClassLoader loader, Map<?, ?> overrides) {
    Element root = parse(file).getDocumentElement();
    String namespace = root.getNamespaceURI();
    if (!"persistence".equals(root.getLocalName()) || namespace != null && !NAMESPACES.contains(namespace)) {
      throw new PersistenceException(
          "Unsupported root element '" + root.getTagName() + "' in "
              + (namespace == null ? "no namespace" : "namespace '" + namespace + "'") + " of '" + file
              + "'; a persistence.xml starts with <persistence xmlns=\"https://jakarta.ee/xml/ns/persistence\">");
    }
    Source source = new Source(file, PersistenceUnitRoot.of(file), namespace);
    List<PersistenceUnitDescriptor> units = new ArrayList<>();
    for (Element unit : source.children(root, "persistence-unit")) {
      units.add(readUnit(unit, units.size() + 1, source, loader, overrides));
    }
    return units;
  }

  private static PersistenceUnitDescriptor readUnit(
      Element unit, int position, Source source, ClassLoader loader, Map<?, ?> overrides) {
    String name = unit.getAttribute("name").trim();
    if (name.isEmpty()) {
      throw new PersistenceException(
          "Persistence unit #" + position + " in '" + source.file + "' has no name; add name=\"...\" to"
              + " its <persistence-unit> element");
    }
    String where = "persistence unit '" + name + "' of '" + source.file + "'";
    PersistenceUnitDescriptor.Builder builder =
        new PersistenceUnitDescriptor.Builder(name)
            .classLoader(loader)
            .rootUrl(source.root)
            .providerClassName(source.text(unit, "provider"))
            .transactionType(transactionType(unit, source, where))
            .sharedCacheMode(source.setting(unit, "shared-cache-mode", SharedCacheMode.class, where))
            .validationMode(source.setting(unit, "validation-mode", ValidationMode.class, where))
            .excludeUnlistedClasses(excludeUnlistedClasses(unit, source, where))
            .overrides(overrides);
    source.texts(unit, "class").forEach(builder::managedClassName);
    source.texts(unit, "mapping-file").forEach(builder::mappingFileName);
    for (String jarFile : source.texts(unit, "jar-file")) {
      builder.jarFileUrl(PersistenceUnitRoot.resolveJarFile(source.root, jarFile, where));
    }
    readProperties(unit, source, where, builder);
    return builder.build();
  }

  /**
   * The declared type; without one, JTA when the unit names a JTA data source and else none (the descriptor
   * then applies RESOURCE_LOCAL, the Java SE default), as Hibernate decides.
   */
  private static PersistenceUnitTransactionType transactionType(Element unit, Source source, String where) {
    String declared = unit.getAttribute("transaction-type").trim();
    if (!declared.isEmpty()) {
      return SettingParser.toEnum(
          PersistenceUnitTransactionType.class, declared, "transaction-type in " + where);
    }
    return source.text(unit, "jta-data-source") != null ? PersistenceUnitTransactionType.JTA : null;
  }

  /** Absent means false, as Hibernate reads it in Java SE; present and empty means true, the schema default. */
  private static boolean excludeUnlistedClasses(Element unit, Source source, String where) {
    List<Element> elements = source.children(unit, "exclude-unlisted-classes");
    if (elements.isEmpty()) {
      return false;
    }
    String text = elements.get(0).getTextContent().trim();
    return switch (text) {
      case "", "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new PersistenceException(
          "Invalid value '" + text + "' for <exclude-unlisted-classes> in " + where
              + "; expected true or false, or an empty element for true");
    };
  }

  private static void readProperties(
      Element unit, Source source, String where, PersistenceUnitDescriptor.Builder builder) {
    for (Element properties : source.children(unit, "properties")) {
      for (Element property : source.children(properties, "property")) {
        String key = property.getAttribute("name").trim();
        if (key.isEmpty() || !property.hasAttribute("value")) {
          throw new PersistenceException(
              "Incomplete <property name=\"" + key + "\"> in " + where
                  + "; every property needs both a name and a value attribute");
        }
        builder.unitProperty(key, property.getAttribute("value"));
      }
    }
  }

  private static List<URL> persistenceXmlFiles(ClassLoader loader) {
    try {
      // a URL seen through two loaders of one hierarchy is one file
      Set<String> seen = new LinkedHashSet<>();
      List<URL> files = new ArrayList<>();
      for (URL url : Collections.list(loader.getResources(RESOURCE))) {
        if (seen.add(url.toExternalForm())) {
          files.add(url);
        }
      }
      return files;
    } catch (IOException e) {
      throw new PersistenceException(
          "Cannot list the " + RESOURCE + " files of the class loader: " + e.getMessage(), e);
    }
  }

  private static Document parse(URL file) {
    try {
      URLConnection connection = file.openConnection();
      // a cached jar connection would keep the jar open (and locked on Windows) after bootstrap
      connection.setUseCaches(false);
      try (InputStream in = connection.getInputStream()) {
        InputSource input = new InputSource(in);
        input.setSystemId(file.toExternalForm());
        return newDocumentBuilder().parse(input);
      }
    } catch (SAXParseException e) {
      throw new PersistenceException(
          "Malformed persistence.xml '" + file + "' at line " + e.getLineNumber() + ", column "
              + e.getColumnNumber() + ": " + withoutFinalPeriod(e.getMessage())
              + "; correct the XML there (a DOCTYPE is refused: persistence.xml needs none)",
          e);
    } catch (SAXException | IOException e) {
      throw new PersistenceException("Cannot read persistence.xml '" + file + "': " + e.getMessage(), e);
    }
  }

  private static DocumentBuilder newDocumentBuilder() {
    // the JDK's own parser, whatever else is on the class path; one per parse, as factories are not thread-safe
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(RETHROW);
      return builder;
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      throw new IllegalStateException("The JDK's XML parser refuses secure processing: " + e.getMessage(), e);
    }
  }

  private static String withoutFinalPeriod(String message) {
    return message != null && message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
  }

  /** Throws what the parser reports instead of printing it to standard error, the default. */
  private static final ErrorHandler RETHROW =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {}

        @Override
        public void error(SAXParseException exception) throws SAXException {
          throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
          throw exception;
        }
      };

  /** One parsed file: where it is, its unit root, and the namespace its elements are in. */
  private record Source(URL file, URL root, String namespace) {

    List<Element> children(Element parent, String localName) {
      List<Element> children = new ArrayList<>();
      for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element element
            && localName.equals(element.getLocalName())
            && Objects.equals(namespace, element.getNamespaceURI())) {
          children.add(element);
        }
      }
      return children;
    }

    /** The trimmed, non-blank texts of the children of that name. */
    List<String> texts(Element parent, String localName) {
      List<String> texts = new ArrayList<>();
      for (Element child : children(parent, localName)) {
        String text = child.getTextContent().trim();
        if (!text.isEmpty()) {
          texts.add(text);
        }
      }
      return texts;
    }

    /** The first such text, or null. */
    String text(Element parent, String localName) {
      List<String> texts = texts(parent, localName);
      return texts.isEmpty() ? null : texts.get(0);
    }

    <E extends Enum<E>> E setting(Element parent, String localName, Class<E> type, String where) {
      String text = text(parent, localName);
      return text == null ? null : SettingParser.toEnum(type, text, "<" + localName + "> in " + where);
    }
  }
}
