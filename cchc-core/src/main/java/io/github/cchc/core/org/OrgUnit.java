package io.github.cchc.core.org;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A unit of the administrative hierarchy: a province, a department, a district or commune committee, a subordinate
 * office, a public service unit, a state enterprise or a central agency in the province.
 *
 * <p>A unit names its parent by id; the {@link OrgDirectory} checks that the parent exists. A unit may be valid for
 * an interval only: {@link #validFrom()} inclusive, {@link #validTo()} exclusive, so that a district abolished on 1
 * July 2025 has {@code validTo = 2025-07-01}. Links to the units it replaced ({@link #predecessors()}) or that
 * replaced it ({@link #successors()}) let figures of a merged unit be carried to its successor; giving the link on
 * either side is enough.
 *
 * <pre>{@code
 * OrgUnit stc = OrgUnit.builder()
 *     .id("KG-STC").name("Sở Tài chính").kind(OrgKind.DEPARTMENT).parent("KG")
 *     .build();
 * }</pre>
 *
 * <p>Names are kept in Unicode NFC. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrgUnit {

  OrgUnit() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link OrgUnit}; {@code id}, {@code name} and {@code kind} are required. {@code build()} throws an {@link
   * io.github.cchc.core.error.ModelRuleException} when the id or name is blank, the unit is its own parent, predecessor
   * or successor, or
   * its validity interval is empty, and an {@link IllegalStateException} when a required field is missing.
   */
  public static final class Builder extends ImmutableOrgUnit.Builder {
    Builder() {}
  }

  /**
   * Returns the id, unique within a directory, such as {@code "KG-STC"}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the name, such as "Sở Tài chính".
   *
   * @return the name in NFC
   */
  public abstract String name();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract OrgKind kind();

  /**
   * Returns the id of the parent unit, absent for a root such as a province.
   *
   * @return the parent id
   */
  public abstract Optional<String> parent();

  /**
   * Returns the first day the unit exists, absent if it has always existed as far as the directory knows.
   *
   * @return the first day, inclusive
   */
  public abstract Optional<LocalDate> validFrom();

  /**
   * Returns the first day the unit no longer exists, absent while it exists.
   *
   * @return the end, exclusive
   */
  public abstract Optional<LocalDate> validTo();

  /**
   * Returns the ids of the units this one replaced, for example the communes merged into it.
   *
   * @return the predecessor ids
   */
  public abstract Set<String> predecessors();

  /**
   * Returns the ids of the units that replaced this one.
   *
   * @return the successor ids
   */
  public abstract Set<String> successors();

  /**
   * Tells whether the unit exists on a date.
   *
   * @param date the date
   * @return true if {@code validFrom <= date < validTo}, an absent bound being unbounded
   */
  public boolean isActiveOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return validFrom().map(from -> !date.isBefore(from)).orElse(true)
        && validTo().map(date::isBefore).orElse(true);
  }

  @Value.Check
  OrgUnit check() {
    if (id().isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.ORG_UNIT, "", "Mã đơn vị không được để trống (đơn vị '" + name() + "')",
          "A unit id must not be blank (unit named '" + name() + "')");
    }
    if (name().isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.ORG_UNIT, id(), "Đơn vị '" + id() + "' có tên trống",
          "Unit '" + id() + "' has a blank name");
    }
    if (parent().filter(id()::equals).isPresent()) {
      throw Errors.rule(ModelRuleException.Kind.ORG_UNIT, id(), "Đơn vị '" + id() + "' tự nhận mình là cấp trên",
          "Unit '" + id() + "' names itself as its parent");
    }
    if (validFrom().isPresent() && validTo().isPresent() && !validFrom().get().isBefore(validTo().get())) {
      throw Errors.rule(ModelRuleException.Kind.ORG_UNIT, id(),
          "Đơn vị '" + id() + "' có validFrom " + validFrom().get()
          + " không trước validTo " + validTo().get(),
          "Unit '" + id() + "' has validFrom " + validFrom().get() + " not before validTo " + validTo().get());
    }
    if (successors().contains(id()) || predecessors().contains(id())) {
      throw Errors.rule(ModelRuleException.Kind.ORG_UNIT, id(),
          "Đơn vị '" + id() + "' tự nhận mình là tiền thân hoặc kế thừa",
          "Unit '" + id() + "' names itself as its own predecessor or successor");
    }
    String nfc = Normalizer.normalize(name(), Normalizer.Form.NFC).strip();
    return nfc.equals(name()) ? this : builder().from(this).name(nfc).build();
  }
}
