package io.github.cchc.core.inspection;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.util.List;
import java.util.Objects;

/**
 * A sub-team (Tổ kiểm tra) into which the inspection team splits to visit units in parallel.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param name the name, such as "Tổ 1"
 * @param members the member agencies or people, possibly empty
 */
public record SubTeam(String name, List<String> members) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component or member is null
   * @throws IllegalArgumentException if the name is blank
   */
  public SubTeam {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, "name", "Tổ kiểm tra cần có tên",
          "A sub-team needs a name");
    }
    name = Text.nfc(name);
    members = members.stream().map(Text::nfc).toList();
  }
}
