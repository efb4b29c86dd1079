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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
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

/** {@code indicators DOSSIERS.csv --org ORG.json --period P}: the dossier indicators of each unit. */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    header = "Chỉ số hồ sơ TTHC. Dossier indicators per unit.",
    description = "Tính các chỉ số hồ sơ TTHC của từng đơn vị trong một kỳ. Computes the procedure-dossier indicators "
        + "(received, finished on time and late, pending overdue, channel and digitisation rates) per unit for a "
        + "period. Rejected rows are listed with their line numbers and make the exit code 1.",
    footer = {"", "Periods: 2024, 2024S1, 2024Q1, 2024-03.", "", "Example:",
      "  cchc indicators ho-so-2024.csv --org org.json --period 2024Q1 --rollup --format json"})
final class IndicatorsCommand extends StandardCommand {

  @Parameters(index = "0", paramLabel = "DOSSIERS.csv", description = "The dossiers, one row each, with a header.")
  Path csv;

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

  @Mixin
  EncodingOption encoding = new EncodingOption();

  @Override
  public Integer call() {
    OrgDirectory directory = org.directory();
    DossierProfile dossierProfile = profile.map(this::profileOf).orElse(DossierProfile.STANDARD);
    DossierLoad load = DossierInput.read(csv, directory, strict, encoding.encoding, err(), lang());
    DossierTable table = load.table();
    DossierQuery query = DossierQuery.of(period).withProfile(dossierProfile);
    DossierCounts counts = table.aggregate(query, Math.max(1, Runtime.getRuntime().availableProcessors()));
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
      json.put("rejected", load.rejections().stream().map(r -> {
        Map<String, Object> rejection = new LinkedHashMap<>();
        rejection.put("reason", r.reason().name());
        rejection.put("ruleId", r.reason().ruleId());
        rejection.put("rows", r.rows());
        rejection.put("lines", r.firstLines());
        rejection.put("detail", r.detail());
        return rejection;
      }).toList());
      printJson(json);
    } else {
      printText(load, counts, units, directory);
    }
    return clean ? ExitCodes.OK : ExitCodes.RULE_BROKEN;
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
