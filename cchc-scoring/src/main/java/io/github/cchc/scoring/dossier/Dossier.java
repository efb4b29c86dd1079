package io.github.cchc.scoring.dossier;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One administrative-procedure dossier (hồ sơ TTHC), as a programme hands it to a {@link DossierTable.Builder}. The
 * table does not keep these objects: it stores the fields in columns.
 *
 * <p>Dates may carry a time of day. A dossier is on time when it is finished no later than its due date; when the
 * due date and the finished date are the same day and both carry a time, the times decide.
 *
 * <pre>{@code
 * Dossier d = Dossier.builder()
 *     .id("000.00.12.H56-240305-0001").unitId("SL-XA-01").field("Đất đai")
 *     .received(LocalDate.of(2024, 3, 5)).due(LocalDate.of(2024, 3, 20))
 *     .finished(LocalDate.of(2024, 3, 18)).channel(Channel.ONLINE_FULL)
 *     .build();
 * }</pre>
 *
 * <p>Texts are kept in NFC. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dossier {

  Dossier() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dossier}; id, unit, received, due and channel are required. */
  public static final class Builder extends ImmutableDossier.Builder {
    Builder() {}
  }

  /**
   * Returns the dossier id (mã hồ sơ), unique within a file.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the id of the unit that handles the dossier.
   *
   * @return the unit id
   */
  public abstract String unitId();

  /**
   * Returns the procedure (thủ tục), empty if not given.
   *
   * @return the procedure code or name
   */
  @Value.Default
  public String procedure() {
    return "";
  }

  /**
   * Returns the field (lĩnh vực), such as "Đất đai", empty if not given.
   *
   * @return the field
   */
  @Value.Default
  public String field() {
    return "";
  }

  /**
   * Returns the date received (ngày tiếp nhận).
   *
   * @return the date
   */
  public abstract LocalDate received();

  /**
   * Returns the time received, if known.
   *
   * @return the time
   */
  public abstract Optional<LocalTime> receivedTime();

  /**
   * Returns the due date (ngày hẹn trả).
   *
   * @return the date
   */
  public abstract LocalDate due();

  /**
   * Returns the due time, if known.
   *
   * @return the time
   */
  public abstract Optional<LocalTime> dueTime();

  /**
   * Returns the date finished (ngày hoàn thành), empty while pending.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> finished();

  /**
   * Returns the time finished, if known.
   *
   * @return the time
   */
  public abstract Optional<LocalTime> finishedTime();

  /**
   * Returns how the dossier was submitted.
   *
   * @return the channel
   */
  public abstract Channel channel();

  /**
   * Tells whether the dossier was digitised (số hóa).
   *
   * @return true if digitised
   */
  @Value.Default
  public boolean digitized() {
    return false;
  }

  /**
   * Tells whether the fee was paid online.
   *
   * @return true if paid online
   */
  @Value.Default
  public boolean paidOnline() {
    return false;
  }

  /**
   * Tells whether an apology letter was issued for it.
   *
   * @return true if an apology was issued
   */
  @Value.Default
  public boolean apology() {
    return false;
  }

  /**
   * Returns how many times the applicant was asked to supplement the dossier (số lần bổ sung).
   *
   * @return the count, 0 to 32767
   */
  @Value.Default
  public int supplementRequests() {
    return 0;
  }

  /**
   * Tells whether the dossier was finished late by the times of day: finished on its due date, both times known, and
   * the finished time after the due time.
   *
   * @return true if late on the due day itself
   */
  public boolean lateOnDueDay() {
    return finished().isPresent() && finished().get().equals(due())
        && finishedTime().isPresent() && dueTime().isPresent() && finishedTime().get().isAfter(dueTime().get());
  }

  @Value.Check
  Dossier normalized() {
    if (id().isBlank() || unitId().isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.DOSSIERS, id(),
          "Hồ sơ cần có mã và đơn vị: '" + id() + "', '" + unitId() + "'",
          "A dossier needs an id and a unit: '" + id() + "', '" + unitId() + "'");
    }
    if (finishedTime().isPresent() && finished().isEmpty()) {
      throw Errors.rule(ModelRuleException.Kind.DOSSIERS, id(),
          "Hồ sơ '" + id() + "' có giờ giải quyết xong nhưng không có ngày",
          "Dossier '" + id() + "' has a finished time but no finished date");
    }
    if (supplementRequests() < 0 || supplementRequests() > Short.MAX_VALUE) {
      throw Errors.rule(ModelRuleException.Kind.DOSSIERS, id(),
          "Hồ sơ '" + id() + "': số lần yêu cầu bổ sung ngoài khoảng 0.." + Short.MAX_VALUE
          + ": " + supplementRequests(), "Dossier '" + id() + "': supplement requests out of range 0.."
          + Short.MAX_VALUE + ": " + supplementRequests());
    }
    if (finished().isPresent()) {
      LocalDate f = finished().get();
      boolean before = f.isBefore(received()) || f.equals(received()) && finishedTime().isPresent()
          && receivedTime().isPresent() && finishedTime().get().isBefore(receivedTime().get());
      if (before) {
        String done = f + finishedTime().map(t -> " " + t).orElse("");
        String in = received() + receivedTime().map(t -> " " + t).orElse("");
        throw Errors.rule(ModelRuleException.Kind.DOSSIERS, id(),
            "Hồ sơ '" + id() + "' giải quyết xong (" + done + ") trước khi tiếp nhận (" + in + ")",
            "Dossier '" + id() + "' is finished (" + done + ") before it was received (" + in + ")");
      }
    }
    String[] texts = {id(), unitId(), procedure(), field()};
    boolean changed = false;
    for (int i = 0; i < texts.length; i++) {
      String n = Normalizer.normalize(texts[i].strip(), Normalizer.Form.NFC);
      changed |= !n.equals(texts[i]);
      texts[i] = n;
    }
    return changed
        ? builder().from(this).id(texts[0]).unitId(texts[1]).procedure(texts[2]).field(texts[3]).build()
        : this;
  }
}
