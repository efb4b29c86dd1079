package io.github.cchc.springboot;

import io.github.cchc.core.coverage.CoverageCheck;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.org.OrgDirectory;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Checks an inspection plan's targets against its coverage rules, over the directory the request brings. */
@RestController
class CoverageController {

  /**
   * The request body: the application's own type, holding the library's.
   *
   * @param plan the inspection plan, in the documented JSON form
   * @param directory the units the targets are chosen from
   */
  record CoverageRequest(InspectionPlan plan, OrgDirectory directory) {}

  /**
   * Returns the coverage verdict on the plan's targets.
   *
   * @param request the plan and the directory
   * @param asOf the day at which units must be active
   * @return the verdict, in its documented JSON form
   */
  @PostMapping("/inspection-plans/coverage")
  CoverageVerdict coverage(@RequestBody CoverageRequest request,
      @RequestParam("asOf") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    return CoverageCheck.check(request.directory(), request.plan(), asOf);
  }
}
