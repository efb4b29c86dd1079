package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentReference;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.plan.AgencyRef;
import io.github.cchc.core.plan.Completion;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.PlanValidator;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.plan.TaskStatus;
import io.github.cchc.core.timeframe.Timeframe;
import io.github.cchc.testing.Gens;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A plan written as JSON reads back as the same plan, and the validator's findings point into the plan. */
class PlanJsonProperties {

  /** Timeframe cells of the seed plans; the round trip writes their canonical form. */
  static final List<String> TIMEFRAMES = List.of(
      "Quý I/2024", "Tháng 01/2024", "Tháng 12/2023", "Thường xuyên", "Quý II, Quý III/2024",
      "Hàng quý, tháng 6 và tháng 12/2024", "Theo Kế hoạch của Bộ Nội vụ", "chậm nhất ngày 31/3/2024",
      "Từ tháng 3/2023 đến tháng 12/2023",
      "- Kế hoạch ban hành trong tháng 01/2024 - Báo cáo kết quả rà soát, đánh giá, trong quý IV/2024");

  static final List<String> NUMBERS = List.of("175/KH-UBND", "60/2021/NĐ-CP", "5673/BNV-CCVC", "12/QĐ-UBND");

  /** Letters with their diacritics, capitals, digits, spaces and the punctuation of plans. */
  private static final String ALPHABET =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
          + "ABCĐHKLNQSTUVX0123456789 ,;-/().";

  private static final Pattern TASK_PATH = Pattern.compile("^tasks\\[(\\d+)]");

  @Test
  void readingWhatWasWrittenGivesThePlanBack() {
    qt().withExamples(200).forAll(plans()).checkAssert(plan -> assertEquals(plan, PlanJson.read(PlanJson.write(plan))));
  }

  @Test
  void validatingAnyPlanGivesFindingsThatPointIntoIt() {
    qt().withExamples(200).forAll(plans()).checkAssert(plan -> {
      for (Finding finding : PlanValidator.validate(plan)) {
        Matcher task = TASK_PATH.matcher(finding.path());
        if (task.find()) {
          assertTrue(Integer.parseInt(task.group(1)) < plan.tasks().size(), finding.toString());
        }
        assertTrue(!finding.messageVi().isBlank() && !finding.messageEn().isBlank(), finding.toString());
      }
    });
  }

  /** Plans of any year around the supported ones (the validator's concern), with up to eight tasks. */
  static Gen<Plan> plans() {
    Gen<DocumentReference> legalBases = Gens.oneOf(
            "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ",
            "Quyết định số 3486/QĐ-UBND ngày 31/12/2021 của Ủy ban nhân dân tỉnh",
            "Công văn số 5673/BNV-CCVC ngày 03/10/2023 của Bộ Nội vụ")
        .map(DocumentReference::parse);
    return Gens.built(Plan::builder, Plan.Builder::build, List.of(
        Gens.step(numbers(), Plan.Builder::number),
        Gens.step(text(), Plan.Builder::issuer),
        Gens.step(text(), Plan.Builder::place),
        Gens.step(dates().toOptionals(20), Plan.Builder::issueDate),
        Gens.step(Gens.intsWithEdges(Plan.MIN_YEAR - 5, Plan.MAX_YEAR + 5), Plan.Builder::year),
        Gens.step(text(), Plan.Builder::title),
        Gens.step(Gens.listsOf(legalBases, 0, 3), Plan.Builder::addAllLegalBases),
        Gens.step(Gens.listsOf(text(), 0, 3), Plan.Builder::addAllPurposes),
        Gens.step(Gens.listsOf(text(), 0, 3), Plan.Builder::addAllRequirements),
        Gens.step(Gens.listsOf(tasks(), 0, 8), Plan.Builder::addAllTasks)));
  }

  static Gen<Task> tasks() {
    Gen<AgencyRef> agencies = Generate.oneOf(
        Gens.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZ-", 1, 8).map(AgencyRef::unit),
        text().map(AgencyRef::group));
    Gen<Completion> completions = numbers().zip(dates(), text(), Completion::of);
    Gen<Optional<String>> timeframes = Gens.oneOf(TIMEFRAMES).toOptionals(20);
    return Gens.built(Task::builder, Task.Builder::build, List.of(
        Gens.step(Gens.strings("0123456789", 1, 2).toOptionals(20), Task.Builder::code),
        Gens.step(Generate.enumValues(ReformArea.class), Task.Builder::area),
        Gens.step(text(), Task.Builder::title),
        Gens.step(Gens.listsOf(text(), 0, 3), Task.Builder::addAllOutputs),
        Gens.step(Gens.listsOf(agencies, 0, 2), Task.Builder::addAllLeads),
        Gens.step(Gens.listsOf(agencies, 0, 3), Task.Builder::addAllCoordinators),
        Gens.step(timeframes, (b, text) -> text.ifPresent(t -> b.timeframe(Timeframe.parse(t)).timeframeText(t))),
        Gens.step(Generate.enumValues(TaskStatus.class), Task.Builder::status),
        Gens.step(dates().toOptionals(20), Task.Builder::completionDate),
        Gens.step(completions.toOptionals(20), Task.Builder::completion)));
  }

  static Gen<DocumentNumber> numbers() {
    return Gens.oneOf(NUMBERS).map(DocumentNumber::parse);
  }

  /**
   * Text as plans hold it, stripped and not empty: letters, digits and punctuation in any order; Vietnamese words in
   * NFC or NFD (the model keeps NFC); hostile text with controls, bidirectional overrides and lone surrogates.
   */
  static Gen<String> text() {
    return Generate.frequency(
            Pair.of(2, Gens.strings(ALPHABET, 1, 40)),
            Pair.of(2, Gens.vietnameseTextNfcOrNfd(1, 8)),
            Pair.of(1, Gens.hostileText(8)))
        .map(String::strip)
        .assuming(s -> !s.isEmpty());
  }

  /** Days of 2020-2029, the years of real plans, and one in three from 1900 to 2199. */
  static Gen<LocalDate> dates() {
    return Generate.frequency(
        Pair.of(2, Gens.datesWithEdges(LocalDate.of(2020, 1, 1), LocalDate.of(2029, 12, 31))),
        Pair.of(1, Gens.datesWithEdges(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31))));
  }
}
