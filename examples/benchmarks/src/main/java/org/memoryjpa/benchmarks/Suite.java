package org.memoryjpa.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one command behind the README: runs every workload on both providers and prints the table.
 *
 * <ol>
 *   <li>cold start: {@link ColdStart} launched {@code --cold} times per provider, interleaved with a
 *       bare JVM, after one untimed launch each to warm the OS file cache;
 *   <li>heap: {@link HeapFootprint} launched {@code --heap} times per provider and once for plain Java;
 *   <li>JMH: {@code --rounds} rounds; a round runs every benchmark of a contender in one JVM of its own
 *       ({@link ProviderRound}): memory-jpa, Hibernate and the plain-Java floor, the two providers'
 *       order alternating from round to round so that neither always runs on the later, maybe busier,
 *       minutes; repeating rounds gives the medians;
 *   <li>the table ({@link ResultTable}) from the JSON files in {@code --out}, also written to
 *       {@code results.md} there.
 * </ol>
 *
 * <p>Options: {@code --rounds N} (2), {@code --cold N} (6), {@code --heap N} (1: the figure is the
 * same to the byte from launch to launch), {@code --include REGEX} (JMH benchmarks, default all),
 * {@code --no-cold}, {@code --no-heap}, {@code --no-jmh}, {@code --out DIR} ({@code
 * target/benchmarks}), {@code --warmup SECONDS} (warm-up per fork for every benchmark instead of
 * {@link Timing}'s, for a loaded machine where the JIT gets little CPU), {@code --quick} (seconds
 * instead of minutes, small data: checks the pipeline, not the providers).
 */
public final class Suite {

  static final String BENCHMARKS = "org\\.memoryjpa\\.benchmarks\\.[A-Za-z]+Benchmark\\.";

  /** The contender name of the plain-Java floor. */
  static final String PLAIN = "plain";

  private final Path out;
  private final int rounds;
  private final int coldLaunches;
  private final int heapLaunches;
  private final String include;
  private final boolean quick;
  private final int warmupSeconds;
  private final boolean cold;
  private final boolean heap;
  private final boolean jmh;
  private final Map<String, Object> meta = new LinkedHashMap<>();
  private final ObjectMapper json = JsonMapper.builder().build();

  private Suite(Map<String, String> options) {
    out = Path.of(options.getOrDefault("out", "target/benchmarks"));
    quick = options.containsKey("quick");
    warmupSeconds = Integer.parseInt(options.getOrDefault("warmup", "0"));
    rounds = Integer.parseInt(options.getOrDefault("rounds", quick ? "1" : "2"));
    coldLaunches = Integer.parseInt(options.getOrDefault("cold", quick ? "1" : "6"));
    heapLaunches = Integer.parseInt(options.getOrDefault("heap", "1"));
    include = options.getOrDefault("include", BENCHMARKS);
    cold = !options.containsKey("no-cold");
    heap = !options.containsKey("no-heap");
    jmh = !options.containsKey("no-jmh");
  }

  public static void main(String[] args) throws Exception {
    Suite suite = new Suite(parse(args));
    suite.run();
  }

  private void run() throws IOException, InterruptedException {
    Files.createDirectories(out);
    Instant started = Instant.now();
    meta.put("machine", Machine.describe());
    meta.put("quick", quick);
    meta.put("rounds", rounds);
    meta.put("warmup", warmupSeconds > 0 ? warmupSeconds + " s for every benchmark"
        : String.format("Hibernate %d–%d s, memory-jpa %d s, floor %d s",
            Timing.WARMUP_ITERATIONS * Timing.ITERATION_SECONDS,
            Timing.COLD_PATH_WARMUP_ITERATIONS * Timing.ITERATION_SECONDS,
            Timing.MEMORY_WARMUP_ITERATIONS * Timing.ITERATION_SECONDS,
            Timing.FLOOR_WARMUP_ITERATIONS * Timing.ITERATION_SECONDS));
    meta.put("measurementSeconds", Timing.MEASUREMENT_ITERATIONS * Timing.ITERATION_SECONDS);
    meta.put("phases", new ArrayList<Map<String, Object>>());
    if (cold) {
      phase("cold start", this::runColdStarts);
    }
    if (heap) {
      phase("heap", this::runHeap);
    }
    if (jmh) {
      for (int round = 1; round <= rounds; round++) {
        int r = round;
        phase("JMH round " + round, () -> runJmhRound(r));
      }
    }
    meta.put("minutes", Duration.between(started, Instant.now()).toSeconds() / 60.0);
    json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("meta.json").toFile(), meta);
    String table = ResultTable.read(out).render();
    Files.writeString(out.resolve("results.md"), table);
    System.out.println();
    System.out.println(table);
  }

  private void runColdStarts() throws IOException, InterruptedException {
    List<Map<String, Object>> runs = new ArrayList<>();
    String[] contenders = {"none", Provider.MEMORY.param(), Provider.HIBERNATE.param()};
    for (String contender : contenders) {
      launch(ColdStart.class, List.of(), contender); // untimed: warms the OS file cache
    }
    for (int i = 0; i < coldLaunches; i++) {
      for (String contender : contenders) {
        long start = System.nanoTime();
        Map<String, String> values = launch(ColdStart.class, List.of(), contender);
        long process = System.nanoTime() - start;
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("provider", contender);
        run.put("processNanos", process);
        run.put("bootstrapNanos", Long.parseLong(values.get("bootstrapNanos")));
        run.put("firstWorkNanos", Long.parseLong(values.get("firstWorkNanos")));
        runs.add(run);
        System.out.printf("cold start %-9s process %6.0f ms, bootstrap %6.0f ms%n", contender, process / 1e6,
            Long.parseLong(values.get("bootstrapNanos")) / 1e6);
      }
    }
    json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("cold.json").toFile(), Map.of("runs", runs));
  }

  private void runHeap() throws IOException, InterruptedException {
    List<Map<String, Object>> runs = new ArrayList<>();
    int count = quick ? 10_000 : Dataset.STORED_CUSTOMERS;
    List<String> contenders = new ArrayList<>();
    contenders.add("plain");
    for (int i = 0; i < heapLaunches; i++) {
      contenders.add(Provider.MEMORY.param());
      contenders.add(Provider.HIBERNATE.param());
    }
    for (String contender : contenders) {
      Map<String, String> values = launch(
          HeapFootprint.class, List.of("-XX:+UseSerialGC", "-Xmx2g"), contender, Integer.toString(count));
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("provider", contender);
      run.put("retainedBytes", Long.parseLong(values.get("retainedBytes")));
      run.put("entities", Integer.parseInt(values.get("entities")));
      runs.add(run);
      System.out.printf("heap %-9s %7.1f MB for %d customers%n", contender,
          Long.parseLong(values.get("retainedBytes")) / 1e6, count);
    }
    json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("heap.json").toFile(), Map.of("runs", runs));
  }

  /**
   * One round: a JVM per contender running all its benchmarks (see {@link ProviderRound}); memory-jpa
   * first in odd rounds, Hibernate first in even ones; the floor last.
   */
  private void runJmhRound(int round) throws IOException, InterruptedException {
    List<String> contenders = new ArrayList<>(List.of(Provider.MEMORY.param(), Provider.HIBERNATE.param()));
    if (round % 2 == 0) {
      Collections.reverse(contenders);
    }
    for (String contender : contenders) {
      runContender(round, contender, include);
    }
    String floor = "org.memoryjpa.benchmarks." + PlainJavaFloorBenchmark.class.getSimpleName() + ".";
    if (java.util.regex.Pattern.compile(include).matcher(floor + "findById").find()
        || java.util.regex.Pattern.compile(include).matcher(floor + "filterTopFifty").find()) {
      runContender(round, PLAIN, include);
    }
  }

  private void runContender(int round, String contender, String regex) throws IOException, InterruptedException {
    String result = out.resolve("jmh-round-" + round + "-" + contender + ".json").toString();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(Timing.HEAP_MIN, Timing.HEAP_MAX, "-cp", System.getProperty("java.class.path"),
        ProviderRound.class.getName(), result, regex, contender, Integer.toString(warmupSeconds),
        quick ? "quick" : "full"));
    System.out.printf("%n--- round %d: %s ---%n", round, contender);
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("The JMH run of " + contender + " in round " + round + " failed (exit "
          + process.exitValue() + ")");
    }
  }

  /** Runs a main class in a fresh JVM on this class path; returns the key=value pairs of its result line. */
  private static Map<String, String> launch(Class<?> main, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    }
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(main.getSimpleName() + " " + String.join(" ", args) + " failed:\n"
          + String.join("\n", lines));
    }
    for (String line : lines) {
      if (line.startsWith(ColdStart.RESULT) || line.startsWith(HeapFootprint.RESULT)) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(line.indexOf(' ') + 1).trim().split(" ")) {
          values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return values;
      }
    }
    throw new IllegalStateException(main.getSimpleName() + " printed no result:\n" + String.join("\n", lines));
  }

  /**
   * Runs one phase, noting its duration and the machine's 1-minute load average, sampled every 5 s
   * (the suite's own benchmark process accounts for about 1 of it).
   */
  @SuppressWarnings("unchecked")
  private void phase(String name, Step step) throws IOException, InterruptedException {
    System.out.printf("%n=== %s (load average %.2f) ===%n", name, loadAverage());
    List<Double> samples = Collections.synchronizedList(new ArrayList<>());
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "load-sampler");
      thread.setDaemon(true);
      return thread;
    });
    sampler.scheduleAtFixedRate(() -> samples.add(loadAverage()), 0, 5, TimeUnit.SECONDS);
    long start = System.nanoTime();
    try {
      step.run();
    } finally {
      sampler.shutdownNow();
    }
    Map<String, Object> phase = new LinkedHashMap<>();
    phase.put("name", name);
    phase.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
    synchronized (samples) {
      phase.put("loadMean", Math.round(samples.stream().mapToDouble(Double::doubleValue).average().orElse(-1) * 100) / 100.0);
      phase.put("loadMax", samples.stream().mapToDouble(Double::doubleValue).max().orElse(-1));
    }
    ((List<Map<String, Object>>) meta.get("phases")).add(phase);
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'; options start with --");
      }
      String name = args[i].substring(2);
      boolean flag = name.equals("quick") || name.startsWith("no-");
      if (flag) {
        options.put(name, "true");
      } else if (i + 1 < args.length) {
        options.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("Option '--" + name + "' needs a value");
      }
    }
    return options;
  }

  /** One phase of the run. */
  @FunctionalInterface
  private interface Step {
    void run() throws IOException, InterruptedException;
  }

  /** What the numbers were measured on. */
  static final class Machine {
    private Machine() {}

    static Map<String, Object> describe() {
      Map<String, Object> machine = new LinkedHashMap<>();
      machine.put("cpu", cpuModel());
      machine.put("cores", Runtime.getRuntime().availableProcessors());
      machine.put("memoryGiB", physicalMemoryGiB());
      machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
      machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
      return machine;
    }

    private static String cpuModel() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).trim();
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // not Linux: the architecture will do
      }
      return System.getProperty("os.arch");
    }

    private static long physicalMemoryGiB() {
      if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
        return Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
      }
      return -1;
    }
  }
}
