package io.github.cchc.core.plan;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An annual administrative-reform plan (Kế hoạch cải cách hành chính): its header (number and symbol, issuer, place,
 * date, year, title), its legal bases, purposes and requirements, and its task appendix.
 *
 * <p>A plan is built even when it breaks the rules a plan should meet; {@link PlanValidator#validate(Plan)} lists
 * what is wrong. A draft has a blank number ("Số: /KH-UBND") and no issue date.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .number(DocumentNumber.parse("175/KH-UBND"))
 *     .issuer("Ủy ban nhân dân tỉnh Thái Bình")
 *     .place("Thái Bình")
 *     .issueDate(LocalDate.of(2023, 12, 29))
 *     .year(2024)
 *     .title("Cải cách hành chính tỉnh Thái Bình năm 2024")
 *     .addTask(task)
 *     .build();
 * List<Finding> findings = PlanValidator.validate(plan);
 * }</pre>
 *
 * <p><b>Bean Validation.</b> The structural constraints (a non-blank issuer, place, title and paragraph, a year from
 * {@value #MIN_YEAR} to {@value #MAX_YEAR}, and those of each {@link Task}) are {@code jakarta.validation} annotations
 * that any validator finds without configuration, such as {@code
 * Validation.buildDefaultValidatorFactory().getValidator()} or the one Spring injects for {@code @Valid}: it reports
 * them with the same property paths ({@code title}, {@code purposes[1]}, {@code tasks[3].outputs[0]}) as the
 * {@code structure.*} findings of {@link PlanValidator}, which checks them itself and needs no validator. The
 * annotations sit on package-private JavaBeans getters ({@code getTitle()}), because validators look for properties
 * on fields and getters only, never on accessors like {@code title()}; on the module path a validator reads them
 * through the {@code opens} of this package.
 *
 * <p>Text is kept in Unicode NFC. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Plan {

  /** The earliest plan year accepted by the structural constraints. */
  public static final int MIN_YEAR = 2000;

  /** The latest plan year accepted by the structural constraints. */
  public static final int MAX_YEAR = 2100;

  Plan() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the plan's number and symbol (Số), such as 175/KH-UBND; blank in a draft.
   *
   * @return the number
   */
  public abstract DocumentNumber number();

  /**
   * Returns the issuing body, such as "Ủy ban nhân dân tỉnh Thái Bình".
   *
   * @return the issuer, never blank
   */
  public abstract String issuer();

  /**
   * Returns the place in the header, such as "Thái Bình".
   *
   * @return the place, never blank
   */
  public abstract String place();

  /**
   * Returns the date in the header.
   *
   * @return the issue date, empty in a draft
   */
  public abstract Optional<LocalDate> issueDate();

  /**
   * Returns the year the plan is for, between {@value #MIN_YEAR} and {@value #MAX_YEAR}.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the title, such as "Cải cách hành chính tỉnh Thái Bình năm 2024".
   *
   * @return the title, never blank
   */
  public abstract String title();

  /**
   * Returns the documents the plan is based on (Căn cứ, Thực hiện).
   *
   * @return the legal bases, possibly empty
   */
  public abstract List<DocumentReference> legalBases();

  /**
   * Returns the purposes (Mục đích), one paragraph each.
   *
   * @return the purposes, possibly empty
   */
  public abstract List<String> purposes();

  /**
   * Returns the requirements (Yêu cầu), one paragraph each.
   *
   * @return the requirements, possibly empty
   */
  public abstract List<String> requirements();

  /**
   * Returns the tasks of the appendix, in the plan's order.
   *
   * @return the tasks, possibly empty
   */
  public abstract List<Task> tasks();

  /**
   * Says whether this is a draft: a plan without an issue date.
   *
   * @return true for a draft
   */
  public boolean isDraft() {
    return issueDate().isEmpty();
  }

  /**
   * Returns the tasks of one area, in the plan's order.
   *
   * @param area the area
   * @return the tasks of that area, possibly empty
   * @throws NullPointerException if the area is null
   */
  public List<Task> tasksOf(ReformArea area) {
    Objects.requireNonNull(area, "area");
    return tasks().stream().filter(task -> task.area() == area).toList();
  }

  /**
   * Builds {@link Plan}s; {@code from(plan)} copies a plan to change it.
   *
   * @see Plan#builder()
   */
  public static final class Builder extends ImmutablePlan.Builder {
    /** Creates an empty builder; {@link Plan#builder()} is the usual way. */
    public Builder() {}
  }

  // The Bean Validation view of the plan: validators find constraints on fields and on getters named get*/is*, so
  // these getters carry the constraints that the accessors mean. StructureRule checks the same in plain Java.

  @NotBlank
  String getIssuer() {
    return issuer();
  }

  @NotBlank
  String getPlace() {
    return place();
  }

  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  int getYear() {
    return year();
  }

  @NotBlank
  String getTitle() {
    return title();
  }

  List<@NotBlank String> getPurposes() {
    return purposes();
  }

  List<@NotBlank String> getRequirements() {
    return requirements();
  }

  List<@Valid Task> getTasks() {
    return tasks();
  }

  /** Keeps the text in NFC, as read from JSON; blank text is left for the validator to report. */
  @Value.Check
  Plan normalize() {
    String nfcIssuer = nfc(issuer());
    String nfcPlace = nfc(place());
    String nfcTitle = nfc(title());
    List<String> nfcPurposes = purposes().stream().map(Plan::nfc).toList();
    List<String> nfcRequirements = requirements().stream().map(Plan::nfc).toList();
    if (nfcIssuer.equals(issuer()) && nfcPlace.equals(place()) && nfcTitle.equals(title())
        && nfcPurposes.equals(purposes()) && nfcRequirements.equals(requirements())) {
      return this;
    }
    return builder().from(this).issuer(nfcIssuer).place(nfcPlace).title(nfcTitle).purposes(nfcPurposes)
        .requirements(nfcRequirements).build();
  }

  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
