package io.github.cchc.core.plan;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;

/**
 * An agency named in a task's lead or coordinating column: either one unit of an organisation directory, by its id,
 * or a named group of agencies exactly as the plan writes it, such as "Các sở, ban, ngành" or "UBND các huyện, thành
 * phố".
 *
 * <p>Groups stay text on purpose: a plan's "Các sở, ban, ngành" means whichever departments exist when the task is
 * done, and expanding it is the reader's choice, not the plan's.
 *
 * <p>This type is immutable and thread-safe.
 */
public sealed interface AgencyRef permits AgencyRef.Unit, AgencyRef.Group {

  /**
   * Refers to one unit of an organisation directory.
   *
   * @param id the unit id, such as "TB-SNV"
   * @return the reference
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the id is blank or has surrounding spaces
   */
  static Unit unit(String id) {
    return new Unit(id);
  }

  /**
   * Refers to a named group of agencies.
   *
   * @param name the group as the plan writes it, such as "Các sở, ban, ngành"
   * @return the reference
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is blank
   */
  static Group group(String name) {
    return new Group(name);
  }

  /**
   * Returns the unit id if this refers to one unit.
   *
   * @return the unit id, empty for a group
   */
  Optional<String> unitId();

  /**
   * A reference to one unit of an organisation directory, by id.
   *
   * <p>This type is immutable and thread-safe.
   *
   * @param id the unit id
   */
  record Unit(String id) implements AgencyRef {

    /**
     * Checks the id.
     *
     * @throws NullPointerException if the id is null
     * @throws IllegalArgumentException if the id is blank or has surrounding spaces
     */
    public Unit {
      Objects.requireNonNull(id, "id");
      if (id.isBlank() || !id.strip().equals(id)) {
        throw Errors.rule(ModelRuleException.Kind.PLAN, id,
            "Mã đơn vị không được trống và không có khoảng trắng ở đầu, cuối: '" + id + "'",
            "A unit id must be non-blank without surrounding spaces: '" + id + "'");
      }
    }

    @Override
    public Optional<String> unitId() {
      return Optional.of(id);
    }

    /**
     * Returns the unit id.
     *
     * @return the id
     */
    @Override
    public String toString() {
      return id;
    }
  }

  /**
   * A named group of agencies, kept as the plan's text (in NFC).
   *
   * <p>This type is immutable and thread-safe.
   *
   * @param name the group's text
   */
  record Group(String name) implements AgencyRef {

    /**
     * Checks the name and normalises it to NFC.
     *
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Group {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw Errors.rule(ModelRuleException.Kind.PLAN, "group", "Nhóm cơ quan cần có tên",
            "A group of agencies needs a name");
      }
      name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    @Override
    public Optional<String> unitId() {
      return Optional.empty();
    }

    /**
     * Returns the group's text.
     *
     * @return the name
     */
    @Override
    public String toString() {
      return name;
    }
  }
}
