package io.github.cchc.cli;

import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.DossierTable;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.InspectionIndicators;
import io.github.cchc.scoring.indicator.Observation;
import io.github.cchc.scoring.indicator.ObservationCsvReader;
import io.github.cchc.scoring.indicator.ObservationSet;
import io.github.cchc.scoring.indicator.Restatement;
import io.github.cchc.scoring.indicator.TaskIndicators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The observations of Phụ lục II for one unit from every input the tool reads: dossier rows from the dossiers, I.1.1
 * and I.1.2 from the reform plans, I.2.1 to I.2.4 from the inspection plans, the rest from observations files, which
 * replace a computed figure of the same row, unit and year (with a warning).
 */
final class StatisticsInputs {

  private final String unit;
  private final int year;
  private final LocalDate end;
  private ObservationSet computed = ObservationSet.empty();
  private ObservationSet given = ObservationSet.empty();
  private Optional<Restatement> restated = Optional.empty();

  /**
   * @param unit the unit reported on
   * @param year the current year
   * @param end the last day counted in the current year: 31 December, or the end of a shorter reporting period
   */
  StatisticsInputs(String unit, int year, LocalDate end) {
    this.unit = unit;
    this.year = year;
    this.end = end;
  }

  /**
   * Adds the dossier rows of the previous year and of the current year up to its end, rolled up the hierarchy; the
   * land and construction rows (2.4.7, 2.4.8) only when the data has those fields.
   */
  StatisticsInputs dossiers(DossierTable table, String landField, String constructionField) {
    List<ReportPeriod> periods = new ArrayList<>();
    periods.add(ReportPeriod.ofYear(year - 1));
    if (end.equals(LocalDate.of(year, 12, 31))) {
      periods.add(ReportPeriod.ofYear(year));
    } else {
      periods.addAll(ReportPeriod.ofYear(year).split(ReportPeriod.Type.MONTH).stream()
          .filter(m -> !m.lastDay().isAfter(end)).toList());
    }
    DossierCounts counts = table.aggregate(DossierQuery.of(periods).withFieldBreakdown(true)).rolledUp();
    return dossiers(counts, landField, constructionField);
  }

  /**
   * Adds the dossier rows of the previous and the current year restated onto the units active on a date, then rolled
   * up the hierarchy of that date: a unit's figures of a year before a merger are those of the old units carried into
   * it. Parts split by shares are rounded half-even to whole numbers.
   */
  StatisticsInputs dossiersRestated(DossierTable table, String landField, String constructionField,
      OrgDirectory directory, LocalDate date) {
    DossierCounts counts = table.aggregate(DossierQuery.of(List.of(ReportPeriod.ofYear(year - 1),
        ReportPeriod.ofYear(year))).withFieldBreakdown(true));
    List<String> fields = counts.fields();
    Restatement r = counts.toPhuLucII(landField, constructionField).filter(o ->
            !(o.indicator().code().equals("2.4.7") && !fields.contains(landField))
                && !(o.indicator().code().equals("2.4.8") && !fields.contains(constructionField)))
        .restatedAsOf(directory, date).rolledUp(directory);
    restated = Optional.of(restated.map(r::merge).orElse(r));
    computed = computed.merge(r.toObservations(RoundingMode.HALF_EVEN));
    return this;
  }

  /**
   * Restates the observations files' figures onto the units active on a date, as given (not rolled up): a file's
   * figure for an old province goes whole to the province that succeeds it.
   */
  void restateGiven(OrgDirectory directory, LocalDate date) {
    Restatement r = given.restatedAsOf(directory, date);
    restated = Optional.of(restated.map(r::merge).orElse(r));
    given = r.toObservations(RoundingMode.HALF_EVEN);
  }

  /** Returns the restatement behind the figures, when they were restated. */
  Optional<Restatement> restatement() {
    return restated;
  }

  /** Adds the dossier rows of counts already rolled up, with a field breakdown. */
  StatisticsInputs dossiers(DossierCounts rolledUp, String landField, String constructionField) {
    List<String> fields = rolledUp.fields();
    computed = computed.merge(rolledUp.toPhuLucII(landField, constructionField).filter(o ->
        !(o.indicator().code().equals("2.4.7") && !fields.contains(landField))
            && !(o.indicator().code().equals("2.4.8") && !fields.contains(constructionField))));
    return this;
  }

  /** Adds I.1.1 and I.1.2 of a plan of the current or the previous year, counted at that year's end (or the end). */
  StatisticsInputs plan(Plan plan) {
    computed = computed.merge(TaskIndicators.of(plan, asOf(plan.year()))
        .toPhuLucII(unit, ReportPeriod.ofYear(plan.year())));
    return this;
  }

  /** Adds I.2.1 to I.2.4 of an inspection plan of the current or the previous year. */
  StatisticsInputs inspection(InspectionPlan plan) {
    computed = computed.merge(InspectionIndicators.of(plan, asOf(plan.year()))
        .toPhuLucII(unit, ReportPeriod.ofYear(plan.year())));
    return this;
  }

  /**
   * Adds an observations file, its unit ids checked against the directory when there is one.
   *
   * @throws InputException if the file gives a row, unit and period that an earlier file gives for an overlapping
   *     period: two files' figures are not added up
   */
  StatisticsInputs file(Path file, Optional<OrgDirectory> directory, Charset encoding, Lang lang) {
    ObservationCsvReader reader = ObservationCsvReader.of(IndicatorCatalog.phuLucII()).encoding(encoding);
    if (directory.isPresent()) {
      reader = reader.directory(directory.get());
    }
    ObservationSet read;
    try {
      read = reader.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Observation o : read.observations()) {
      for (Observation g : given.observations()) {
        if (g.indicator().equals(o.indicator()) && g.unitId().equals(o.unitId())
            && !g.period().firstDay().isAfter(o.period().lastDay())
            && !o.period().firstDay().isAfter(g.period().lastDay())) {
          throw new InputException(file.toString(), 0, 0, lang.pick(
              "chỉ tiêu " + o.indicator().code() + " của đơn vị " + o.unitId() + " kỳ " + o.period()
                  + " đã có trong tệp số liệu trước (kỳ " + g.period() + "); mỗi số liệu chỉ ghi ở một tệp",
              "indicator " + o.indicator().code() + " of unit " + o.unitId() + " for " + o.period()
                  + " is already given by an earlier observations file (for " + g.period()
                  + "); give each figure in one file only"), null);
        }
      }
    }
    given = given.merge(read);
    return this;
  }

  /**
   * Returns every observation; a row, unit and year that a file gives is taken from the file alone, and each computed
   * figure so replaced is reported to the warning sink as "code unit year".
   */
  ObservationSet observations(Consumer<String> replaced) {
    Set<String> fromFiles = new LinkedHashSet<>();
    for (Observation o : given.observations()) {
      fromFiles.add(key(o));
    }
    Set<String> dropped = new TreeSet<>();
    ObservationSet kept = computed.filter(o -> {
      if (fromFiles.contains(key(o))) {
        dropped.add(key(o));
        return false;
      }
      return true;
    });
    dropped.forEach(replaced);
    return kept.merge(given);
  }

  private LocalDate asOf(int planYear) {
    return planYear == year ? end : LocalDate.of(planYear, 12, 31);
  }

  private static String key(Observation o) {
    return o.indicator().code() + " " + o.unitId() + " " + o.period().year();
  }
}
