package io.github.cchc.core.schedule;

import java.util.List;
import java.util.Objects;

/**
 * Why the visits do not fit, in Vietnamese and English, with the units concerned (empty when the window as a whole is
 * too short).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param units the units that could not be placed
 * @param messageVi the explanation in Vietnamese
 * @param messageEn the explanation in English
 */
public record ScheduleProblem(List<String> units, String messageVi, String messageEn) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ScheduleProblem {
    units = List.copyOf(units);
    Objects.requireNonNull(messageVi, "messageVi");
    Objects.requireNonNull(messageEn, "messageEn");
  }
}
