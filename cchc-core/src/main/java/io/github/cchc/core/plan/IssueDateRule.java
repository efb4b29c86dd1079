package io.github.cchc.core.plan;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The plan is issued no later than 31 January of its year (domain.md §2; section VI.1.a of the seed plan). */
final class IssueDateRule implements PlanRule {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Override
  public void check(Plan plan, Optional<OrgDirectory> directory, List<Finding> findings) {
    if (plan.year() < Year.MIN_VALUE || plan.year() > Year.MAX_VALUE) {
      return; // no calendar has such a year: the structural rule reports it
    }
    LocalDate deadline = LocalDate.of(plan.year(), 1, 31);
    if (plan.issueDate().isEmpty()) {
      findings.add(Finding.info("issueDate", PlanValidator.RULE_ISSUED_BY_31_JANUARY,
          "Dự thảo chưa có ngày ban hành: chưa kiểm tra được thời hạn ban hành chậm nhất ngày "
              + DAY.format(deadline) + ".",
          "A draft without an issue date: the deadline of " + deadline + " cannot be checked yet."));
      return;
    }
    LocalDate issued = plan.issueDate().get();
    if (issued.isAfter(deadline)) {
      findings.add(Finding.error("issueDate", PlanValidator.RULE_ISSUED_BY_31_JANUARY,
          "Kế hoạch ban hành ngày " + DAY.format(issued) + ", sau thời hạn chậm nhất ngày " + DAY.format(deadline)
              + ".",
          "The plan was issued on " + issued + ", after the deadline of " + deadline + "."));
    }
  }
}
