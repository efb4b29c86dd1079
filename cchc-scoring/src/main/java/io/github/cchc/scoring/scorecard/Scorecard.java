package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.json.internal.Message;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A scorecard (bộ tiêu chí): a tree of criteria with maximum points, classification bands, and the arithmetic that
 * turns an {@link Assessment} into a {@link ScoreResult}.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder()
 *     .id("vd-so").name("Bộ tiêu chí ví dụ").example(true).maxPoints(new BigDecimal("2"))
 *     .addArea(area)                               // a Criterion tree
 *     .addClassification(Classification.of("A", "Nhóm A", 90))
 *     .build()
 *     .requireKnownIndicators(IndicatorCatalog.knownIds());   // io.github.cchc.scoring.indicator
 * ScoreResult result = card.score(assessment);
 * Ranking ranking = Ranking.of(List.of(result, otherResult));
 * }</pre>
 *
 * <p>The areas' maxima must add up to {@link #maxPoints()}, codes are unique across the whole tree, and classification
 * bands are listed from the highest bound down; {@code build()} checks all of this. Whether derived criteria name
 * known indicators is a separate check, {@link #requireKnownIndicators(Predicate)}, because the catalogue lives
 * elsewhere.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scorecard {

  Scorecard() {
  }

  /**
   * Returns the scorecard's id, for example {@code 766-2022}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the Vietnamese name.
   *
   * @return the name, in NFC
   */
  public abstract String name();

  /**
   * Returns the decision that issues the criteria, for example {@code 766/QĐ-TTg ngày 23/6/2022}.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * Tells whether this scorecard is an example rather than an issued criteria set; examples carry no official points.
   *
   * @return true for an example
   */
  @Value.Default
  public boolean example() {
    return false;
  }

  /**
   * Returns a note: what the scorecard covers, what its source leaves open.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Returns the total maximum points, usually 100.
   *
   * @return the total, equal to the sum of the areas' maxima
   */
  public abstract BigDecimal maxPoints();

  /**
   * Returns the top-level criteria (areas, or groups of a service index), in order.
   *
   * @return the areas, not empty
   */
  public abstract List<Criterion> areas();

  /**
   * Returns the classification bands, highest bound first; possibly empty.
   *
   * @return the bands
   */
  public abstract List<Classification> classifications();

  /**
   * Returns every criterion by code, parents before children.
   *
   * @return the criteria
   */
  @Value.Lazy
  public Map<String, Criterion> criteria() {
    Map<String, Criterion> map = new LinkedHashMap<>();
    areas().stream().flatMap(Criterion::flatten).forEach(c -> map.put(c.code(), c));
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * Finds a criterion by code.
   *
   * @param code the code
   * @return the criterion, or empty if the scorecard has none with that code
   */
  public Optional<Criterion> criterion(String code) {
    return Optional.ofNullable(criteria().get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the ids of the indicators that derived criteria read.
   *
   * @return the ids, in document order
   */
  public Set<String> indicatorIds() {
    return criteria().values().stream()
        .flatMap(c -> c.method().stream())
        .filter(ScoringMethod.Derived.class::isInstance)
        .map(m -> ((ScoringMethod.Derived) m).indicatorId())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Checks that every derived criterion names a known indicator.
   *
   * @param knownIndicatorIds tells whether an indicator id is known, for example {@code catalogueIds::contains}
   * @return this scorecard, for chaining
   * @throws UnknownReferenceException (kind {@code INDICATOR}) naming the unknown id and the first derived criterion
   *     that names it
   */
  public Scorecard requireKnownIndicators(Predicate<String> knownIndicatorIds) {
    return requireKnown(Objects.requireNonNull(knownIndicatorIds, "knownIndicatorIds"), Set.of());
  }

  private Scorecard requireKnown(Predicate<String> knownIndicatorIds, Collection<String> knownIds) {
    for (Criterion c : criteria().values()) {
      if (c.method().orElse(null) instanceof ScoringMethod.Derived d && !knownIndicatorIds.test(d.indicatorId())) {
        throw Errors.unknown(UnknownReferenceException.Kind.INDICATOR, d.indicatorId(),
            new Message("tiêu chí " + c.code(), "criterion " + c.code()), knownIds);
      }
    }
    return this;
  }

  /**
   * Checks that every derived criterion names one of the given indicator ids.
   *
   * @param knownIndicatorIds the known ids
   * @return this scorecard, for chaining
   * @throws UnknownReferenceException (kind {@code INDICATOR}) naming the unknown id, the first derived criterion
   *     that names it and the nearest known ids
   */
  public Scorecard requireKnownIndicators(Collection<String> knownIndicatorIds) {
    Set<String> known = Set.copyOf(knownIndicatorIds);
    return requireKnown(known::contains, known);
  }

  /**
   * Returns the classification band an index falls in: the first band, highest first, whose bound the index reaches.
   *
   * @param index the index in percent, as published (two decimals)
   * @return the band, or empty if the index is below every band
   */
  public Optional<Classification> classify(BigDecimal index) {
    Objects.requireNonNull(index, "index");
    return classifications().stream().filter(c -> index.compareTo(c.atLeastPercent()) >= 0).findFirst();
  }

  /**
   * Scores an assessment.
   *
   * @param assessment the unit's assessment
   * @return the result, with self and appraised points, the index per area and in total, and the rescaling
   * @throws UnknownReferenceException (kind {@code CRITERION}) if the assessment names a code the scorecard lacks
   * @throws io.github.cchc.core.error.ModelRuleException (kind {@code ASSESSMENT}) if an answer does not fit its
   *     criterion's method, answers a group, answers a criterion marked not applicable, gives points below zero or
   *     above the criterion's maximum, or survey shares that do not add up to 100%, are negative or name an unknown
   *     option; if the assessment was made for another scorecard, or if nothing is applicable
   */
  public ScoreResult score(Assessment assessment) {
    return new Scoring(this, Objects.requireNonNull(assessment, "assessment")).result();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds scorecards. {@code build()} throws {@link io.github.cchc.core.error.ModelRuleException} (kind {@code
   * SCORECARD}) for a blank id or name, no areas, classification bands out of order or areas' maxima that do not add
   * up to the total (its subject the scorecard id), and when a code repeats (its subject the code).
   */
  public static class Builder extends ImmutableScorecard.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }

  @Value.Check
  Scorecard normalizeAndCheck() {
    if (!Text.isNfc(name()) || !Text.isNfc(note()) || !Text.isNfc(source())) {
      return builder().from(this)
          .name(Text.nfc(name()))
          .note(note().map(Text::nfc))
          .source(source().map(Text::nfc))
          .build();
    }
    if (id().isBlank() || name().isBlank()) {
      throw Faults.scorecard("\"" + id() + "\"", "bộ tiêu chí cần có mã và tên", "a scorecard needs an id and a name");
    }
    if (areas().isEmpty()) {
      throw Faults.scorecard(id(), "cần ít nhất một lĩnh vực", "a scorecard needs at least one area");
    }
    BigDecimal sum = areas().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(maxPoints()) != 0) {
      throw Faults.scorecard(id(), "tổng điểm " + maxPoints().toPlainString()
          + " nhưng tổng điểm tối đa của các lĩnh vực là " + sum.toPlainString(), "maximum "
          + maxPoints().toPlainString() + " but its areas' maxima add up to " + sum.toPlainString());
    }
    Set<String> seen = new HashSet<>();
    areas().stream().flatMap(Criterion::flatten).map(Criterion::code).filter(c -> !seen.add(c)).findFirst()
        .ifPresent(c -> {
          throw Faults.criterion(c, "mã dùng nhiều lần trong bộ tiêu chí " + id(),
              "the code is used more than once in scorecard " + id());
        });
    Classification previous = null;
    Set<String> classCodes = new HashSet<>();
    for (Classification c : classifications()) {
      if (!classCodes.add(c.code())) {
        throw Faults.scorecard(id(), "mức xếp loại " + c.code() + " được liệt kê hai lần",
            "classification " + c.code() + " is listed twice");
      }
      if (previous != null && c.atLeastPercent().compareTo(previous.atLeastPercent()) >= 0) {
        String order = c.code() + " (" + c.atLeastPercent().toPlainString() + ") "
            + previous.code() + " (" + previous.atLeastPercent().toPlainString() + ")";
        throw Faults.scorecard(id(), "các mức xếp loại phải liệt kê từ ngưỡng cao xuống, nhưng " + c.code() + " ("
            + c.atLeastPercent().toPlainString() + ") đứng sau " + previous.code() + " ("
            + previous.atLeastPercent().toPlainString() + ")", "classification bands must be listed from the highest "
            + "bound down, but " + c.code() + " (" + c.atLeastPercent().toPlainString() + ") follows "
            + previous.code() + " (" + previous.atLeastPercent().toPlainString() + ")");
      }
      previous = c;
    }
    return this;
  }
}
