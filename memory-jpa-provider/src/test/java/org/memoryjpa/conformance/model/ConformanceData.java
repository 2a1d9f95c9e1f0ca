package org.memoryjpa.conformance.model;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The data every conformance statement reads, identical on both providers because every id is
 * assigned: about 10–30 rows per type, a null in every nullable attribute, empty and non-empty
 * collections, ties in values, and strings with {@code %}, {@code _}, quotes, mixed case and
 * surrounding spaces. Change it only with a rerun of {@code -Djpql.conformance.update=true}: every
 * expected row of the suite depends on it.
 */
public final class ConformanceData {

  /** The managed classes of the conformance model. */
  public static final List<Class<?>> CLASSES = List.of(Person.class, Employee.class, Contractor.class,
      PersonDetail.class, Passport.class, Department.class, Project.class, Product.class, Tag.class,
      PurchaseOrder.class, OrderLine.class, Vehicle.class, Car.class, ElectricCar.class, Truck.class,
      Document.class, Invoice.class, Memo.class, Stock.class);

  private static final String[] NAMES = {"Ada", "bob", "Cy", "  Dee  ", "Eve_100%", "O'Brien", "ada", "Zoe",
      "Émile", "Finn", "Gus", "Hal", "Ivy", "Jo", "Kim", null, "Lou", "Max", "Ned", "Ola"};
  private static final Integer[] AGES = {36, null, 25, 41, 25, 52, 36, null, 30, 25, 44, 29, null, 61, 33, 38,
      null, 19, 25, 47};
  private static final String[] CITIES = {"London", "Paris", "london", "Berlin", null};

  private ConformanceData() {}

  /** Persists the whole data set in one transaction. */
  public static void fill(EntityManagerFactory emf) {
    emf.runInTransaction(ConformanceData::fill);
  }

  private static void fill(EntityManager em) {
    Tag[] tags = tags();
    Product[] products = products(tags);
    Project[] projects = projects();
    Person[] persons = persons(projects);
    Department[] departments = departments(persons, projects);
    Document[] documents = documents();
    for (Object[] group : new Object[][] {tags, products, projects, departments, documents}) {
      for (Object entity : group) {
        em.persist(entity);
      }
    }
    for (Person person : persons) {
      if (person.passport != null) {
        em.persist(person.passport);
      }
      em.persist(person);
    }
    details(persons).forEach(em::persist);
    roles(projects, persons);
    orders(persons, products, documents).forEach(em::persist);
    vehicles(persons).forEach(em::persist);
    stock(products).forEach(em::persist);
  }

  private static Tag[] tags() {
    Tag home = new Tag(1L, "home", null);
    Tag office = new Tag(2L, "office", null);
    Tag sale = new Tag(7L, "sale", null);
    return new Tag[] {home, office, new Tag(3L, "Kitchen", home), new Tag(4L, "garden", home),
        new Tag(5L, "desk", office), new Tag(6L, "paper_%", office), sale, new Tag(8L, "unused", sale)};
  }

  private static Product[] products(Tag[] tags) {
    String[] names = {"Book", "Lamp", "Pen", "Desk", "Chair", "  Mug  ", "Tape's", "Glue", "Stapler", "Paper_A4",
        "Ink%", "Clip"};
    String[] prices = {"12.50", "25.00", "1.20", "300.00", "120.00", "8.00", "2.50", "2.50", "15.00", "4.99", null,
        "0.10"};
    Double[] weights = {0.5, 2.25, 0.01, 30.0, null, 0.3, 0.1, 0.1, 0.75, 2.5, 0.05, null};
    Product[] products = new Product[names.length];
    for (int i = 0; i < names.length; i++) {
      Product product = new Product(i + 1L, names[i]);
      product.sku = i % 5 == 4 ? null : "SKU-" + (100 + i * 7);
      product.price = prices[i] == null ? null : new BigDecimal(prices[i]);
      product.weight = weights[i];
      product.stock = i % 6 == 5 ? null : (long) (i % 4) * 50;
      product.shelf = i % 4 == 3 ? null : (short) (i % 3 + 1);
      product.featured = i % 5 == 0 ? null : i % 2 == 0;
      product.discontinued = i % 4 == 1;
      product.createdBy = i % 3 == 0 ? null : i % 2 == 0 ? "admin" : "Import";
      for (int t = 0; t < tags.length; t++) {
        if (i % 3 != 2 && (i + t) % 4 == 0) {
          product.tags.add(tags[t]);
        }
      }
      products[i] = product;
    }
    return products;
  }

  private static Project[] projects() {
    String[] codes = {"APOLLO", "Borealis", "cobalt", "DELTA_1", "ECHO%", "falcon", "GEMINI", "hermes"};
    Phase[] phases = {Phase.PLAN, Phase.BUILD, Phase.BUILD, Phase.TEST, Phase.DONE, null, Phase.PLAN, Phase.DONE};
    String[] costs = {"1000.00", "250.50", null, "1000.00", "75.25", "0.00", null, "480.00"};
    Project[] projects = new Project[codes.length];
    for (int i = 0; i < codes.length; i++) {
      Project project = new Project(i + 1L, codes[i], i == 6 ? null : "Project " + codes[i].toLowerCase());
      project.phase = phases[i];
      project.cost = costs[i] == null ? null : new BigDecimal(costs[i]);
      project.started = i % 4 == 3 ? null : LocalDate.of(2022 + i % 3, i + 1, 1 + i * 3);
      projects[i] = project;
    }
    projects[0].milestones.addAll(List.of(new Milestone("Kickoff", Phase.PLAN, LocalDate.of(2024, 1, 10)),
        new Milestone("Beta", Phase.BUILD, LocalDate.of(2024, 3, 1)), new Milestone("GA", Phase.DONE, null)));
    projects[1].milestones.add(new Milestone("Spec", Phase.PLAN, LocalDate.of(2024, 2, 1)));
    projects[3].milestones.addAll(List.of(new Milestone("Proto", Phase.BUILD, LocalDate.of(2024, 5, 5)),
        new Milestone("Review", null, LocalDate.of(2024, 6, 6))));
    projects[4].milestones.addAll(List.of(new Milestone("Launch", Phase.DONE, LocalDate.of(2023, 12, 24)),
        new Milestone("Retro", Phase.DONE, LocalDate.of(2024, 1, 5))));
    projects[7].milestones.add(new Milestone("Beta", Phase.TEST, LocalDate.of(2024, 3, 1)));
    projects[0].notes.putAll(Map.of(Phase.PLAN, "scoped", Phase.BUILD, "on track"));
    projects[1].notes.put(Phase.PLAN, "late");
    projects[3].notes.putAll(Map.of(Phase.TEST, "flaky", Phase.DONE, "n/a"));
    projects[4].notes.put(Phase.DONE, "shipped");
    return projects;
  }

  private static Person[] persons(Project[] projects) {
    Person[] persons = new Person[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      long id = i + 1L;
      Person person = i < 10 ? employee(id, i) : i < 16 ? contractor(id, i) : new Person(id, NAMES[i]);
      person.name = NAMES[i];
      person.age = AGES[i];
      person.birthDate = i % 7 == 6 ? null : LocalDate.of(1960 + i * 2, i % 12 + 1, i * 3 % 28 + 1);
      person.height = i % 5 == 4 ? null : 1.55 + i % 4 / 10.0;
      person.rating = (short) (i % 4);
      person.active = i % 6 == 5 ? null : i % 3 != 2;
      person.newsletter = i % 4 == 3 ? null : i % 2 == 0;
      person.createdBy = i % 3 == 1 ? null : "hr";
      person.address = address(i);
      if (i % 3 != 2) {
        person.nicknames.add("n" + (i + 1));
        if (i % 4 == 0) {
          person.nicknames.addAll(Set.of("Shared", "with space "));
        }
      }
      if (i % 4 != 3) {
        person.skills.put("java", i % 5);
        if (i % 2 == 0) {
          person.skills.put("SQL", i % 3 + 1);
        }
      }
      if (i < 8) {
        person.passport = new Passport(100L + i, i == 5 ? "P'" + i : "P-" + (i + 1),
            i % 3 == 2 ? null : LocalDate.of(2027 + i % 4, 6, 30));
        person.passport.holder = person;
      }
      if (i > 0 && i % 3 != 0) {
        person.mentor = persons[(i - 1) / 3];
        person.mentor.mentees.add(person);
      }
      persons[i] = person;
    }
    int[][] memberships = {{0, 0}, {0, 2}, {1, 0}, {2, 0}, {2, 1}, {2, 3}, {3, 1}, {5, 3}, {10, 0}, {10, 4},
        {11, 3}, {16, 4}};
    for (int[] membership : memberships) {
      persons[membership[0]].projects.add(projects[membership[1]]);
      projects[membership[1]].members.add(persons[membership[0]]);
    }
    return persons;
  }

  private static Address address(int i) {
    if (i % 9 == 8) {
      return null;
    }
    if (i == 12) {
      return new Address(null, null, null, null);
    }
    Geo geo = i % 2 == 1 ? null : new Geo(51.5 + i, i % 4 == 0 ? null : -0.25 * i);
    return new Address((i + 1) + (i % 2 == 0 ? " Loop" : " Main St"), CITIES[i % CITIES.length],
        i % 3 == 0 ? null : "Z" + (1000 + i % 5), geo);
  }

  private static Employee employee(long id, int i) {
    Employee employee = new Employee(id, NAMES[i]);
    String[] salaries = {"5000.00", "4200.50", null, "5000.00", "3100.00", "7200.00", "4200.50", null, "3900.99",
        "6100.00"};
    employee.salary = salaries[i] == null ? null : new BigDecimal(salaries[i]);
    employee.hired = i % 4 == 2 ? null : LocalDate.of(2015 + i % 6, (i * 5) % 12 + 1, 10 + i);
    employee.level = i % 5 == 4 ? null : Level.values()[i % 3];
    employee.badge = i % 3 == 1 ? null : 9000L + i * 11;
    return employee;
  }

  private static Contractor contractor(long id, int i) {
    Contractor contractor = new Contractor(id, NAMES[i]);
    contractor.rate = i == 13 ? null : 80.0 + (i % 3) * 12.5;
    contractor.agency = i % 2 == 0 ? null : i == 11 ? "ACME" : "acme Staffing";
    contractor.dailyStart = i == 14 ? null : LocalTime.of(7 + i % 3, i % 2 * 30);
    return contractor;
  }

  private static List<PersonDetail> details(Person[] persons) {
    int[] owners = {0, 1, 2, 4, 7, 12, 16};
    return IntStream.range(0, owners.length).mapToObj(n -> {
      PersonDetail detail = new PersonDetail();
      detail.person = persons[owners[n]];
      detail.bio = n % 3 == 1 ? null : "Bio of " + n;
      detail.lastLogin = n % 2 == 1 ? null : LocalDateTime.of(2024, 1 + n, 2 + n, 8 + n, 15);
      detail.person.detail = detail;
      return detail;
    }).toList();
  }

  private static Department[] departments(Person[] persons, Project[] projects) {
    String[] names = {"Engineering", "Research", "Sales", "Support", "Legal", "engineering"};
    String[] budgets = {"100000.00", "50000.00", "100000.00", "20000.00", null, "0.00"};
    Department[] departments = new Department[names.length];
    for (int i = 0; i < names.length; i++) {
      departments[i] = new Department(i + 1L, names[i]);
      departments[i].budget = budgets[i] == null ? null : new BigDecimal(budgets[i]);
    }
    departments[1].parent = departments[0];
    departments[3].parent = departments[2];
    departments[5].parent = departments[1];
    int[] departmentOfEmployee = {0, 0, 1, 2, -1, 2, 0, 3, -1, 1};
    for (int i = 0; i < departmentOfEmployee.length; i++) {
      if (departmentOfEmployee[i] >= 0) {
        Employee employee = (Employee) persons[i];
        employee.department = departments[departmentOfEmployee[i]];
        employee.department.employees.add(employee);
      }
    }
    departments[0].projectsByCode.put(projects[0].code, projects[0]);
    departments[0].projectsByCode.put(projects[1].code, projects[1]);
    departments[1].projectsByCode.put(projects[2].code, projects[2]);
    departments[2].projectsByCode.put(projects[3].code, projects[3]);
    departments[2].projectsByCode.put(projects[4].code, projects[4]);
    departments[0].desks.put("A1", (Employee) persons[0]);
    departments[0].desks.put("A2", (Employee) persons[1]);
    departments[0].desks.put("B1", (Employee) persons[6]);
    departments[2].desks.put("S1", (Employee) persons[3]);
    departments[3].desks.put("X", (Employee) persons[7]);
    return departments;
  }

  private static void roles(Project[] projects, Person[] persons) {
    projects[0].roles.putAll(Map.of("lead", persons[0], "qa", persons[2], "ops", persons[10]));
    projects[1].roles.put("lead", persons[3]);
    projects[2].roles.put("lead", persons[0]);
    projects[3].roles.putAll(Map.of("lead", persons[11], "qa", persons[3]));
  }

  private static Document[] documents() {
    Document[] documents = new Document[10];
    for (int i = 0; i < documents.length; i++) {
      String title = i == 2 ? null : i % 4 == 1 ? "report " + i : "Doc_" + i;
      Document document;
      if (i < 3) {
        document = new Document(i + 1L, title);
      } else if (i < 7) {
        Invoice invoice = new Invoice(i + 1L, title);
        invoice.amount = i == 5 ? null : new BigDecimal(i % 2 == 0 ? "99.90" : "150.00");
        invoice.due = i == 6 ? null : LocalDate.of(2024, i, 28);
        invoice.paid = i == 4 ? null : i % 2 == 1;
        document = invoice;
      } else {
        Memo memo = new Memo(i + 1L, title);
        memo.body = i == 9 ? null : "Remember the 'milk' " + i;
        memo.priority = i == 8 ? null : Priority.values()[i % 3];
        document = memo;
      }
      document.created = i % 3 == 1 ? null : LocalDateTime.of(2024, 1 + i, 1 + i, i, i * 5);
      document.pages = i % 4 == 3 ? null : 1 + i % 3;
      documents[i] = document;
    }
    return documents;
  }

  private static List<Object> orders(Person[] persons, Product[] products, Document[] documents) {
    List<Object> entities = new ArrayList<>();
    Status[] statuses = {Status.PLACED, Status.SHIPPED, Status.DRAFT, null, Status.SHIPPED, Status.CANCELLED};
    int[] buyers = {0, 0, 2, -1, 3, 10, -1, 5, 11, 0, 16, 3};
    int[] lineCounts = {1, 2, 0, 3, 1, 4, 0, 2, 1, 3, 0, 2};
    long lineId = 1;
    for (int i = 0; i < buyers.length; i++) {
      PurchaseOrder order = new PurchaseOrder(i + 1L, "O-" + (100 + i));
      order.buyer = buyers[i] < 0 ? null : persons[buyers[i]];
      order.status = statuses[i % statuses.length];
      order.placed = i % 5 == 4 ? null : LocalDateTime.of(2024, 1 + i, 1 + i * 2, 9 + i, 0);
      order.total = i % 6 == 3 ? null : new BigDecimal(i % 3 == 0 ? "100.00" : (20 + i * 15) + ".50");
      entities.add(order);
      for (int n = 0; n < lineCounts[i]; n++) {
        OrderLine line = new OrderLine();
        line.id = lineId++;
        line.order = order;
        line.product = (i + n) % 7 == 6 ? null : products[(i * 3 + n) % products.length];
        line.quantity = lineId % 9 == 0 ? null : 1 + (i + n) % 4;
        line.unitPrice = lineId % 5 == 0 ? null : new BigDecimal((2 + (i + n) % 3) + ".25");
        line.comment = n == 1 ? "gift" : n == 2 ? "Gift wrap_%" : null;
        order.lines.add(line);
        entities.add(line);
      }
    }
    PurchaseOrder first = (PurchaseOrder) entities.get(0);
    first.attachments.addAll(Set.of(documents[0], documents[3]));
    PurchaseOrder second = (PurchaseOrder) entities.get(1 + lineCounts[0]);
    second.attachments.add(documents[7]);
    return entities;
  }

  private static List<Vehicle> vehicles(Person[] persons) {
    List<Vehicle> vehicles = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String plate = i == 4 ? "ab-" + i : "AB-" + (100 + i * 7);
      Vehicle vehicle;
      if (i < 2) {
        vehicle = new Vehicle(i + 1L, plate);
        vehicle.wheels = i == 0 ? 2 : null;
      } else if (i < 6) {
        Car car = new Car(i + 1L, plate);
        car.seats = i == 3 ? null : 2 + i % 3 * 2;
        car.convertible = i == 5 ? null : i % 2 == 0;
        vehicle = car;
        vehicle.wheels = 4;
      } else if (i < 9) {
        ElectricCar car = new ElectricCar(i + 1L, plate);
        car.seats = 5;
        car.convertible = false;
        car.rangeKm = i == 8 ? null : 300 + i * 25;
        vehicle = car;
        vehicle.wheels = 4;
      } else {
        Truck truck = new Truck(i + 1L, plate);
        truck.payload = i == 11 ? null : 7.5 * (i - 8);
        truck.curfew = i == 10 ? null : LocalTime.of(20 + i % 3, 0);
        vehicle = truck;
        vehicle.wheels = i == 9 ? 6 : 10;
      }
      vehicle.registered = i % 4 == 1 ? null : LocalDate.of(2010 + i, 1 + i % 12, 5);
      vehicle.owner = i % 3 == 2 ? null : persons[i % 7];
      vehicles.add(vehicle);
    }
    return vehicles;
  }

  private static List<Stock> stock(Product[] products) {
    String[] warehouses = {"north", "north", "north", "north", "south", "south", "south", "East", "East", "west "};
    int[] bins = {1, 2, 3, 4, 1, 2, 3, 1, 2, 1};
    List<Stock> stock = new ArrayList<>();
    for (int i = 0; i < warehouses.length; i++) {
      Stock entry = new Stock();
      entry.id = new StockKey(warehouses[i], bins[i]);
      entry.product = i % 4 == 3 ? null : products[i];
      entry.quantity = i == 6 ? null : i % 3 * 10;
      stock.add(entry);
    }
    return stock;
  }
}
