package io.github.cchc.core.plan;

import io.github.cchc.core.timeframe.Timeframe;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a plan's task appendix (Phụ lục nhiệm vụ): its number (STT), area, title, outputs, lead and
 * coordinating agencies and timeframe, with the tracking a report needs: status, completion date and the completing
 * document.
 *
 * <p>A task is built even when the row is defective, because real tables are: the number may be missing or repeated,
 * the output cell or the timeframe may be empty, the lead column blank. {@link PlanValidator} reports those defects as
 * findings. Only blank text (the title, an output, a number or timeframe text that is given) breaks the structural
 * constraints, which any Bean Validation validator enforces as described for {@link Plan}.
 *
 * <pre>{@code
 * Task task = Task.builder()
 *     .code("2")
 *     .area(ReformArea.DIRECTION)
 *     .title("Xây dựng Kế hoạch hoạt động của Ban Chỉ đạo CCHC của tỉnh")
 *     .addOutput("Kế hoạch của BCĐ CCHC tỉnh")
 *     .addLead(AgencyRef.unit("TB-SNV"))
 *     .timeframe(Timeframe.parse("Quý I/2024"))
 *     .build();
 * }</pre>
 *
 * <p>Text is kept in Unicode NFC. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Task {

  Task() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the task's number in its area (STT), as written, such as "2". Real tables have rows without one.
   *
   * @return the number, empty when the row has none
   */
  public abstract Optional<String> code();

  /**
   * Returns the reform area the task belongs to.
   *
   * @return the area
   */
  public abstract ReformArea area();

  /**
   * Returns the task (Nhiệm vụ).
   *
   * @return the title, never blank
   */
  public abstract String title();

  /**
   * Returns the expected outputs (Kết quả/sản phẩm); a cell may list several. An empty list is a defect that the
   * validator reports.
   *
   * @return the outputs, possibly empty
   */
  public abstract List<String> outputs();

  /**
   * Returns the lead agencies (Cơ quan chủ trì).
   *
   * @return the lead agencies, possibly empty (a defect that the validator reports)
   */
  public abstract List<AgencyRef> leads();

  /**
   * Returns the coordinating agencies (Cơ quan phối hợp).
   *
   * @return the coordinating agencies, possibly empty
   */
  public abstract List<AgencyRef> coordinators();

  /**
   * Returns when the task is to be done (Thời gian thực hiện).
   *
   * @return the timeframe, empty when the cell is empty (a defect that the validator reports)
   */
  public abstract Optional<Timeframe> timeframe();

  /**
   * Returns the timeframe cell exactly as the plan writes it, when it was kept; the {@link #timeframe()} is its parsed
   * form.
   *
   * @return the original text, empty when not kept
   */
  public abstract Optional<String> timeframeText();

  /**
   * Returns where the task stands; {@link TaskStatus#NOT_STARTED} unless set.
   *
   * @return the status
   */
  @Value.Default
  public TaskStatus status() {
    return TaskStatus.NOT_STARTED;
  }

  /**
   * Returns the date the task was done.
   *
   * @return the completion date, empty while it is not done or when it is not recorded
   */
  public abstract Optional<LocalDate> completionDate();

  /**
   * Returns the document that completed the task.
   *
   * @return the completing document, empty when none is recorded
   */
  public abstract Optional<Completion> completion();

  /**
   * Returns the task's due date: the due date of its timeframe, which is the last day of the timeframe's period.
   *
   * @return the due date, empty when the task has no timeframe or its timeframe has no due date (ongoing, set by
   *     another body)
   */
  public Optional<LocalDate> dueDate() {
    return timeframe().flatMap(Timeframe::dueDate);
  }

  /**
   * Says whether the task was done in time, as of a date. A task done no later than its due date is on time, after it
   * late. A task not done by {@code asOf} (or done only after it) is overdue once {@code asOf} is after its due date,
   * otherwise not yet due. Nothing is guessed: no due date gives {@link Timeliness#NO_DUE_DATE}, a done task without a
   * completion date {@link Timeliness#UNKNOWN}, a cancelled task {@link Timeliness#CANCELLED}.
   *
   * @param asOf the date of the assessment, such as the last day of a reporting period
   * @return the timeliness
   * @throws NullPointerException if the date is null
   */
  public Timeliness timeliness(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (status() == TaskStatus.CANCELLED) {
      return Timeliness.CANCELLED;
    }
    Optional<LocalDate> due = dueDate();
    if (due.isEmpty()) {
      return Timeliness.NO_DUE_DATE;
    }
    if (status() == TaskStatus.DONE) {
      if (completionDate().isEmpty()) {
        return Timeliness.UNKNOWN;
      }
      LocalDate done = completionDate().get();
      if (!done.isAfter(asOf)) {
        return done.isAfter(due.get()) ? Timeliness.LATE : Timeliness.ON_TIME;
      }
      // Done only after the assessment date: as of that date it was still open.
    }
    return asOf.isAfter(due.get()) ? Timeliness.OVERDUE : Timeliness.NOT_YET_DUE;
  }

  /**
   * Builds {@link Task}s; {@code from(task)} copies a task to change its tracking.
   *
   * @see Task#builder()
   */
  public static final class Builder extends ImmutableTask.Builder {
    /** Creates an empty builder; {@link Task#builder()} is the usual way. */
    public Builder() {}
  }

  // The Bean Validation view of the task (see Plan): getters that carry the constraints the accessors mean. An
  // absent number or timeframe text is null here, which @Pattern accepts and @NotBlank would not; the message is
  // @NotBlank's, which the provider has in every language it speaks, instead of the pattern's "must match (?s)…".

  @Pattern(regexp = StructureRule.NOT_BLANK, message = StructureRule.NOT_BLANK_MESSAGE)
  String getCode() {
    return code().orElse(null);
  }

  @NotBlank
  String getTitle() {
    return title();
  }

  List<@NotBlank String> getOutputs() {
    return outputs();
  }

  @Pattern(regexp = StructureRule.NOT_BLANK, message = StructureRule.NOT_BLANK_MESSAGE)
  String getTimeframeText() {
    return timeframeText().orElse(null);
  }

  /** Keeps the text in NFC, as read from JSON; blank text is left for the validator to report. */
  @Value.Check
  Task normalize() {
    String nfcTitle = Plan.nfc(title());
    List<String> nfcOutputs = outputs().stream().map(Plan::nfc).toList();
    Optional<String> nfcCode = code().map(Plan::nfc);
    Optional<String> nfcTimeframeText = timeframeText().map(Plan::nfc);
    if (nfcTitle.equals(title()) && nfcOutputs.equals(outputs()) && nfcCode.equals(code())
        && nfcTimeframeText.equals(timeframeText())) {
      return this;
    }
    return builder().from(this).title(nfcTitle).outputs(nfcOutputs).code(nfcCode).timeframeText(nfcTimeframeText)
        .build();
  }
}
