package org.memoryjpa.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table from hand-written result files: medians, ratios, ranges over rounds, targets, rows not run. */
class ResultTableTest {

  @TempDir Path dir;

  @Test
  void render_twoRoundsColdAndHeap_printsMediansRatiosAndTargets() throws IOException {
    Files.writeString(dir.resolve("jmh-round-1.json"), """
        [%s, %s, %s]
        """.formatted(
            jmh("FindBenchmark.findById", "memory", "us/op", "[[2.0, 4.0, 3.0]]"),
            jmh("FindBenchmark.findById", "hibernate", "us/op", "[[30.0, 30.0, 36.0]]"),
            jmh("PlainJavaFloorBenchmark.findById", null, "us/op", "[[1.0, 1.0, 1.0]]")));
    // from round 2 on, as the suite writes them: a file per contender
    Files.writeString(dir.resolve("jmh-round-2-hibernate.json"), """
        [%s]
        """.formatted(jmh("FindBenchmark.findById", "hibernate", "us/op", "[[24.0, 24.0, 24.0]]")));
    Files.writeString(dir.resolve("jmh-round-2-memory.json"), """
        [%s, %s]
        """.formatted(
            jmh("FindBenchmark.findById", "memory", "us/op", "[[3.0, 3.0, 3.0]]"),
            jmh("QueryBenchmark.broadJpqlTopFifty", "memory", "us/op", "[[500.0, 500.0, 500.0]]")));
    Files.writeString(dir.resolve("jmh-round-2-plain.json"), """
        [%s]
        """.formatted(jmh("PlainJavaFloorBenchmark.filterTopFifty", null, "us/op", "[[250.0, 250.0, 250.0]]")));
    Files.writeString(dir.resolve("cold.json"), """
        {"runs": [
          {"provider": "memory", "processNanos": 500000000, "bootstrapNanos": 100000000, "firstWorkNanos": 1},
          {"provider": "hibernate", "processNanos": 4000000000, "bootstrapNanos": 3000000000, "firstWorkNanos": 1}
        ]}
        """);
    Files.writeString(dir.resolve("heap.json"), """
        {"runs": [
          {"provider": "plain", "retainedBytes": 20000000, "entities": 100000},
          {"provider": "memory", "retainedBytes": 40000000, "entities": 100000},
          {"provider": "hibernate", "retainedBytes": 30000000, "entities": 100000}
        ]}
        """);

    String table = ResultTable.read(dir).render();

    assertThat(table)
        .contains("| 3. find by id, fresh EntityManager, 100,000 stored | 3.00 µs | 27.0 µs | 9.00× (8.00–10.0) | ≥ 10.0× ✗ |")
        .contains("| 1. first EMF bootstrap in a fresh JVM | 100 ms | 3,000 ms | 30.0× | ≥ 10.0× ✓ |")
        .contains("| 7. heap retained by 100,000 customers | 40.0 MB | 30.0 MB | 0.750× | ≥ 1.00× ✗ |")
        .contains("| 8. find by id: HashMap.get + one copy | 1.00 µs | 3.00 µs | 3.00× | ≤ 3.00× ✓ |")
        .contains("| 8. filter loop: tier = GOLD, newest 50, copied | 250 µs | 500 µs | 2.00× |  |")
        .contains("Not in this run: 1. EMF bootstrap + close, warm JVM; 2. persist")
        .contains("5a. selective JPQL (unique e-mail); 5b. broad JPQL");
  }

  @Test
  void stillWarming_lastIterationsFarFaster_isFlagged() {
    assertThat(ResultTable.stillWarming(new double[] {380, 315, 194, 100, 33})).isTrue();
    assertThat(ResultTable.stillWarming(new double[] {15, 16, 14, 13.7, 13})).isFalse();
    assertThat(ResultTable.stillWarming(new double[] {15, 16, 14})).isFalse();
  }

  private static String jmh(String benchmark, String provider, String unit, String rawData) {
    return """
        {"benchmark": "org.memoryjpa.benchmarks.%s", "mode": "avgt", "params": {%s},
         "primaryMetric": {"score": 0, "scoreUnit": "%s", "rawData": %s}}
        """.formatted(benchmark, provider == null ? "" : "\"provider\": \"" + provider + "\"", unit, rawData);
  }
}
