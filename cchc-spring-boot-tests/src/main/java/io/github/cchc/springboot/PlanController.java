package io.github.cchc.springboot;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.PlanValidator;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Checks an annual CCHC plan: its structural constraints through {@code @Valid}, then every rule of the library. */
@RestController
class PlanController {

  /**
   * Returns {@link PlanValidator}'s findings on a plan whose structural constraints hold; a plan that breaks one is
   * answered with 400 and its violations (see {@link ViolationHandler}).
   *
   * @param plan the plan, in the documented JSON form
   * @return the findings, in their documented JSON form
   */
  @PostMapping("/plans/findings")
  List<Finding> findings(@Valid @RequestBody Plan plan) {
    return PlanValidator.validate(plan);
  }
}
