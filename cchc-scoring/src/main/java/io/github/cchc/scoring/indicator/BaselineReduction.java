package io.github.cchc.scoring.indicator;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of Phụ lục II that measure a reduction "so với năm 2015" (3.1.4, 3.2.5, 3.3.4), computed against the 2015
 * baseline restated onto today's units: a province merged in 2025 compares its figure with the sum of its
 * predecessors' 2015 figures, a split department with its shares of the old department's.
 *
 * <table>
 *   <caption>The rows and the counts they compare</caption>
 *   <tr><th>Row</th><th>Count compared</th></tr>
 *   <tr><td>3.1.4 Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015</td><td>3.1.3, public service units</td></tr>
 *   <tr><td>3.2.5 Tỷ lệ biên chế đã tinh giản so với năm 2015</td><td>3.2.1, civil-servant posts assigned</td></tr>
 *   <tr><td>3.3.4 Tỷ lệ % đã tinh giản so với năm 2015</td><td>3.3.1, public service staff assigned</td></tr>
 * </table>
 *
 * <p>The reduction of a year is {@code (baseline − count) / baseline}, kept as its parts (a ratio) when the restated
 * baseline is whole, so that reductions of several units aggregate as the ratio of the sums; a baseline split into a
 * fraction by shares gives the percentage itself, rounded half-up to two decimals. A unit without a 2015 figure
 * carried into it, or whose count grew past its baseline, gets no row and a finding instead.
 *
 * <pre>{@code
 * BaselineReduction.Result r = BaselineReduction.of(observations, directory, LocalDate.of(2026, 1, 1), List.of(2026));
 * r.rows();       // 3.1.4, 3.2.5, 3.3.4 of each unit with both figures, for 2026
 * r.baseline();   // the 2015 figures on today's units, with carriedFrom
 * }</pre>
 */
public final class BaselineReduction {
  /** The baseline year of the rows. */
  public static final int BASELINE_YEAR = 2015;

  /** The rule id of a unit with a count but no 2015 baseline carried into it. */
  public static final String NO_BASELINE = "baseline.no-2015-figure";
  /** The rule id of a unit whose count grew past its 2015 baseline: no reduction to report. */
  public static final String GREW = "baseline.grew";

  private static final Map<String, String> ROWS = Map.of("3.1.4", "3.1.3", "3.2.5", "3.2.1", "3.3.4", "3.3.1");

  private BaselineReduction() {}

  /**
   * The computed rows, the findings and the restated baseline.
   *
   * @param rows the reduction rows of each unit and year with both figures
   * @param findings the units and years left without a row, and why
   * @param baseline the 2015 counts restated onto the units of the date
   */
  public record Result(ObservationSet rows, List<Finding> findings, Restatement baseline) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Result {
      Objects.requireNonNull(rows, "rows");
      findings = List.copyOf(findings);
      Objects.requireNonNull(baseline, "baseline");
    }
  }

  /**
   * Computes the reduction rows of the given years from the counts among the observations: the 2015 counts restated
   * onto the units active on the date, compared with each year's count of the same unit.
   *
   * @param observations observations holding 3.1.3, 3.2.1 and 3.3.1 of 2015 and of the years wanted
   * @param directory the directory with the successor links and shares
   * @param date the date whose units are compared
   * @param years the years whose rows are wanted
   * @return the rows, findings and baseline
   * @throws io.github.cchc.core.error.UnknownReferenceException if an observation names a unit not in the directory
   */
  public static Result of(ObservationSet observations, OrgDirectory directory, LocalDate date,
      Collection<Integer> years) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(date, "date");
    Set<Integer> wanted = new LinkedHashSet<>(Objects.requireNonNull(years, "years"));
    ReportPeriod base = ReportPeriod.ofYear(BASELINE_YEAR);
    ObservationSet yearly = observations
        .filter(o -> ROWS.containsValue(o.indicator().code()) && o.period().type().months() <= 12)
        .overTime(ReportPeriod.Type.YEAR);
    Restatement baseline = yearly.filter(o -> o.period().equals(base)).restatedAsOf(directory, date);
    IndicatorCatalog catalog = IndicatorCatalog.phuLucII();
    List<Observation> rows = new ArrayList<>();
    List<Finding> findings = new ArrayList<>(baseline.findings());
    for (Observation now : yearly.observations()) {
      if (!wanted.contains(now.period().year()) || now.value().kind() != IndicatorValue.Kind.COUNT) {
        continue;
      }
      String row = ROWS.entrySet().stream().filter(e -> e.getValue().equals(now.indicator().code()))
          .findFirst().orElseThrow().getKey();
      Optional<Restatement.Figure> was = baseline.figure(now.indicator().code(), now.unitId(), base);
      String unit = "'" + now.unitId() + "'";
      if (was.isEmpty() || was.get().first().signum() == 0) {
        findings.add(Finding.warning("", NO_BASELINE,
            "Đơn vị " + unit + " không có số liệu chỉ tiêu " + now.indicator().code() + " năm 2015 (kể cả của các đơn"
                + " vị tiền thân): không tính được dòng " + row + " năm " + now.period().year(),
            "Unit " + unit + " has no 2015 figure of " + now.indicator().code() + " (its predecessors' included):"
                + " row " + row + " of " + now.period().year() + " cannot be computed"));
        continue;
      }
      BigDecimal then = was.get().first();
      BigDecimal count = BigDecimal.valueOf(now.value().numerator());
      if (count.compareTo(then) > 0) {
        findings.add(Finding.warning("", GREW,
            "Chỉ tiêu " + now.indicator().code() + " của đơn vị " + unit + " năm " + now.period().year() + " (" + count
                + ") lớn hơn năm 2015 (" + then.toPlainString() + "): không có phần cắt giảm cho dòng " + row,
            "Indicator " + now.indicator().code() + " of unit " + unit + " in " + now.period().year() + " (" + count
                + ") exceeds its 2015 figure (" + then.toPlainString() + "): row " + row + " has no reduction"));
        continue;
      }
      IndicatorValue reduction = then.scale() <= 0
          ? IndicatorValue.ratio(then.subtract(count).longValueExact(), then.longValueExact())
          : IndicatorValue.reportedPercent(then.subtract(count).multiply(BigDecimal.valueOf(100))
              .divide(then, 2, RoundingMode.HALF_UP));
      rows.add(new Observation(catalog.require(row), now.unitId(), now.period(), reduction));
    }
    return new Result(ObservationSet.of(rows), findings, baseline);
  }
}
