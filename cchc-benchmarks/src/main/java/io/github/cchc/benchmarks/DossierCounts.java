package io.github.cchc.benchmarks;

import java.util.Arrays;
import java.util.Optional;

/**
 * The common form every engine's answer is brought to before the cross-check: for every unit and quarter, and for
 * every province and quarter (the roll-up), the count of each {@link Measure}. Units are the dataset's unit indices,
 * provinces its province indices.
 */
final class DossierCounts {

  private final NationalDataset dataset;
  private final long[] units;
  private final long[] provinces;

  DossierCounts(NationalDataset dataset) {
    this.dataset = dataset;
    this.units = new long[dataset.unitCount() * StudyYear.QUARTERS * Measure.COUNT];
    this.provinces = new long[NationalDataset.PROVINCES * StudyYear.QUARTERS * Measure.COUNT];
  }

  static int slot(int owner, int quarter, Measure measure) {
    return slot(owner, quarter, measure.ordinal());
  }

  static int slot(int owner, int quarter, int measure) {
    return (owner * StudyYear.QUARTERS + quarter) * Measure.COUNT + measure;
  }

  /** Adds to the count of a unit. */
  void addUnit(int unit, int quarter, Measure measure, long count) {
    units[slot(unit, quarter, measure)] += count;
  }

  /** Adds to the count of a province. */
  void addProvince(int province, int quarter, Measure measure, long count) {
    provinces[slot(province, quarter, measure)] += count;
  }

  /** The raw unit counts, for engines that fill them in place. */
  long[] unitArray() {
    return units;
  }

  /** The raw province counts, for engines that fill them in place. */
  long[] provinceArray() {
    return provinces;
  }

  long unit(int unit, int quarter, Measure measure) {
    return units[slot(unit, quarter, measure)];
  }

  long province(int province, int quarter, Measure measure) {
    return provinces[slot(province, quarter, measure)];
  }

  /** The national total of a measure over the year. */
  long total(Measure measure) {
    long t = 0;
    for (int i = measure.ordinal(); i < provinces.length; i += Measure.COUNT) {
      t += provinces[i];
    }
    return t;
  }

  /** Fills the province counts by summing the unit counts, the roll-up every engine must reproduce. */
  DossierCounts rollUpFromUnits() {
    Arrays.fill(provinces, 0);
    int perUnit = StudyYear.QUARTERS * Measure.COUNT;
    for (int u = 0; u < dataset.unitCount(); u++) {
      int p = dataset.provinceOfUnit[u];
      for (int k = 0; k < perUnit; k++) {
        provinces[p * perUnit + k] += units[u * perUnit + k];
      }
    }
    return this;
  }

  /**
   * Returns the first cell in which the two answers differ, described for a reader.
   *
   * @param other the other answer, over the same dataset
   * @return the difference, or empty when equal
   */
  Optional<String> firstDifference(DossierCounts other) {
    Optional<String> d = firstDifference(units, other.units, false);
    return d.isPresent() ? d : firstDifference(provinces, other.provinces, true);
  }

  private Optional<String> firstDifference(long[] a, long[] b, boolean province) {
    int i = Arrays.mismatch(a, b);
    if (i < 0) {
      return Optional.empty();
    }
    int measure = i % Measure.COUNT;
    int quarter = (i / Measure.COUNT) % StudyYear.QUARTERS;
    int owner = i / (Measure.COUNT * StudyYear.QUARTERS);
    String who = province ? dataset.unitIds[dataset.provinceUnit[owner]] : dataset.unitIds[owner];
    return Optional.of(String.format("%s %s %s: %d against %d", who, StudyYear.yearQuarter(quarter),
        Measure.values()[measure].indicatorId(), a[i], b[i]));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DossierCounts other
        && Arrays.equals(units, other.units)
        && Arrays.equals(provinces, other.provinces);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(units) + Arrays.hashCode(provinces);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("DossierCounts[");
    for (Measure m : Measure.values()) {
      s.append(m.indicatorId()).append('=').append(total(m)).append(m.ordinal() + 1 < Measure.COUNT ? ", " : "]");
    }
    return s.toString();
  }
}
