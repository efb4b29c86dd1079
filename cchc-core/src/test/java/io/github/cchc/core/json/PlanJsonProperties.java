package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentReference;
import io.github.cchc.core.plan.AgencyRef;
import io.github.cchc.core.plan.Completion;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.PlanValidator;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.plan.TaskStatus;
import io.github.cchc.core.timeframe.Timeframe;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlanJsonProperties {

  /** Timeframe cells of the seed plans; the round trip writes their canonical form. */
  static final List<String> TIMEFRAMES = List.of(
      "Quý I/2024", "Tháng 01/2024", "Tháng 12/2023", "Thường xuyên", "Quý II, Quý III/2024",
      "Hàng quý, tháng 6 và tháng 12/2024", "Theo Kế hoạch của Bộ Nội vụ", "chậm nhất ngày 31/3/2024",
      "Từ tháng 3/2023 đến tháng 12/2023",
      "- Kế hoạch ban hành trong tháng 01/2024 - Báo cáo kết quả rà soát, đánh giá, trong quý IV/2024");

  static final List<String> NUMBERS = List.of("175/KH-UBND", "60/2021/NĐ-CP", "5673/BNV-CCVC", "12/QĐ-UBND");

  @Property(tries = 200)
  void readingWhatWasWrittenGivesThePlanBack(@ForAll("plans") Plan plan) {
    assertEquals(plan, PlanJson.read(PlanJson.write(plan)));
  }

  @Property(tries = 200)
  void validatingAnyPlanGivesFindingsThatPointIntoIt(@ForAll("plans") Plan plan) {
    for (Finding finding : PlanValidator.validate(plan)) {
      java.util.regex.Matcher task = java.util.regex.Pattern.compile("^tasks\\[(\\d+)]").matcher(finding.path());
      if (task.find()) {
        assertTrue(Integer.parseInt(task.group(1)) < plan.tasks().size(), finding.toString());
      }
      assertTrue(!finding.messageVi().isBlank() && !finding.messageEn().isBlank(), finding.toString());
    }
  }

  @Provide
  Arbitrary<Plan> plans() {
    return Builders.withBuilder(Plan::builder)
        .use(Arbitraries.of(NUMBERS).map(DocumentNumber::parse)).in(Plan.Builder::number)
        .use(text()).in(Plan.Builder::issuer)
        .use(text()).in(Plan.Builder::place)
        .use(dates().optional()).in(Plan.Builder::issueDate)
        .use(Arbitraries.integers().between(Plan.MIN_YEAR - 5, Plan.MAX_YEAR + 5)).in(Plan.Builder::year)
        .use(text()).in(Plan.Builder::title)
        .use(Arbitraries.of(
                "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ",
                "Quyết định số 3486/QĐ-UBND ngày 31/12/2021 của Ủy ban nhân dân tỉnh",
                "Công văn số 5673/BNV-CCVC ngày 03/10/2023 của Bộ Nội vụ")
            .map(DocumentReference::parse).list().ofMaxSize(3))
        .in(Plan.Builder::addAllLegalBases)
        .use(text().list().ofMaxSize(3)).in(Plan.Builder::addAllPurposes)
        .use(text().list().ofMaxSize(3)).in(Plan.Builder::addAllRequirements)
        .use(tasks().list().ofMaxSize(8)).in(Plan.Builder::addAllTasks)
        .build(Plan.Builder::build);
  }

  Arbitrary<Task> tasks() {
    Arbitrary<AgencyRef> agencies = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('A', 'Z').withChars('-').ofMinLength(1).ofMaxLength(8)
            .filter(id -> !id.isBlank()).map(AgencyRef::unit),
        text().map(AgencyRef::group));
    Arbitrary<Completion> completions = Combinators.combine(
            Arbitraries.of(NUMBERS).map(DocumentNumber::parse), dates(), text())
        .as(Completion::of);
    return Builders.withBuilder(Task::builder)
        .use(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(2).optional())
        .in(Task.Builder::code)
        .use(Arbitraries.of(ReformArea.class)).in(Task.Builder::area)
        .use(text()).in(Task.Builder::title)
        .use(text().list().ofMaxSize(3)).in(Task.Builder::addAllOutputs)
        .use(agencies.list().ofMaxSize(2)).in(Task.Builder::addAllLeads)
        .use(agencies.list().ofMaxSize(3)).in(Task.Builder::addAllCoordinators)
        .use(Arbitraries.of(TIMEFRAMES).optional())
        .in((b, text) -> text.isEmpty() ? b : b.timeframe(Timeframe.parse(text.get())).timeframeText(text.get()))
        .use(Arbitraries.of(TaskStatus.class)).in(Task.Builder::status)
        .use(dates().optional()).in(Task.Builder::completionDate)
        .use(completions.optional()).in(Task.Builder::completion)
        .build(Task.Builder::build);
  }

  /** Vietnamese text in NFC, as the model keeps it: letters with their diacritics, spaces and punctuation. */
  static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
        .withChars("ABCĐHKLNQSTUVX0123456789 ,;-/().")
        .ofMinLength(1).ofMaxLength(40)
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 3650).map(days -> LocalDate.of(2020, 1, 1).plusDays(days));
  }
}
