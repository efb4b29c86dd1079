package io.github.cchc.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A numbered section with a heading and a body, which may hold further sections to any depth. The number is a label
 * as the document writes it: "Phần I", "II", "1", "a)".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the number, absent for an unnumbered section
 * @param heading the heading, in NFC
 * @param blocks the body
 */
public record Section(Optional<String> number, String heading, List<Block> blocks) implements Block {

  /**
   * Creates a section.
   *
   * @param number the number, absent for an unnumbered section
   * @param heading the heading, not blank
   * @param blocks the body
   * @throws IllegalArgumentException if the heading is blank
   */
  public Section {
    Objects.requireNonNull(number, "number");
    number = number.map(n -> Texts.nfc(n, "number").strip()).filter(n -> !n.isEmpty());
    heading = Texts.nonBlank(heading, "section heading");
    blocks = List.copyOf(blocks);
  }

  /**
   * Creates a numbered section.
   *
   * @param number the number, such as "II"
   * @param heading the heading, not blank
   * @param blocks the body
   * @return the section
   * @throws IllegalArgumentException if the heading is blank
   */
  public static Section of(String number, String heading, List<? extends Block> blocks) {
    return new Section(Optional.of(number), heading, List.copyOf(blocks));
  }

  /**
   * Creates a numbered section.
   *
   * @param number the number, such as "II"
   * @param heading the heading, not blank
   * @param blocks the body
   * @return the section
   * @throws IllegalArgumentException if the heading is blank
   */
  public static Section of(String number, String heading, Block... blocks) {
    return of(number, heading, Arrays.asList(blocks));
  }

  /**
   * Creates an unnumbered section.
   *
   * @param heading the heading, not blank
   * @param blocks the body
   * @return the section
   * @throws IllegalArgumentException if the heading is blank
   */
  public static Section unnumbered(String heading, List<? extends Block> blocks) {
    return new Section(Optional.empty(), heading, List.copyOf(blocks));
  }

  /**
   * Returns the heading with its number, as "II. Cải cách thể chế".
   *
   * @return the numbered heading
   */
  public String numberedHeading() {
    return number.map(n -> n.endsWith(")") || n.endsWith(".") ? n + " " + heading : n + ". " + heading)
        .orElse(heading);
  }
}
