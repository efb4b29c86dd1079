package io.github.cchc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  private static BenchReport report() {
    BenchReport r = new BenchReport(Map.of("cpu", "a \"quoted\" model"));
    r.figure(new Figure("B1", "engine", 1, 10_000_000, 50.0, 2.0, 48.0));
    r.figure(new Figure("B1", "duckdb", 1, 10_000_000, 500.0, 20.0, 450.0));
    r.rateRatio("engine ÷ duckdb", r.find("B1", "engine", 1, 10_000_000), r.find("B1", "duckdb", 1, 10_000_000), 5.0);
    return r;
  }

  @Test
  void ratiosComeFromTheRatesOfTheSameRun() {
    BenchReport.Ratio ratio = report().ratios().get(0);
    assertEquals(10.0, ratio.value(), 1e-9);
    assertEquals(Optional.of(true), ratio.met());
  }

  @Test
  void aMissingFigureGivesNoRatio() {
    BenchReport r = report();
    r.rateRatio("absent", r.find("B1", "streams", 1, 10_000_000), r.find("B1", "duckdb", 1, 10_000_000), 30.0);
    assertEquals(1, r.ratios().size());
  }

  @Test
  void jsonEscapesTextAndMarkdownShowsRates() {
    BenchReport r = report();
    assertTrue(r.json().contains("\"cpu\": \"a \\\"quoted\\\" model\""), r.json());
    assertTrue(r.json().contains("\"perSecond\": 200000000"), r.json());
    assertTrue(r.markdown().contains("| B1 | engine | 1 | 10,000,000 | 50.0 | 2.00 | 48.0 | 200.0 M/s |"),
        r.markdown());
    assertTrue(r.markdown().contains("| engine ÷ duckdb | 10.0 × | ≥ 5.00× | yes |"), r.markdown());
  }
}
