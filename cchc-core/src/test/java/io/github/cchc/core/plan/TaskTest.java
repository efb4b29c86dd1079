package io.github.cchc.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.timeframe.Timeframe;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaskTest {

  static final LocalDate END_OF_Q1 = LocalDate.of(2024, 3, 31);

  static Task quarterOneTask() {
    return Task.builder()
        .code("2")
        .area(ReformArea.DIRECTION)
        .title("Xây dựng Kế hoạch hoạt động của Ban Chỉ đạo CCHC của tỉnh")
        .addOutput("Kế hoạch của BCD CCHC tỉnh")
        .addLead(AgencyRef.unit("TB-SNV"))
        .addCoordinator(AgencyRef.group("Sở, ban, ngành"))
        .timeframe(Timeframe.parse("Quý I/2024"))
        .timeframeText("Quý I/2024")
        .build();
  }

  static Task done(Task task, LocalDate on) {
    return Task.builder().from(task).status(TaskStatus.DONE).completionDate(on).build();
  }

  @Test
  @DisplayName("Nhiệm vụ thực hiện trong Quý I/2024 đến hạn ngày 31/3/2024")
  void theDueDateIsTheLastDayOfTheTimeframe() {
    assertEquals(Optional.of(END_OF_Q1), quarterOneTask().dueDate());
  }

  @Test
  void doneOnOrBeforeTheDueDateIsOnTime() {
    assertEquals(Timeliness.ON_TIME, done(quarterOneTask(), END_OF_Q1).timeliness(LocalDate.of(2024, 12, 31)));
    assertEquals(Timeliness.ON_TIME,
        done(quarterOneTask(), LocalDate.of(2024, 1, 15)).timeliness(LocalDate.of(2024, 1, 15)));
  }

  @Test
  void doneAfterTheDueDateIsLate() {
    assertEquals(Timeliness.LATE,
        done(quarterOneTask(), END_OF_Q1.plusDays(1)).timeliness(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void anOpenTaskIsOverdueOnlyAfterItsDueDate() {
    Task open = quarterOneTask();
    assertEquals(Timeliness.NOT_YET_DUE, open.timeliness(END_OF_Q1));
    assertEquals(Timeliness.OVERDUE, open.timeliness(END_OF_Q1.plusDays(1)));
    Task started = Task.builder().from(open).status(TaskStatus.IN_PROGRESS).build();
    assertEquals(Timeliness.OVERDUE, started.timeliness(LocalDate.of(2024, 6, 30)));
  }

  @Test
  void aTaskDoneAfterTheAssessmentDateWasStillOpenOnThatDate() {
    Task doneInMay = done(quarterOneTask(), LocalDate.of(2024, 5, 10));
    assertEquals(Timeliness.NOT_YET_DUE, doneInMay.timeliness(LocalDate.of(2024, 3, 1)));
    assertEquals(Timeliness.OVERDUE, doneInMay.timeliness(LocalDate.of(2024, 4, 30)));
    assertEquals(Timeliness.LATE, doneInMay.timeliness(LocalDate.of(2024, 6, 30)));
  }

  @Test
  @DisplayName("Nhiệm vụ \"Thường xuyên\" không có hạn: không đoán đúng hạn hay trễ hạn")
  void anOngoingTaskHasNoDueDate() {
    Task ongoing = Task.builder().from(quarterOneTask()).timeframe(Timeframe.parse("Thường xuyên")).build();
    assertEquals(Optional.empty(), ongoing.dueDate());
    assertEquals(Timeliness.NO_DUE_DATE, done(ongoing, LocalDate.of(2024, 5, 1)).timeliness(LocalDate.of(2024, 12, 31)));
    assertEquals(Timeliness.NO_DUE_DATE, ongoing.timeliness(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void aTaskWithoutATimeframeHasNoDueDate() {
    Task task = Task.builder().from(quarterOneTask()).timeframe(Optional.empty()).build();
    assertEquals(Timeliness.NO_DUE_DATE, task.timeliness(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void aDoneTaskWithoutACompletionDateIsUnknown() {
    Task task = Task.builder().from(quarterOneTask()).status(TaskStatus.DONE).build();
    assertEquals(Timeliness.UNKNOWN, task.timeliness(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void aCancelledTaskIsNeitherOnTimeNorLate() {
    Task task = Task.builder().from(quarterOneTask()).status(TaskStatus.CANCELLED).build();
    assertEquals(Timeliness.CANCELLED, task.timeliness(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void theStatusIsNotStartedUnlessSet() {
    assertEquals(TaskStatus.NOT_STARTED, quarterOneTask().status());
    assertEquals("Đã hoàn thành", TaskStatus.DONE.label());
  }

  @Test
  void aCompletionNeedsASummary() {
    DocumentNumber number = DocumentNumber.parse("12/KH-UBND");
    assertThrows(IllegalArgumentException.class, () -> Completion.of(number, LocalDate.of(2024, 1, 5), " "));
    assertThrows(NullPointerException.class, () -> Completion.of(number, null, "x"));
    Completion completion = Completion.of(number, LocalDate.of(2024, 1, 5), "Kế hoạch hoạt động của BCĐ CCHC");
    assertEquals(Optional.of(completion),
        Task.builder().from(quarterOneTask()).completion(completion).build().completion());
  }

  @Test
  void agencyReferencesAreCheckedAtTheDoor() {
    assertThrows(IllegalArgumentException.class, () -> AgencyRef.unit(""));
    assertThrows(IllegalArgumentException.class, () -> AgencyRef.unit(" TB-SNV"));
    assertThrows(IllegalArgumentException.class, () -> AgencyRef.group("  "));
    assertThrows(NullPointerException.class, () -> AgencyRef.unit(null));
    assertEquals(Optional.of("TB-SNV"), AgencyRef.unit("TB-SNV").unitId());
    assertEquals(Optional.empty(), AgencyRef.group("Các sở, ban, ngành").unitId());
    // Decomposed input is kept in NFC.
    assertEquals("Sở", AgencyRef.group("So\u031b\u0309").name());
  }
}
