package io.github.cchc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one run, written as {@code bench-results.json} and {@code bench-results.md}. Ratios are computed
 * from figures of this run only.
 */
final class BenchReport {

  /** A derived figure and, where the project set one, its goal. */
  record Ratio(String name, double value, String unit, Optional<String> goal, Optional<Boolean> met) {}

  /** A memory figure. */
  record Memory(String holder, long dossiers, long bytes) {
    double bytesPerDossier() {
      return (double) bytes / dossiers;
    }
  }

  private final Map<String, String> machine;
  private final Map<String, String> settings = new LinkedHashMap<>();
  private final List<String> crossChecks = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<Memory> memory = new ArrayList<>();
  private final List<Ratio> ratios = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  BenchReport(Map<String, String> machine) {
    this.machine = new LinkedHashMap<>(machine);
  }

  void setting(String name, Object value) {
    settings.put(name, String.valueOf(value));
  }

  void machine(String name, String value) {
    machine.put(name, value);
  }

  void crossCheck(String line) {
    crossChecks.add(line);
  }

  void figure(Figure f) {
    figures.add(f);
  }

  void memory(Memory m) {
    memory.add(m);
  }

  void note(String text) {
    notes.add(text);
  }

  List<Figure> figures() {
    return figures;
  }

  List<Memory> memoryFigures() {
    return memory;
  }

  Optional<Figure> find(String benchmark, String engine, int threads, long items) {
    return figures.stream()
        .filter(f -> f.benchmark().equals(benchmark) && f.engine().equals(engine) && f.threads() == threads
            && (items < 0 || f.items() == items))
        .findFirst();
  }

  /** Adds the ratio of two rates, if both were measured. */
  void rateRatio(String name, Optional<Figure> numerator, Optional<Figure> denominator, Double goalAtLeast) {
    if (numerator.isPresent() && denominator.isPresent()) {
      double v = numerator.get().perSecond() / denominator.get().perSecond();
      ratios.add(new Ratio(name, v, "×", Optional.ofNullable(goalAtLeast).map(g -> "≥ " + format(g) + "×"),
          Optional.ofNullable(goalAtLeast).map(g -> v >= g)));
    }
  }

  void ratio(Ratio r) {
    ratios.add(r);
  }

  List<Ratio> ratios() {
    return ratios;
  }

  /**
   * Writes both files into a directory.
   *
   * @param dir the directory, created if missing
   * @throws IOException if a file cannot be written
   */
  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("bench-results.json"), json(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("bench-results.md"), markdown(), StandardCharsets.UTF_8);
  }

  String markdown() {
    StringBuilder s = new StringBuilder("# Benchmark results\n\n");
    s.append("| machine | |\n|---|---|\n");
    machine.forEach((k, v) -> s.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    settings.forEach((k, v) -> s.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    s.append("\n## Cross-check (before any timing)\n\n");
    crossChecks.forEach(c -> s.append("- ").append(c).append('\n'));
    s.append("\n## Times\n\nMean of the measured iterations with its 99.9% error; the best iteration beside it.\n\n")
        .append("| benchmark | engine | threads | items | ms/op | ± | best ms | items/s | items/s per thread |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Figure f : figures) {
      boolean rated = f.items() > 1;
      s.append("| ").append(f.benchmark()).append(" | ").append(f.engine()).append(" | ").append(f.threads())
          .append(" | ").append(rated ? String.format(Locale.ROOT, "%,d", f.items()) : "").append(" | ")
          .append(format(f.msPerOp())).append(" | ").append(format(f.msError())).append(" | ")
          .append(format(f.msBest())).append(" | ")
          .append(rated ? rate(f.perSecond()) : "").append(" | ")
          .append(rated ? rate(f.perSecondPerThread()) : "").append(" |\n");
    }
    if (!memory.isEmpty()) {
      s.append("\n## Memory (B4)\n\n| held by | dossiers | bytes | bytes per dossier |\n|---|---:|---:|---:|\n");
      for (Memory m : memory) {
        s.append("| ").append(m.holder()).append(" | ").append(String.format(Locale.ROOT, "%,d", m.dossiers()))
            .append(" | ").append(String.format(Locale.ROOT, "%,d", m.bytes())).append(" | ")
            .append(format(m.bytesPerDossier())).append(" |\n");
      }
    }
    s.append("\n## Ratios and goals\n\n| figure | value | goal | met |\n|---|---:|---|---|\n");
    for (Ratio r : ratios) {
      s.append("| ").append(r.name()).append(" | ").append(format(r.value())).append(' ').append(r.unit())
          .append(" | ").append(r.goal().orElse("")).append(" | ")
          .append(r.met().map(m -> m ? "yes" : "no").orElse("")).append(" |\n");
    }
    if (!notes.isEmpty()) {
      s.append("\n## Notes\n\n");
      notes.forEach(n -> s.append("- ").append(n).append('\n'));
    }
    return s.toString();
  }

  String json() {
    StringBuilder s = new StringBuilder("{\n");
    s.append("  \"machine\": ").append(object(machine)).append(",\n");
    s.append("  \"settings\": ").append(object(settings)).append(",\n");
    s.append("  \"crossChecks\": [");
    for (int i = 0; i < crossChecks.size(); i++) {
      s.append(i == 0 ? "\n    " : ",\n    ").append(quote(crossChecks.get(i)));
    }
    s.append("\n  ],\n  \"figures\": [");
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      s.append(i == 0 ? "\n    " : ",\n    ")
          .append(String.format(Locale.ROOT, "{\"benchmark\": %s, \"engine\": %s, \"threads\": %d, \"items\": %d, "
                  + "\"msPerOp\": %.3f, \"msError\": %.3f, \"msBest\": %.3f, \"perSecond\": %.0f, "
                  + "\"perSecondPerThread\": %.0f}",
              quote(f.benchmark()), quote(f.engine()), f.threads(), f.items(), f.msPerOp(), f.msError(), f.msBest(),
              f.perSecond(), f.perSecondPerThread()));
    }
    s.append("\n  ],\n  \"memory\": [");
    for (int i = 0; i < memory.size(); i++) {
      Memory m = memory.get(i);
      s.append(i == 0 ? "\n    " : ",\n    ")
          .append(String.format(Locale.ROOT, "{\"holder\": %s, \"dossiers\": %d, \"bytes\": %d, "
              + "\"bytesPerDossier\": %.2f}", quote(m.holder()), m.dossiers(), m.bytes(), m.bytesPerDossier()));
    }
    s.append("\n  ],\n  \"ratios\": [");
    for (int i = 0; i < ratios.size(); i++) {
      Ratio r = ratios.get(i);
      s.append(i == 0 ? "\n    " : ",\n    ")
          .append(String.format(Locale.ROOT, "{\"name\": %s, \"value\": %.3f, \"unit\": %s, \"goal\": %s, \"met\": %s}",
              quote(r.name()), r.value(), quote(r.unit()), r.goal().map(BenchReport::quote).orElse("null"),
              r.met().map(String::valueOf).orElse("null")));
    }
    s.append("\n  ],\n  \"notes\": [");
    for (int i = 0; i < notes.size(); i++) {
      s.append(i == 0 ? "\n    " : ",\n    ").append(quote(notes.get(i)));
    }
    return s.append("\n  ]\n}\n").toString();
  }

  private static String object(Map<String, String> map) {
    StringBuilder s = new StringBuilder("{");
    int i = 0;
    for (Map.Entry<String, String> e : map.entrySet()) {
      s.append(i++ == 0 ? "" : ", ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
    }
    return s.append('}').toString();
  }

  static String quote(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }

  static String format(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, v >= 10 ? "%.1f" : "%.2f", v);
  }

  static String rate(double perSecond) {
    return perSecond >= 1e6 ? String.format(Locale.ROOT, "%.1f M/s", perSecond / 1e6)
        : String.format(Locale.ROOT, "%.0f k/s", perSecond / 1e3);
  }
}
