package io.github.cchc.scoring.testing;

import io.github.cchc.core.testing.CoreModelGens;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierProfile;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.indicator.Indicator;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.IndicatorUnit;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.Observation;
import io.github.cchc.scoring.indicator.ObservationSet;
import io.github.cchc.scoring.indicator.TimeAggregation;
import io.github.cchc.scoring.indicator.ValueType;
import io.github.cchc.scoring.json.BuiltInScorecard;
import io.github.cchc.scoring.json.ScorecardJson;
import io.github.cchc.scoring.scorecard.Answer;
import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.Band;
import io.github.cchc.scoring.scorecard.Criterion;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.Rate;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import io.github.cchc.scoring.scorecard.ScoringMethod;
import io.github.cchc.testing.Gens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of every scoring model and value type that has a JSON form, keyed by type, for the round-trip
 * properties of the Jackson 2 and Jackson 3 modules. Results and rankings are scored from generated scorecards and
 * assessments, as a user of the library gets them.
 */
public final class ScoringModelGens {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ScoringModelGens() {}

  /** The generators, by model type. */
  public static Map<Class<?>, Gen<?>> all() {
    Map<Class<?>, Gen<?>> all = new LinkedHashMap<>();
    all.put(Scorecard.class, Generate.oneOf(scored().map(Scored::card),
        Gens.oneOf(BuiltInScorecard.values()).map(BuiltInScorecard::load)));
    all.put(Assessment.class, Generate.oneOf(scored().map(Scored::assessment), Gens.oneOf(walkthrough())));
    all.put(Rate.class, rates());
    all.put(ScoreResult.class, scored().map(s -> s.card().score(s.assessment())));
    all.put(Ranking.class, rankings());
    all.put(Indicator.class, indicators());
    all.put(IndicatorValue.class, values());
    all.put(Observation.class, observations(Gens.oneOf("A", "B", "C")));
    all.put(ObservationSet.class, Gens.listsOf(observations(Gens.oneOf("A", "B", "C")), 0, 12).map(list -> {
      // A set adds the values at one place; keep the first of each, so that no two values need adding.
      // Two different indicators under one code have no JSON form (the set names them by code): keep the first.
      Map<List<Object>, Observation> byPlace = new LinkedHashMap<>();
      Map<String, Indicator> byCode = new LinkedHashMap<>();
      list.stream().filter(o -> byCode.computeIfAbsent(o.indicator().code(), c -> o.indicator()).equals(o.indicator()))
          .forEach(o -> byPlace.putIfAbsent(List.of(o.indicator().code(), o.unitId(), o.period()), o));
      return ObservationSet.of(byPlace.values());
    }));
    all.put(DossierQuery.class, queries());
    all.put(DossierCounts.class, counts());
    return all;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Scorecards, assessments, results

  /** A generated scorecard and an assessment of it. */
  public record Scored(Scorecard card, Assessment assessment) {}

  /** One leaf: its maximum, its method (0 yes/no, 1 bands, 2 linear, 3 manual), its answer, N/A or not. */
  private record Leaf(BigDecimal max, int kind, BigDecimal fraction, boolean yes, boolean notApplicable) {}

  private static Gen<Leaf> leaf() {
    Gen<BigDecimal> max = Gens.intsWithEdges(1, 2000).map(i -> BigDecimal.valueOf(i, 2));
    Gen<BigDecimal> fraction = Gens.intsWithEdges(0, 1200).map(i -> BigDecimal.valueOf(i, 3));
    return max.zip(Generate.range(0, 3), fraction, Generate.booleans(), Generate.range(0, 4).map(i -> i == 4),
        Leaf::new);
  }

  private static ScoringMethod method(int kind) {
    return switch (kind) {
      case 0 -> ScoringMethod.yesNo();
      case 1 -> ScoringMethod.bands(List.of(Band.atLeast(HUNDRED, BigDecimal.ONE),
          Band.atLeast(BigDecimal.valueOf(80), new BigDecimal("0.5"))));
      case 2 -> ScoringMethod.linearThreshold(BigDecimal.valueOf(80));
      default -> ScoringMethod.manual();
    };
  }

  private static Answer answer(Leaf l) {
    return switch (l.kind()) {
      case 0 -> l.yes() ? Answer.yes() : Answer.no();
      case 1, 2 -> Answer.rate(Rate.of(l.fraction().min(BigDecimal.ONE), BigDecimal.ONE));
      default -> Answer.points(l.max().multiply(l.fraction().min(BigDecimal.ONE)));
    };
  }

  /** Scorecards of up to twelve leaves in areas of three, and an assessment answering every applicable leaf. */
  public static Gen<Scored> scored() {
    return Gens.listsOf(leaf(), 1, 12).zip(Gens.oneOf("STC", "SNV", "SYT"), Generate.booleans(),
        (leaves, unit, named) -> {
          Scorecard.Builder b = Scorecard.builder().id("P").name("Thuộc tính");
          BigDecimal total = BigDecimal.ZERO;
          for (int start = 0; start < leaves.size(); start += 3) {
            List<Criterion> children = new ArrayList<>();
            BigDecimal areaMax = BigDecimal.ZERO;
            for (int i = start; i < Math.min(start + 3, leaves.size()); i++) {
              children.add(Criterion.leaf("L" + i, "Tiêu chí " + i, leaves.get(i).max(),
                  method(leaves.get(i).kind())));
              areaMax = areaMax.add(leaves.get(i).max());
            }
            b.addArea(Criterion.group("K" + start, "Khu vực " + start, areaMax, children));
            total = total.add(areaMax);
          }
          Assessment.Builder a = Assessment.builder().unitId(unit).period(ReportPeriod.parse("2024"));
          if (named) {
            a.unitName("Sở " + unit);
          }
          for (int i = 0; i < leaves.size(); i++) {
            if (leaves.get(i).notApplicable() && i > 0) {
              a.addNotApplicable("L" + i);
            } else {
              a.putAnswer("L" + i, answer(leaves.get(i)));
            }
          }
          return new Scored(b.maxPoints(total).build(), a.build());
        });
  }

  private static List<Assessment> walkthrough() {
    List<Assessment> all = new ArrayList<>();
    for (String name : List.of("assessments-2024.json", "assessments-2023.json")) {
      try (InputStream in = ScoringModelGens.class.getResourceAsStream("/io/github/cchc/scoring/json/walkthrough/" + name)) {
        all.addAll(ScorecardJson.readAssessments(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }

  /** Rankings of the walkthrough's units on the example scorecard, this year's answers only or against last year's. */
  private static Gen<Ranking> rankings() {
    Scorecard card = BuiltInScorecard.EXAMPLE_DEPARTMENT.load();
    List<ScoreResult> now = new ArrayList<>();
    List<ScoreResult> before = new ArrayList<>();
    for (Assessment a : walkthrough()) {
      (a.period().equals(ReportPeriod.parse("2024")) ? now : before).add(card.score(a));
    }
    return Gens.randoms(50).zip(Generate.booleans(), (random, compare) -> {
      List<ScoreResult> kept = now.stream().filter(r -> random.nextInt(4) > 0).toList();
      return compare ? Ranking.of(kept, before) : Ranking.of(kept);
    });
  }

  private static Gen<Rate> rates() {
    Gen<Rate> fraction = Gens.longsWithEdges(0, 1_000_000).zip(Gens.longsWithEdges(1, 1_000_000),
        (a, b) -> Rate.of(Math.min(a, b), b));
    Gen<Rate> percent = Gens.decimals(5, 0, 3).map(d -> Rate.ofPercent(d.abs().min(HUNDRED)));
    return Generate.oneOf(fraction, percent);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Indicators and observations

  private static Gen<Indicator> indicators() {
    List<Indicator> builtIn = Stream.concat(IndicatorCatalog.builtIn().indicators().stream(),
        IndicatorCatalog.phuLucII().indicators().stream()).toList();
    Gen<Indicator> made = Gens.strings("abcdefghij0123456789", 1, 6).zip(Generate.enumValues(ReformArea.class),
        Generate.enumValues(IndicatorUnit.class), Generate.enumValues(ValueType.class),
        (code, area, unit, type) -> new Indicator("x." + code, "Chỉ số " + code, area, unit, type,
            code.length() % 2 == 0 ? TimeAggregation.SUM : TimeAggregation.LAST,
            code.length() > 3 ? "Nhóm " + code.charAt(0) : ""));
    return Generate.oneOf(Gens.oneOf(builtIn), made);
  }

  private static Gen<IndicatorValue> values() {
    Gen<Long> n = Gens.longsWithEdges(0, Long.MAX_VALUE / 2);
    return Generate.oneOf(
        n.map(IndicatorValue::count),
        n.zip(n, (a, b) -> IndicatorValue.ratio(Math.min(a, b), Math.max(a, b))),
        n.zip(n, (a, b) -> IndicatorValue.flags(Math.min(a, b), Math.max(a, b))),
        n.zip(n, IndicatorValue::pair),
        Gens.decimals(6, 0, 3).map(d -> IndicatorValue.reportedPercent(d.abs())));
  }

  /** An observation with the value its indicator's type takes. */
  private static Gen<Observation> observations(Gen<String> units) {
    Gen<ReportPeriod> period = Gens.oneOf(ReportPeriod.ofYear(2024).split(ReportPeriod.Type.QUARTER));
    Gen<Long> n = Gens.longsWithEdges(0, 1_000_000);
    return indicators().zip(units, period, n.zip(n, (a, b) -> new long[] {Math.min(a, b), Math.max(a, b)}),
        (indicator, unit, p, ab) -> new Observation(indicator, unit, p, switch (indicator.valueType()) {
          case COUNT -> IndicatorValue.count(ab[1]);
          case FLAG -> IndicatorValue.flag(ab[0] % 2 == 0);
          case PERCENT -> IndicatorValue.reportedPercent(BigDecimal.valueOf(ab[0] % 10_001, 2));
          case COUNT_WITH_SHARE -> IndicatorValue.ratio(ab[0], ab[1]);
          case PAIR -> IndicatorValue.pair(ab[0], ab[1]);
        }));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Dossier queries and counts

  private static Gen<DossierQuery> queries() {
    return Generate.range(2000, 2100).zip(Generate.enumValues(ReportPeriod.Type.class),
        Generate.enumValues(DossierProfile.class), Generate.booleans(),
        (year, step, profile, byField) -> DossierQuery.of(ReportPeriod.ofYear(year), step).withProfile(profile)
            .withFieldBreakdown(byField));
  }

  /** Counts of a generated directory: random units, periods and fields with random counts. */
  private static Gen<DossierCounts> counts() {
    return CoreModelGens.directories().zip(queries(), Gens.randoms(400), (directory, query, random) ->
        DossierCounts.of(directory, query, rows(directory, query, random)));
  }

  private static List<DossierCounts.Row> rows(OrgDirectory directory, DossierQuery query, Random random) {
    List<DossierCounts.Row> rows = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    int wanted = random.nextInt(12);
    for (int i = 0; i < wanted; i++) {
      String unit = directory.units().get(random.nextInt(directory.size())).id();
      ReportPeriod period = query.periods().get(random.nextInt(query.periods().size()));
      Optional<String> field = query.byField() && random.nextBoolean()
          ? Optional.of(List.of("Đất đai", "Xây dựng", "Tư pháp").get(random.nextInt(3))) : Optional.empty();
      if (!seen.add(List.of(unit, field, period))) {
        continue;
      }
      long received = random.nextInt(10_000);
      long[] c = new long[9];
      for (int j = 0; j < c.length; j++) {
        c[j] = random.nextInt(1 + (int) received);
      }
      rows.add(new DossierCounts.Row(unit, field, period, received, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
          // At least one count is not zero, or the row would be no row.
          c[8] + 1));
    }
    return rows;
  }
}
