package io.github.cchc.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.timeframe.Timeframe;
import io.github.cchc.testing.Gens;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A user's validator and {@link PlanValidator} agree on every plan: the same constraints broken at the same paths,
 * whatever the text (blank in the ways Unicode allows, hostile, Vietnamese) and the year.
 */
class BeanValidationProperties {

  /**
   * Text that is blank to one test of blankness and not to another: trimming removes everything up to U+0020,
   * {@code \s} knows six characters, {@link Character#isWhitespace} knows the separators but not the non-breaking ones.
   */
  private static final List<String> NEARLY_BLANK = List.of(
      "", " ", "\t", "\n", "\r\n", "\u000b", "\f", "\u0000", "\u0007", "\u001c", "\u001f", "\u007f", "\u0085",
      "\u00a0", "\u1680", "\u2003", "\u2007", "\u2028", "\u202f", "\u3000", "\u200b", "\ufeff", " \t ", " x ");

  private static Gen<String> text() {
    return Generate.frequency(
        Pair.of(3, Gens.oneOf(NEARLY_BLANK)),
        Pair.of(2, Gens.vietnameseTextNfcOrNfd(1, 4)),
        Pair.of(2, Gens.hostileText(4)));
  }

  private static Gen<Task> tasks() {
    Gen<Optional<String>> optionalText = text().toOptionals(30);
    return in -> Task.builder()
        .code(optionalText.generate(in))
        .area(Gens.oneOf(ReformArea.values()).generate(in))
        .title(text().generate(in))
        .outputs(Gens.listsOf(text(), 0, 3).generate(in))
        .addLead(AgencyRef.unit("P-SNV"))
        .timeframe(Timeframe.parse("Quý II/2024"))
        .timeframeText(optionalText.generate(in))
        .build();
  }

  private static Gen<Plan> plans() {
    Gen<Integer> years = Gens.withEdges(Generate.range(1900, 2200), List.of(
        Plan.MIN_YEAR - 1, Plan.MIN_YEAR, Plan.MAX_YEAR, Plan.MAX_YEAR + 1, Integer.MIN_VALUE, Integer.MAX_VALUE));
    return in -> Plan.builder()
        .number(DocumentNumber.parse("175/KH-UBND"))
        .issuer(text().generate(in))
        .place(text().generate(in))
        .issueDate(LocalDate.of(2023, 12, 29))
        .year(years.generate(in))
        .title(text().generate(in))
        .purposes(Gens.listsOf(text(), 0, 3).generate(in))
        .requirements(Gens.listsOf(text(), 0, 3).generate(in))
        .tasks(Gens.listsOf(tasks(), 0, 4).generate(in))
        .build();
  }

  @Test
  void theUsersValidatorReportsWhatPlanValidatorFinds() {
    qt().withExamples(300).forAll(plans()).checkAssert(plan ->
        assertEquals(UserValidator.structuralFindings(plan), UserValidator.violations(plan), plan::toString));
  }

  @Test
  void aTaskValidatedAloneBreaksTheConstraintsItBreaksInAPlan() {
    qt().withExamples(300).forAll(tasks()).checkAssert(task -> {
      Plan plan = Plans.complete().tasks(List.of(task)).build();
      List<String> inPlan = UserValidator.violations(plan).stream()
          .map(v -> v.replace(" tasks[0].", " ")).toList();
      assertEquals(inPlan, UserValidator.violations(task), task::toString);
    });
  }
}
