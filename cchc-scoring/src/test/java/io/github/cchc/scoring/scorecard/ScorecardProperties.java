package io.github.cchc.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.testing.Gens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ScorecardProperties {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** One generated leaf: its maximum, its method (0 yes/no, 1 bands, 2 linear, 3 manual), its answer, N/A or not. */
  record Leaf(BigDecimal max, int kind, BigDecimal fraction, boolean yes, boolean notApplicable) {
  }

  /**
   * Maxima from 0.01 to 20.00, answers from 0 to 1.2 (manual points above the maximum too; rates, which cannot exceed
   * 100%, at most 1), one leaf in five N/A.
   */
  private static Gen<Leaf> leaf() {
    Gen<BigDecimal> max = Gens.intsWithEdges(1, 2000).map(i -> BigDecimal.valueOf(i, 2));
    Gen<BigDecimal> fraction = Gens.intsWithEdges(0, 1200).map(i -> BigDecimal.valueOf(i, 3));
    return max.zip(Generate.range(0, 3), fraction, Generate.booleans(), Generate.range(0, 4).map(i -> i == 4),
        Leaf::new);
  }

  private static Gen<List<Leaf>> leaves() {
    return Gens.listsOf(leaf(), 1, 12);
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

  /** Areas of up to three leaves each. */
  private static Scorecard card(List<Leaf> leaves) {
    Scorecard.Builder b = Scorecard.builder().id("P").name("Thuộc tính");
    BigDecimal total = BigDecimal.ZERO;
    for (int start = 0; start < leaves.size(); start += 3) {
      List<Criterion> children = new ArrayList<>();
      BigDecimal areaMax = BigDecimal.ZERO;
      for (int i = start; i < Math.min(start + 3, leaves.size()); i++) {
        children.add(Criterion.leaf("L" + i, "Tiêu chí " + i, leaves.get(i).max(), method(leaves.get(i).kind())));
        areaMax = areaMax.add(leaves.get(i).max());
      }
      b.addArea(Criterion.group("K" + start, "Khu vực " + start, areaMax, children));
      total = total.add(areaMax);
    }
    return b.maxPoints(total).build();
  }

  private static Assessment.Builder assessment(List<Leaf> leaves, boolean withNotApplicable) {
    Assessment.Builder a = Assessment.builder().unitId("U").period(ReportPeriod.parse("2024"));
    for (int i = 0; i < leaves.size(); i++) {
      if (withNotApplicable && leaves.get(i).notApplicable() && i > 0) {
        a.addNotApplicable("L" + i);   // L0 stays applicable so that there is an index
      } else {
        a.putAnswer("L" + i, answer(leaves.get(i)));
      }
    }
    return a;
  }

  private static boolean within0To100(BigDecimal x) {
    return x.signum() >= 0 && x.compareTo(HUNDRED) <= 0;
  }

  @Test
  void indexIsAlwaysWithin0And100() {
    qt().withExamples(200).forAll(leaves()).checkAssert(leaves -> {
      ScoreResult r = card(leaves).score(assessment(leaves, true).build());
      assertTrue(within0To100(r.index()), r.index()::toPlainString);
      for (CriterionScore area : r.areas()) {
        area.index().ifPresent(i -> assertTrue(within0To100(i), i::toPlainString));
      }
      assertTrue(r.achieved().compareTo(r.applicableMax()) <= 0);
    });
  }

  @Test
  void raisingOneCriterionsPointsNeverLowersTheTotal() {
    qt().withExamples(200).forAll(leaves(), Gens.intsWithEdges(0, 11), Gens.intsWithEdges(0, 100))
        .checkAssert((leaves, which, raisePercent) -> {
          int k = which % leaves.size();
          Scorecard card = card(leaves);
          Assessment before = assessment(leaves, true).build();
          if (before.notApplicable().contains("L" + k)) {
            return;
          }
          ScoreResult r0 = card.score(before);
          BigDecimal current = r0.criterion("L" + k).orElseThrow().achieved();
          BigDecimal max = leaves.get(k).max();
          // a point value between the current points and the maximum
          BigDecimal raised = current.add(max.subtract(current).multiply(BigDecimal.valueOf(raisePercent))
              .divide(HUNDRED, 4, java.math.RoundingMode.DOWN));
          ScoreResult r1 = card.score(assessment(leaves, true)
              .putAppraisal("L" + k, Appraisal.of(Answer.points(raised), "Nâng điểm")).build());
          assertTrue(r1.achieved().compareTo(r0.achieved()) >= 0);
          assertTrue(r1.index().compareTo(r0.index()) >= 0);
        });
  }

  @Test
  void aHigherRateNeverScoresLess() {
    qt().withExamples(200).forAll(Generate.range(1, 2), Gens.intsWithEdges(0, 1000), Gens.intsWithEdges(0, 1000))
        .checkAssert((kind, a, b) -> {
          BigDecimal max = new BigDecimal("7.5");
          ScoringMethod.RateMethod m = (ScoringMethod.RateMethod) method(kind);
          BigDecimal pa = Scoring.rate(max, m, Rate.of(Math.min(a, b), 1000));
          BigDecimal pb = Scoring.rate(max, m, Rate.of(Math.max(a, b), 1000));
          assertTrue(pa.compareTo(pb) <= 0);
          assertTrue(pb.compareTo(max) <= 0 && pa.signum() >= 0);
        });
  }

  @Test
  void rankingIsAPermutationConsistentWithTheScores() {
    // few distinct values, so that ties are common
    qt().withExamples(200).forAll(Gens.listsOf(Gens.intsWithEdges(0, 12), 0, 15)).checkAssert(points -> {
      List<ScoreResult> results = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        BigDecimal p = BigDecimal.valueOf(points.get(i) * 4L);
        results.add(RankingTest.result("U" + i, "2024", p.toPlainString(), "0"));
      }
      Ranking ranking = Ranking.of(results);
      List<Ranking.Entry> entries = ranking.entries();
      assertEquals(results.size(), entries.size());
      Set<String> units = new HashSet<>();
      entries.forEach(e -> units.add(e.result().unitId()));
      assertEquals(results.size(), units.size());
      for (Ranking.Entry x : entries) {
        long higher = entries.stream().filter(y -> y.result().index().compareTo(x.result().index()) > 0).count();
        assertEquals(higher + 1, x.rank());
        for (Ranking.Entry y : entries) {
          int byIndex = x.result().index().compareTo(y.result().index());
          assertEquals(Integer.signum(byIndex), -Integer.signum(Integer.compare(x.rank(), y.rank())));
        }
      }
    });
  }
}
