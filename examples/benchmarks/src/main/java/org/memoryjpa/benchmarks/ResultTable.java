package org.memoryjpa.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results table: reads what a {@link Suite} run left in its directory (JMH's JSON per round,
 * {@code cold.json}, {@code heap.json}, {@code meta.json}) and renders Markdown: per workload the
 * median of each provider, the ratio Hibernate ÷ memory-jpa (above 1: memory-jpa is faster or
 * smaller) with its range over rounds, and the DESIGN.md target; then the plain-Java floor; then
 * the machine and its load. A row with no data (a workload left out of the run) is left out and
 * named below the table. {@code main(dir)} re-renders a finished run. Immutable once read.
 */
public final class ResultTable {

  private static final String MEMORY = "memory";
  private static final String HIBERNATE = "hibernate";
  private static final String PLAIN = "plain";

  /** A row comparing the providers on one measurement; target is a minimum ratio, or 0 for none. */
  private record Row(String workload, String source, double target) {}

  private static final List<Row> ROWS = List.of(
      new Row("1. EMF bootstrap + close, warm JVM", "BootstrapBenchmark.bootstrapAndClose", 20),
      new Row("1. first EMF bootstrap in a fresh JVM", "cold:bootstrapNanos", 10),
      new Row("1. fresh JVM, whole process: start, bootstrap, persist + find, exit", "cold:processNanos", 0),
      new Row("2. persist 1,000 entities (250 orders × 3 lines) + commit", "PersistBenchmark.persistOrders", 10),
      new Row("3. find by id, fresh EntityManager, 100,000 stored", "FindBenchmark.findById", 10),
      new Row("4. find, modify, commit (dirty check + version)", "UpdateBenchmark.repriceProduct", 10),
      new Row("5a. selective JPQL (unique e-mail)", "QueryBenchmark.selectiveJpql", 10),
      new Row("5b. broad JPQL, ORDER BY + setMaxResults(50)", "QueryBenchmark.broadJpqlTopFifty", 3),
      new Row("5c. JPQL join + GROUP BY aggregates", "QueryBenchmark.joinGroupBy", 0),
      new Row("5d. selective Criteria query", "QueryBenchmark.selectiveCriteria", 10),
      new Row("6. bulk UPDATE of 20,000 orders", "QueryBenchmark.bulkUpdate", 0),
      new Row("7. heap retained by 100,000 customers", "heap:retainedBytes", 1));

  /** A floor row: the plain-Java measurement and the memory-jpa one it bounds; target is a maximum ratio. */
  private record FloorRow(String workload, String floor, String provider, double target) {}

  private static final List<FloorRow> FLOOR_ROWS = List.of(
      new FloorRow("8. find by id: HashMap.get + one copy", "PlainJavaFloorBenchmark.findById",
          "FindBenchmark.findById", 3),
      new FloorRow("8. filter loop: tier = GOLD, newest 50, copied", "PlainJavaFloorBenchmark.filterTopFifty",
          "QueryBenchmark.broadJpqlTopFifty", 0),
      new FloorRow("8. heap: the same 100,000 objects in a HashMap", "heap:retainedBytes", "heap:retainedBytes",
          0));

  /** Per source, per contender, per round (or launch): the measured values. */
  private final Map<String, Map<String, List<double[]>>> data = new LinkedHashMap<>();
  private final Map<String, String> units = new LinkedHashMap<>();
  // "source/contender" of the measurements that were still getting faster while measured
  private final java.util.Set<String> stillWarming = new java.util.LinkedHashSet<>();
  private final JsonNode meta;

  private ResultTable(JsonNode meta) {
    this.meta = meta;
  }

  /** Re-renders the table of a finished run: {@code ResultTable [dir]} (default {@code target/benchmarks}). */
  public static void main(String[] args) throws IOException {
    System.out.println(read(Path.of(args.length > 0 ? args[0] : "target/benchmarks")).render());
  }

  /** Reads every result file in {@code dir}; missing files just leave their rows out. */
  public static ResultTable read(Path dir) throws IOException {
    ObjectMapper json = JsonMapper.builder().build();
    Path metaFile = dir.resolve("meta.json");
    ResultTable table = new ResultTable(Files.exists(metaFile) ? json.readTree(metaFile.toFile()) : null);
    List<Path> rounds;
    try (Stream<Path> files = Files.list(dir)) {
      rounds = files.filter(f -> ROUND_FILE.matcher(f.getFileName().toString()).matches())
          .sorted(Comparator.comparingInt(ResultTable::roundOf).thenComparing(Path::toString)).toList();
    }
    for (Path round : rounds) {
      table.addJmhRound(json.readTree(round.toFile()));
    }
    Path cold = dir.resolve("cold.json");
    if (Files.exists(cold)) {
      table.addLaunches("cold", json.readTree(cold.toFile()), "ms", 1e-6);
    }
    Path heap = dir.resolve("heap.json");
    if (Files.exists(heap)) {
      table.addLaunches("heap", json.readTree(heap.toFile()), "MB", 1e-6);
    }
    return table;
  }

  /** A round's JMH results: {@code jmh-round-N.json}, or one file per contender {@code jmh-round-N-memory.json}. */
  private static final java.util.regex.Pattern ROUND_FILE =
      java.util.regex.Pattern.compile("jmh-round-(\\d+)(-[a-z]+)?\\.json");

  private static int roundOf(Path file) {
    java.util.regex.Matcher matcher = ROUND_FILE.matcher(file.getFileName().toString());
    return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
  }

  private void addJmhRound(JsonNode results) {
    for (JsonNode result : results) {
      String benchmark = result.get("benchmark").asString();
      String[] parts = benchmark.split("\\.");
      String source = parts[parts.length - 2] + "." + parts[parts.length - 1];
      JsonNode params = result.get("params");
      String contender = params != null && params.has("provider") ? params.get("provider").asString() : PLAIN;
      JsonNode metric = result.get("primaryMetric");
      units.put(source, metric.get("scoreUnit").asString().replace("/op", "").replace("us", "µs"));
      List<Double> values = new ArrayList<>();
      for (JsonNode fork : metric.get("rawData")) {
        for (JsonNode iteration : fork) {
          values.add(iteration.asDouble());
        }
      }
      double[] round = values.stream().mapToDouble(Double::doubleValue).toArray();
      if (stillWarming(round)) {
        stillWarming.add(source + "/" + contender);
      }
      data.computeIfAbsent(source, s -> new LinkedHashMap<>())
          .computeIfAbsent(contender, c -> new ArrayList<>())
          .add(round);
    }
  }

  /**
   * Whether a fork's measured iterations still trend down: the last two take under 70% of the time
   * of the first two. Then its warm-up was too short (on a loaded machine the JIT gets little CPU),
   * and its median overstates its time.
   */
  static boolean stillWarming(double[] iterations) {
    int n = iterations.length;
    if (n < 4) {
      return false;
    }
    double first = (iterations[0] + iterations[1]) / 2;
    double last = (iterations[n - 2] + iterations[n - 1]) / 2;
    return last < 0.7 * first;
  }

  /** Process launches: each launch is its own "round" of one value, so ratios pair launch i with launch i. */
  private void addLaunches(String kind, JsonNode file, String unit, double scale) {
    for (JsonNode run : file.get("runs")) {
      String contender = run.get("provider").asString();
      for (Map.Entry<String, JsonNode> field : run.properties()) {
        if (field.getValue().isNumber() && !field.getKey().equals("entities")) {
          String source = kind + ":" + field.getKey();
          units.put(source, unit);
          data.computeIfAbsent(source, s -> new LinkedHashMap<>())
              .computeIfAbsent(contender, c -> new ArrayList<>())
              .add(new double[] {field.getValue().asDouble() * scale});
        }
      }
    }
  }

  /** The Markdown table with its notes. */
  public String render() {
    StringBuilder out = new StringBuilder();
    List<String> skipped = new ArrayList<>();
    out.append("| workload | memory-jpa | Hibernate + H2 | ratio H2 ÷ memory (range) | target |\n");
    out.append("|---|---:|---:|---:|---|\n");
    for (Row row : ROWS) {
      double[] memory = all(row.source(), MEMORY);
      double[] hibernate = all(row.source(), HIBERNATE);
      if (memory.length == 0 || hibernate.length == 0) {
        skipped.add(row.workload());
        continue;
      }
      double[] ratios = pairedRatios(rounds(row.source(), HIBERNATE), rounds(row.source(), MEMORY));
      double ratio = median(ratios);
      out.append("| ").append(row.workload())
          .append(" | ").append(value(median(memory), row.source())).append(warming(row.source(), MEMORY))
          .append(" | ").append(value(median(hibernate), row.source())).append(warming(row.source(), HIBERNATE))
          .append(" | ").append(ratio(ratio)).append(range(ratios))
          .append(" | ").append(row.target() > 0 ? "≥ " + ratio(row.target()) + (ratio >= row.target() ? " ✓" : " ✗")
              : "")
          .append(" |\n");
    }
    out.append("\n| plain-Java floor (same objects) | plain Java | memory-jpa | memory ÷ floor (range) | target |\n");
    out.append("|---|---:|---:|---:|---|\n");
    for (FloorRow row : FLOOR_ROWS) {
      double[] floor = all(row.floor(), PLAIN);
      if (floor.length == 0) {
        skipped.add(row.workload());
        continue;
      }
      double[] memory = all(row.provider(), MEMORY);
      out.append("| ").append(row.workload()).append(" | ").append(value(median(floor), row.floor()))
          .append(warming(row.floor(), PLAIN)).append(" | ");
      if (memory.length == 0) {
        out.append("not in this run | | |\n");
        continue;
      }
      double[] ratios = pairedRatios(rounds(row.provider(), MEMORY), rounds(row.floor(), PLAIN));
      double ratio = median(ratios);
      out.append(value(median(memory), row.provider())).append(warming(row.provider(), MEMORY))
          .append(" | ").append(ratio(ratio))
          .append(row.floor().equals(row.provider()) ? "" : range(ratios))
          .append(" | ").append(row.target() > 0 ? "≤ " + ratio(row.target()) + (ratio <= row.target() ? " ✓" : " ✗")
              : "")
          .append(" |\n");
    }
    out.append('\n');
    if (!skipped.isEmpty()) {
      out.append("Not in this run: ").append(String.join("; ", skipped)).append(".\n\n");
    }
    out.append(notes());
    return out.toString();
  }

  private String warming(String source, String contender) {
    return stillWarming.contains(source + "/" + contender) ? " †" : "";
  }

  private String notes() {
    StringBuilder out = new StringBuilder();
    if (!stillWarming.isEmpty()) {
      out.append("† still getting faster while measured in at least one round (its last iterations took"
          + " under 70% of its first): the warm-up was too short for this machine's load, so that median"
          + " is too high; rerun with a longer --warmup.\n");
    }
    out.append("Times: medians over every measured iteration of every round, or over every launch. Ratios:"
        + " the median of the ratios within each round (each round's medians) or launch, with their range.\n");
    if (meta == null) {
      return out.toString();
    }
    JsonNode machine = meta.get("machine");
    out.append(String.format(Locale.ROOT, "Machine: %s, %d cores, %d GiB, %s, %s.%n",
        machine.get("cpu").asString(), machine.get("cores").asInt(), machine.get("memoryGiB").asInt(),
        machine.get("java").asString(), machine.get("os").asString()));
    String warmup = meta.has("warmup") ? meta.get("warmup").asString() : meta.path("warmupSeconds").asInt() + " s";
    out.append(String.format(Locale.ROOT, "Run: %d JMH round(s), each a JVM per contender running all its"
        + " benchmarks; warm-up %s, %d s measured per benchmark%s; %.1f minutes in all. Load average (1 min;"
        + " the benchmark itself adds about 1):",
        meta.get("rounds").asInt(), warmup, meta.path("measurementSeconds").asInt(),
        meta.get("quick").asBoolean() ? ", QUICK settings (pipeline check, not a measurement)" : "",
        meta.get("minutes").asDouble()));
    for (JsonNode phase : meta.get("phases")) {
      out.append(String.format(Locale.ROOT, " %s %.0f s, mean %.2f, max %.2f;", phase.get("name").asString(),
          phase.get("seconds").asDouble(), phase.get("loadMean").asDouble(), phase.get("loadMax").asDouble()));
    }
    out.setLength(out.length() - 1);
    out.append(".\n");
    return out.toString();
  }

  private double[] all(String source, String contender) {
    List<double[]> rounds = rounds(source, contender);
    return rounds.stream().flatMapToDouble(Arrays::stream).toArray();
  }

  private List<double[]> rounds(String source, String contender) {
    return data.getOrDefault(source, Map.of()).getOrDefault(contender, List.of());
  }

  /**
   * The ratio numerator ÷ denominator within each round (or launch), paired by index: each round's
   * medians, measured minutes apart at most. Their median is the ratio the table quotes.
   */
  private static double[] pairedRatios(List<double[]> numerators, List<double[]> denominators) {
    int n = Math.min(numerators.size(), denominators.size());
    double[] ratios = new double[n];
    for (int i = 0; i < n; i++) {
      ratios[i] = median(numerators.get(i)) / median(denominators.get(i));
    }
    return ratios;
  }

  /** " (a–b)": the range of the paired ratios, when there are several. */
  private static String range(double[] ratios) {
    if (ratios.length < 2) {
      return "";
    }
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    return " (" + number(sorted[0]) + "–" + number(sorted[sorted.length - 1]) + ")";
  }

  private String value(double value, String source) {
    return number(value) + " " + units.get(source);
  }

  private static String ratio(double ratio) {
    return number(ratio) + "×";
  }

  /** Three significant digits, no exponent. */
  static String number(double value) {
    if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    int digits = Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(value))));
    return String.format(Locale.ROOT, "%,." + Math.min(digits, 6) + "f", value);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
