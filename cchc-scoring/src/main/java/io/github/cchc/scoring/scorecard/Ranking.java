package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Units ranked by index, highest first, with ties sharing a rank and the next rank skipped (1, 2, 2, 4).
 *
 * <p>Units tie when their published indexes (two decimals) are equal; tied units are listed by unit id. Each entry
 * may carry the change from an earlier period.
 *
 * <pre>{@code
 * Ranking ranking = Ranking.of(results2024, results2023);
 * for (Ranking.Entry e : ranking.entries()) {
 *   System.out.println(e.rank() + " " + e.result().unitName() + " " + e.result().index());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ranking {

  /**
   * One ranked unit.
   *
   * @param rank the rank, from 1; tied units share it
   * @param result the unit's result
   * @param change the change from the earlier period, if an earlier result was given for the unit
   */
  public record Entry(int rank, ScoreResult result, Optional<YearOverYear> change) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the rank is below 1
     */
    public Entry {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(change, "change");
      if (rank < 1) {
        throw new IllegalArgumentException("Rank must be 1 or more: " + rank);
      }
    }
  }

  private final List<Entry> entries;

  private Ranking(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Ranks results.
   *
   * @param results the results of one scorecard and one period, one per unit
   * @return the ranking
   * @throws IllegalArgumentException if the results mix scorecards or periods, or a unit appears twice
   */
  public static Ranking of(Collection<ScoreResult> results) {
    return of(results, List.of());
  }

  /**
   * Ranks results and attaches each unit's change from its earlier result, matched by unit id.
   *
   * @param results the results of one scorecard and one period, one per unit
   * @param previous earlier results, at most one per unit; units without one get no change
   * @return the ranking
   * @throws IllegalArgumentException if the results mix scorecards or periods, a unit appears twice in either
   *     collection, or an earlier result does not precede the later one
   */
  public static Ranking of(Collection<ScoreResult> results, Collection<ScoreResult> previous) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(previous, "previous");
    List<ScoreResult> sorted = new ArrayList<>(results);
    Set<String> units = new HashSet<>();
    for (ScoreResult r : sorted) {
      ScoreResult first = sorted.get(0);
      if (!r.scorecardId().equals(first.scorecardId()) || !r.period().equals(first.period())) {
        String both = first.scorecardId() + " " + first.period() + " / " + r.scorecardId() + " " + r.period();
        throw Errors.rule(ModelRuleException.Kind.RANKING, r.unitId(),
            "Bảng xếp hạng cần kết quả của cùng một bộ tiêu chí và cùng kỳ: " + both
            + " (đơn vị " + r.unitId() + ")", "A ranking needs results of one scorecard and period: " + both
            + " (unit " + r.unitId() + ")");
      }
      if (!units.add(r.unitId())) {
        throw Errors.rule(ModelRuleException.Kind.RANKING, r.unitId(),
            "Đơn vị " + r.unitId() + " có hai lần trong bảng xếp hạng",
            "Unit " + r.unitId() + " appears twice in the ranking");
      }
    }
    Map<String, ScoreResult> earlier = new HashMap<>();
    for (ScoreResult p : previous) {
      if (earlier.put(p.unitId(), p) != null) {
        throw Errors.rule(ModelRuleException.Kind.RANKING, p.unitId(),
            "Đơn vị " + p.unitId() + " có hai lần trong kết quả kỳ trước",
            "Unit " + p.unitId() + " appears twice in the earlier results");
      }
    }
    sorted.sort(Comparator.comparing((ScoreResult r) -> r.index(), Comparator.reverseOrder())
        .thenComparing(ScoreResult::unitId));
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      ScoreResult r = sorted.get(i);
      boolean tiedWithPrevious = i > 0 && r.index().compareTo(sorted.get(i - 1).index()) == 0;
      int rank = tiedWithPrevious ? entries.get(i - 1).rank() : i + 1;
      Optional<YearOverYear> change = Optional.ofNullable(earlier.get(r.unitId()))
          .map(p -> YearOverYear.between(r, p));
      entries.add(new Entry(rank, r, change));
    }
    return new Ranking(entries);
  }

  /**
   * Returns the entries, best first.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Finds a unit's entry.
   *
   * @param unitId the unit id
   * @return the entry, or empty if the unit is not ranked
   */
  public Optional<Entry> entry(String unitId) {
    Objects.requireNonNull(unitId, "unitId");
    return entries.stream().filter(e -> e.result().unitId().equals(unitId)).findFirst();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Ranking[");
    for (Entry e : entries) {
      sb.append(entries.indexOf(e) == 0 ? "" : ", ").append(e.rank()).append(' ').append(e.result().unitId())
          .append(' ').append(e.result().index());
    }
    return sb.append(']').toString();
  }
}
