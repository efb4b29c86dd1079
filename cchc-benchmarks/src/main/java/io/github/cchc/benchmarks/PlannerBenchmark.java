package io.github.cchc.benchmarks;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.coverage.CoverageRule;
import io.github.cchc.core.coverage.PlanningRequest;
import io.github.cchc.core.coverage.PlanningResult;
import io.github.cchc.core.coverage.ShareRule;
import io.github.cchc.core.coverage.TargetPlanner;
import io.github.cchc.core.inspection.DayCount;
import io.github.cchc.core.inspection.InspectionWindow;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.schedule.ScheduleRequest;
import io.github.cchc.core.schedule.ScheduleResult;
import io.github.cchc.core.schedule.VisitScheduler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.threeten.extra.YearQuarter;

/**
 * B3, planner and scheduler at national scale: for each of the 34 provinces of the national directory, the Đồng Tháp
 * rules rewritten for the two-tier model (at least 50% of the province's departments and at least 10% of its
 * communes), targets proposed by {@link TargetPlanner} and visits scheduled by {@link VisitScheduler} in Q2–Q3 2026:
 * visits of 2 working days, 3 sub-teams, notice 10 days and report 5 days ahead, as in the Sơn La plan.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PlannerBenchmark {

  /** The national directory and each province's rules. */
  @State(Scope.Benchmark)
  public static class Country {
    OrgDirectory directory;
    List<PlanningRequest> requests;
    int expectedTargets;

    /** Builds the directory and the requests, and checks one run. */
    @Setup(Level.Trial)
    public void setUp() {
      NationalDataset d = NationalDataset.generate(1, NationalDataset.DEFAULT_SEED);
      directory = d.directory;
      // A priority signal per unit (say, procedures handled), so that the planner ranks rather than only breaks ties.
      SplittableRandom rnd = new SplittableRandom(NationalDataset.DEFAULT_SEED);
      Map<String, Map<String, BigDecimal>> signals = new java.util.HashMap<>();
      for (String id : d.unitIds) {
        signals.put(id, Map.of("procedures", BigDecimal.valueOf(rnd.nextInt(1000))));
      }
      requests = new ArrayList<>();
      for (String province : d.provinceIds()) {
        List<CoverageRule> rules = List.of(
            ShareRule.atLeast(BigDecimal.valueOf(50), List.of(OrgKind.DEPARTMENT)).withScope(province),
            ShareRule.atLeast(BigDecimal.valueOf(10), List.of(OrgKind.COMMUNE)).withScope(province));
        requests.add(PlanningRequest.builder()
            .asOf(LocalDate.of(StudyYear.YEAR, 3, 1))
            .addAllRules(rules)
            .signals(signals)
            .putWeight("procedures", BigDecimal.ONE)
            .seed(StudyYear.YEAR)
            .build());
      }
      expectedTargets = 0;
      for (String province : d.provinceIds()) {
        int departments = directory.descendants(province, java.util.EnumSet.of(OrgKind.DEPARTMENT)).size();
        int communes = directory.descendants(province, java.util.EnumSet.of(OrgKind.COMMUNE)).size();
        expectedTargets += (departments + 1) / 2 + (communes + 9) / 10;
      }
      int targets = check(run(this));
      if (targets != expectedTargets) {
        throw new CrossCheckFailedException("The planner proposed " + targets + " targets; the rules need exactly "
            + expectedTargets);
      }
    }
  }

  /** One province's proposal and schedule. */
  record ProvincePlan(PlanningResult targets, ScheduleResult schedule) {}

  static List<ProvincePlan> run(Country c) {
    List<ProvincePlan> plans = new ArrayList<>(c.requests.size());
    InspectionWindow window = InspectionWindow.ofQuarters(YearQuarter.of(StudyYear.YEAR, 2),
        YearQuarter.of(StudyYear.YEAR, 3));
    for (PlanningRequest request : c.requests) {
      PlanningResult proposal = TargetPlanner.propose(c.directory, request);
      ScheduleResult schedule = VisitScheduler.schedule(ScheduleRequest.builder()
          .addAllTargets(proposal.targets())
          .window(window)
          .calendar(WorkingCalendar.standard())
          .visitDays(2)
          .subTeams(3)
          .noticeLead(DayCount.calendarDays(10))
          .reportLead(DayCount.calendarDays(5))
          .build());
      plans.add(new ProvincePlan(proposal, schedule));
    }
    return plans;
  }

  /** Checks that every province got a feasible, minimal proposal and a full schedule; returns the targets. */
  static int check(List<ProvincePlan> plans) {
    int targets = 0;
    for (ProvincePlan p : plans) {
      if (!p.targets().feasible() || !p.schedule().feasible()
          || p.schedule().visits().size() != p.targets().targets().size()) {
        throw new CrossCheckFailedException("A province's plan failed: " + p.targets().conflicts() + " "
            + p.schedule().problems());
      }
      targets += p.targets().targets().size();
    }
    return targets;
  }

  /**
   * Proposes and schedules for all 34 provinces.
   *
   * @param c the country
   * @return the plans
   */
  @Benchmark
  public List<ProvincePlan> planCountry(Country c) {
    return run(c);
  }
}
