package io.github.cchc.cli;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierIndicator;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierProfile;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.DossierTable;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.Restatement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code indicators DOSSIERS.csv --org ORG.json --period P}, or {@code indicators --jdbc URL --sql QUERY ...}: the
 * dossier indicators of each unit.
 */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    header = "Chỉ số hồ sơ TTHC. Dossier indicators per unit.",
    description = "Tính các chỉ số hồ sơ TTHC của từng đơn vị trong một kỳ. Computes the procedure-dossier indicators "
        + "(received, finished on time and late, pending overdue, channel and digitisation rates) per unit for a "
        + "period, from a CSV file or from a database query. Rejected rows are listed with their line numbers (for a "
        + "query, their row numbers in the result, from 1) and make the exit code 1.",
    footer = {"", "Periods: 2024, 2024S1, 2024Q1, 2024-03.", "",
      "Password for --jdbc: environment variable " + JdbcSource.PASSWORD_VARIABLE + ".", "", "Example:",
      "  cchc indicators ho-so-2024.csv --org org.json --period 2024Q1 --rollup --format json", "",
      "Example with a database:",
      "  CCHC_JDBC_PASSWORD=... cchc indicators --jdbc jdbc:postgresql://db/motcua --user baocao \\",
      "      --sql \"SELECT * FROM ho_so_2024\" --org org.json --period 2024Q1"})
final class IndicatorsCommand extends StandardCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DOSSIERS.csv",
      description = "The dossiers, one row each, with a header; or give --jdbc and --sql.")
  Path csv;

  @Option(names = "--jdbc", paramLabel = "URL", description = "Read the dossiers from a database: its JDBC URL, such "
      + "as jdbc:postgresql://host/db (PostgreSQL's driver is included). The password comes from the environment "
      + "variable " + JdbcSource.PASSWORD_VARIABLE + ", never from the command line.")
  Optional<String> jdbc = Optional.empty();

  @Option(names = "--sql", paramLabel = "QUERY", description = "With --jdbc: the query giving one row per dossier, "
      + "its columns named as the CSV header's (English or Vietnamese) or by AS.")
  Optional<String> sql = Optional.empty();

  @Option(names = "--user", paramLabel = "U", description = "With --jdbc: the database user.")
  Optional<String> user = Optional.empty();

  @Mixin
  OrgOption org = new OrgOption();

  @Option(names = "--period", required = true, paramLabel = "P", description = "The period: 2024, 2024S1, 2024Q1 or "
      + "2024-03.")
  ReportPeriod period;

  @Option(names = "--rollup", description = "Also show every ancestor unit, its figures summed from those below it.")
  boolean rollup;

  @Option(names = "--profile", paramLabel = "766",
      description = "766: count a dossier with more than one supplement request as late (Decision 766/QĐ-TTg).")
  Optional<String> profile = Optional.empty();

  @Option(names = "--strict", description = "Reject the whole file at its first bad row.")
  boolean strict;

  @Option(names = "--restate-as-of", paramLabel = "DATE",
      description = "Restate each unit's figures onto the units active on DATE (yyyy-MM-dd), following the org "
          + "file's successor links and shares; each unit lists the units carried into it (JSON: carriedFrom).")
  Optional<LocalDate> restateAsOf = Optional.empty();

  private DossierLoad load(OrgDirectory directory) {
    if (jdbc.isEmpty()) {
      if (csv == null) {
        throw usage("thiếu tệp hồ sơ DOSSIERS.csv hoặc --jdbc URL", "missing the dossier file DOSSIERS.csv or --jdbc URL");
      }
      if (sql.isPresent() || user.isPresent()) {
        throw usage("--sql và --user chỉ dùng cùng --jdbc", "--sql and --user go with --jdbc only");
      }
      return DossierInput.read(csv, directory, strict, encoding.encoding, err(), lang());
    }
    if (csv != null) {
      throw usage("chỉ một nguồn hồ sơ: tệp " + csv + " hoặc --jdbc", "one dossier source only: the file " + csv
          + " or --jdbc");
    }
    if (sql.isEmpty()) {
      throw usage("--jdbc cần --sql QUERY", "--jdbc needs --sql QUERY");
    }
    JdbcSource database = new JdbcSource(jdbc.get(), user.orElse(null), System.getenv(JdbcSource.PASSWORD_VARIABLE));
    return DossierInput.readJdbc(database, sql.get(), directory, strict, err(), lang());
  }

  private ParameterException usage(String vi, String en) {
    return new ParameterException(spec.commandLine(), lang().pick(vi, en));
  }

  @Mixin
  EncodingOption encoding = new EncodingOption();

  @Override
  public Integer call() {
    OrgDirectory directory = org.directory();
    DossierProfile dossierProfile = profile.map(this::profileOf).orElse(DossierProfile.STANDARD);
    DossierLoad load = load(directory);
    DossierTable table = load.table();
    DossierQuery query = DossierQuery.of(period).withProfile(dossierProfile);
    DossierCounts counts = table.aggregate(query, Math.max(1, Runtime.getRuntime().availableProcessors()));
    if (restateAsOf.isPresent()) {
      Restatement restated = counts.toObservations().restatedAsOf(directory, restateAsOf.get());
      if (rollup) {
        restated = restated.rolledUp(directory);
      }
      printRestated(load, restated, directory);
      return load.isClean() ? ExitCodes.OK : ExitCodes.RULE_BROKEN;
    }
    if (rollup) {
      counts = counts.rolledUp();
    }
    List<String> units = unitsShown(table, directory);
    boolean clean = load.isClean();
    if (json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("period", period.toString());
      json.put("profile", dossierProfile.name());
      json.put("rowsRead", load.rowsRead());
      json.put("rowsRejected", load.rowsRejected());
      json.put("ignoredColumns", load.ignoredColumns());
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String unit : units) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", unit);
        row.put("name", Views.nameOf(unit, directory));
        Map<String, Object> values = new LinkedHashMap<>();
        for (DossierIndicator indicator : DossierIndicator.values()) {
          values.put(indicator.id(), jsonValue(counts.value(indicator, unit, period)));
        }
        row.put("indicators", values);
        rows.add(row);
      }
      json.put("units", rows);
      json.put("rejected", rejected(load));
      printJson(json);
    } else {
      printText(load, counts, units, directory);
    }
    return clean ? ExitCodes.OK : ExitCodes.RULE_BROKEN;
  }

  private static List<Map<String, Object>> rejected(DossierLoad load) {
    return load.rejections().stream().map(r -> {
      Map<String, Object> rejection = new LinkedHashMap<>();
      rejection.put("reason", r.reason().name());
      rejection.put("ruleId", r.reason().ruleId());
      rejection.put("rows", r.rows());
      rejection.put("lines", r.firstLines());
      rejection.put("detail", r.detail());
      return rejection;
    }).toList();
  }

  /** The figures restated onto the units of a date, each with the old units carried into it. */
  private void printRestated(DossierLoad load, Restatement restated, OrgDirectory directory) {
    Set<String> withFigures = new LinkedHashSet<>();
    restated.figures().forEach(f -> withFigures.add(f.unitId()));
    List<String> units = directory.units().stream().map(OrgUnit::id).filter(withFigures::contains).toList();
    if (json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("period", period.toString());
      json.put("restatedAsOf", restated.date().toString());
      json.put("rowsRead", load.rowsRead());
      json.put("rowsRejected", load.rowsRejected());
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String unit : units) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", unit);
        row.put("name", Views.nameOf(unit, directory));
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, BigDecimal> from = new java.util.TreeMap<>();
        for (DossierIndicator indicator : DossierIndicator.values()) {
          Optional<Restatement.Figure> figure = restated.figure(indicator.indicator().code(), unit, period);
          values.put(indicator.id(), figure.map(IndicatorsCommand::jsonValue).orElse(null));
          figure.ifPresent(f -> f.carriedFrom().forEach((id, share) -> from.merge(id, share, BigDecimal::max)));
        }
        row.put("indicators", values);
        row.put("carriedFrom", from.entrySet().stream().map(e -> {
          Map<String, Object> source = new LinkedHashMap<>();
          source.put("unit", e.getKey());
          source.put("name", Views.nameOf(e.getKey(), directory));
          source.put("share", e.getValue());
          return source;
        }).toList());
        rows.add(row);
      }
      json.put("units", rows);
      json.put("rejected", rejected(load));
      json.put("findings", restated.findings().stream().map(f -> {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("ruleId", f.ruleId());
        finding.put("message", lang() == Lang.VI ? f.messageVi() : f.messageEn());
        return finding;
      }).toList());
      printJson(json);
      return;
    }
    out().println(csv + ": " + load.rowsRead() + t(" dòng, kỳ ", " rows, period ") + period
        + t(", quy về đơn vị ngày ", ", restated onto the units of ") + restated.date());
    out().println(t("  Đơn vị                              Tiếp nhận  Giải quyết  Đúng hạn  Trễ hạn  Quá hạn  Tỷ lệ đúng hạn",
        "  Unit                                 Received    Finished   On time     Late  Overdue  On-time rate"));
    for (String unit : units) {
      String label = Views.label(unit, directory);
      out().println(String.format("  %-36s %9s %11s %9s %8s %8s  %s", truncate(label, 36),
          number(restated, DossierIndicator.RECEIVED, unit), number(restated, DossierIndicator.FINISHED, unit),
          number(restated, DossierIndicator.FINISHED_ON_TIME, unit),
          number(restated, DossierIndicator.FINISHED_LATE, unit),
          number(restated, DossierIndicator.PENDING_OVERDUE, unit),
          restated.figure(DossierIndicator.ON_TIME_RATE.indicator().code(), unit, period)
              .flatMap(f -> f.share(2, RoundingMode.HALF_UP)).map(this::formatPercent).orElse("-")));
      Map<String, BigDecimal> from = new java.util.TreeMap<>();
      for (DossierIndicator indicator : DossierIndicator.values()) {
        restated.figure(indicator.indicator().code(), unit, period)
            .ifPresent(f -> f.carriedFrom().forEach((id, share) -> from.merge(id, share, BigDecimal::max)));
      }
      if (!from.keySet().equals(Set.of(unit))) {
        out().println("    " + t("chuyển từ: ", "carried from: ") + String.join(", ", from.entrySet().stream()
            .map(e -> Views.label(e.getKey(), directory) + " × " + decimal(e.getValue())).toList()));
      }
    }
    for (Finding f : load.findings()) {
      out().println("  " + Views.findingLine(f, lang()));
    }
    for (Finding f : restated.findings()) {
      out().println("  " + Views.findingLine(f, lang()));
    }
  }

  /** A restated count, exact: a split share can leave decimals, shown as they are. */
  private String number(Restatement restated, DossierIndicator indicator, String unit) {
    return restated.figure(indicator.indicator().code(), unit, period).map(f -> decimal(f.first())).orElse("0");
  }

  private String decimal(BigDecimal value) {
    String text = value.toPlainString();
    return lang() == Lang.VI ? text.replace('.', ',') : text;
  }

  /** A restated figure with its exact parts: a count as a number, a rate as its parts and percentage. */
  static Object jsonValue(Restatement.Figure figure) {
    if (figure.kind() == IndicatorValue.Kind.COUNT) {
      return figure.first();
    }
    Map<String, Object> ratio = new LinkedHashMap<>();
    ratio.put("numerator", figure.first());
    ratio.put("denominator", figure.second());
    ratio.put("percent", figure.share(2, RoundingMode.HALF_UP).orElse(null));
    return ratio;
  }

  private DossierProfile profileOf(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "766" -> DossierProfile.PROFILE_766;
      case "standard" -> DossierProfile.STANDARD;
      default -> throw new ParameterException(spec.commandLine(),
          "--profile: expected 766 or standard, got '" + text + "'");
    };
  }

  /** The units that have dossiers, and with {@code --rollup} all their ancestors, in directory order. */
  private List<String> unitsShown(DossierTable table, OrgDirectory directory) {
    Set<String> shown = new LinkedHashSet<>();
    for (OrgUnit unit : directory.units()) {
      if (table.sizeOf(unit.id()) > 0) {
        shown.add(unit.id());
        if (rollup) {
          directory.ancestors(unit.id()).forEach(a -> shown.add(a.id()));
        }
      }
    }
    return directory.units().stream().map(OrgUnit::id).filter(shown::contains).toList();
  }

  /** A count as a number; a rate as its numerator, denominator and percentage. */
  static Object jsonValue(IndicatorValue value) {
    if (value.kind() == IndicatorValue.Kind.COUNT) {
      return value.numerator();
    }
    Map<String, Object> ratio = new LinkedHashMap<>();
    ratio.put("numerator", value.numerator());
    ratio.put("denominator", value.denominator().isPresent() ? value.denominator().getAsLong() : null);
    ratio.put("percent", value.share(2, RoundingMode.HALF_UP).orElse(null));
    return ratio;
  }

  private void printText(DossierLoad load, DossierCounts counts, List<String> units, OrgDirectory directory) {
    out().println(csv + ": " + load.rowsRead() + t(" dòng, kỳ ", " rows, period ") + period);
    out().println(t("  Đơn vị                              Tiếp nhận  Giải quyết  Đúng hạn  Trễ hạn  Quá hạn  Tỷ lệ đúng hạn",
        "  Unit                                 Received    Finished   On time     Late  Overdue  On-time rate"));
    for (String unit : units) {
      String label = Views.label(unit, directory);
      out().println(String.format("  %-36s %9d %11d %9d %8d %8d  %s", truncate(label, 36),
          counts.value(DossierIndicator.RECEIVED, unit, period).numerator(),
          counts.value(DossierIndicator.FINISHED, unit, period).numerator(),
          counts.value(DossierIndicator.FINISHED_ON_TIME, unit, period).numerator(),
          counts.value(DossierIndicator.FINISHED_LATE, unit, period).numerator(),
          counts.value(DossierIndicator.PENDING_OVERDUE, unit, period).numerator(),
          percent(counts.value(DossierIndicator.ON_TIME_RATE, unit, period))));
    }
    for (Finding f : load.findings()) {
      out().println("  " + Views.findingLine(f, lang()));
    }
  }

  private String percent(IndicatorValue value) {
    return value.share(2, RoundingMode.HALF_UP).map(this::formatPercent).orElse("-");
  }

  String formatPercent(BigDecimal percent) {
    String text = percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    return lang() == Lang.VI ? text.replace('.', ',') : text;
  }

  private static String truncate(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
