package io.github.cchc.core.inspection;

import io.github.cchc.core.coverage.CoverageRule;
import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentReference;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.plan.ReformArea;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An inspection plan (Kế hoạch kiểm tra CCHC): the header of a plan, the year, the forms of inspection, the content
 * areas, the team, the window, the timing rules, the self-inspection report deadline, the funding, the coverage
 * rules, the targets and, once visits have taken place, their findings.
 *
 * <p>Only the year is required; a plan with no rules and no targets is a valid draft. The coverage rules are checked
 * by {@link io.github.cchc.core.coverage.CoverageCheck}, a target list is proposed by {@link
 * io.github.cchc.core.coverage.TargetPlanner}, and the visits are scheduled by {@link
 * io.github.cchc.core.schedule.VisitScheduler}.
 *
 * <pre>{@code
 * InspectionPlan plan = InspectionPlan.builder()
 *     .year(2024)
 *     .addCoverage(ShareRule.atLeast(BigDecimal.valueOf(50), EnumSet.of(OrgKind.DEPARTMENT)))
 *     .addTarget(InspectionTarget.of("DT-SNV"))
 *     .build();
 * }</pre>
 *
 * <p>Text is kept in NFC, stripped. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InspectionPlan {

  /** The earliest year an inspection plan may be for. */
  public static final int MIN_YEAR = 1900;

  /** The latest year an inspection plan may be for. */
  public static final int MAX_YEAR = 2200;

  InspectionPlan() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link InspectionPlan}; {@code year} is required. {@code build()} throws an {@link
   * io.github.cchc.core.error.ModelRuleException} when the year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR} or
   * the team lists
   * a sub-team twice, and an {@link IllegalStateException} when the year is missing.
   */
  public static final class Builder extends ImmutableInspectionPlan.Builder {
    Builder() {}
  }

  /**
   * Returns the number and symbol, such as 61/KH-UBND; a draft has a blank number ("/KH-UBND").
   *
   * @return the number, empty if not given
   */
  public abstract Optional<DocumentNumber> number();

  /**
   * Returns the legal bases (Căn cứ …) the plan cites, in its order.
   *
   * @return the references
   */
  public abstract List<DocumentReference> legalBases();

  /**
   * Returns who issues the plan, such as "UBND tỉnh Đồng Tháp" or a unit id.
   *
   * @return the issuer, empty if not given
   */
  public abstract Optional<String> issuer();

  /**
   * Returns the place written in the header, such as "Đồng Tháp".
   *
   * @return the place, empty if not given
   */
  public abstract Optional<String> place();

  /**
   * Returns the issue date; drafts leave it blank.
   *
   * @return the issue date, empty for a draft
   */
  public abstract Optional<LocalDate> issueDate();

  /**
   * Returns the title, such as "Kế hoạch Kiểm tra Cải cách hành chính năm 2024".
   *
   * @return the title, empty if not given
   */
  public abstract Optional<String> title();

  /**
   * Returns the year inspected, between {@value #MIN_YEAR} and {@value #MAX_YEAR}.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the forms of inspection the plan uses.
   *
   * @return the forms, in the plan's order
   */
  public abstract Set<InspectionForm> forms();

  /**
   * Returns the reform areas the inspection covers.
   *
   * @return the areas, in the plan's order
   */
  public abstract Set<ReformArea> contentAreas();

  /**
   * Returns the inspection team.
   *
   * @return the team, empty if the plan does not describe it
   */
  public abstract Optional<InspectionTeam> team();

  /**
   * Returns when the visits take place.
   *
   * @return the window, empty if not given
   */
  public abstract Optional<InspectionWindow> window();

  /**
   * Returns the timing rules of the visits.
   *
   * @return the timing rules, empty if not given
   */
  public abstract Optional<TimingRules> timing();

  /**
   * Returns the day by which units send their self-inspection reports ("trước ngày 30/10/2024").
   *
   * @return the deadline, empty if not given
   */
  public abstract Optional<LocalDate> selfInspectionReportDeadline();

  /**
   * Returns the funding sources, in the plan's words.
   *
   * @return the funding sources
   */
  public abstract List<String> funding();

  /**
   * Returns the coverage rules, in the plan's order.
   *
   * @return the rules
   */
  public abstract List<CoverageRule> coverage();

  /**
   * Returns the targets, in the plan's order.
   *
   * @return the targets
   */
  public abstract List<InspectionTarget> targets();

  /**
   * Returns the findings of visits already made.
   *
   * @return the findings
   */
  public abstract List<VisitFinding> findings();

  /**
   * Returns the findings not yet remediated.
   *
   * @return the open findings, in the plan's order
   */
  public List<VisitFinding> openFindings() {
    return findings().stream().filter(VisitFinding::isOpen).toList();
  }

  /**
   * Returns the units that call for a re-inspection on a date: those with a finding still open past its
   * remediation date, or with a remediation reported but not yet confirmed.
   *
   * @param date the day of the question
   * @return the unit ids, in the order of their first such finding
   */
  public Set<String> reinspectionCandidates(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Set<String> units = new LinkedHashSet<>();
    for (VisitFinding f : findings()) {
      if (f.isOverdue(date) || f.status() == FindingStatus.REMEDIATION_REPORTED) {
        units.add(f.unit());
      }
    }
    return units;
  }

  @Value.Check
  InspectionPlan check() {
    if (year() < MIN_YEAR || year() > MAX_YEAR) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, "year",
          "Năm của kế hoạch kiểm tra phải từ " + MIN_YEAR + " đến " + MAX_YEAR + ", gặp " + year(),
          "An inspection plan's year must be " + MIN_YEAR + " to " + MAX_YEAR + ", found " + year());
    }
    team().ifPresent(t -> {
      Set<String> names = new HashSet<>();
      for (SubTeam s : t.subTeams()) {
        if (!names.add(s.name())) {
          throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, s.name(),
              "Đoàn kiểm tra liệt kê tổ '" + s.name() + "' hai lần",
              "The team lists sub-team '" + s.name() + "' twice");
        }
      }
    });
    // The text of the header and the funding sources in NFC, stripped, as the other records of the package keep it.
    Optional<String> nfcIssuer = issuer().map(Text::nfc);
    Optional<String> nfcPlace = place().map(Text::nfc);
    Optional<String> nfcTitle = title().map(Text::nfc);
    List<String> nfcFunding = funding().stream().map(Text::nfc).toList();
    if (nfcIssuer.equals(issuer()) && nfcPlace.equals(place()) && nfcTitle.equals(title())
        && nfcFunding.equals(funding())) {
      return this;
    }
    return builder().from(this).issuer(nfcIssuer).place(nfcPlace).title(nfcTitle).funding(nfcFunding).build();
  }
}
