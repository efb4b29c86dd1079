package io.github.cchc.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The heading of an official document: on the left the issuing body (for example "UBND TỈNH SƠN LA" over "SỞ NỘI
 * VỤ") and the number and symbol; on the right the national name and motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /
 * Độc lập - Tự do - Hạnh phúc") and the place and date. A draft leaves the number and the date absent, and they are
 * shown as dots.
 *
 * <pre>{@code
 * NationalHeading heading = NationalHeading.builder()
 *     .addIssuerLine("UBND TỈNH SƠN LA", "SỞ NỘI VỤ")
 *     .number("125/BC-SNV").place("Sơn La").date(LocalDate.of(2024, 6, 14))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NationalHeading {

  NationalHeading() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NationalHeading}; at least one issuer line and the place are required. */
  public static final class Builder extends ImmutableNationalHeading.Builder {
    Builder() {}
  }

  /**
   * Returns the lines naming the issuer, the superior body first.
   *
   * @return the lines, at least one
   */
  public abstract List<String> issuerLines();

  /**
   * Returns the number and symbol, such as "125/BC-SNV", absent in a draft.
   *
   * @return the number
   */
  public abstract Optional<String> number();

  /**
   * Returns the place of issue, such as "Sơn La".
   *
   * @return the place
   */
  public abstract String place();

  /**
   * Returns the date of issue, absent in a draft.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> date();

  @Value.Check
  NationalHeading check() {
    if (issuerLines().isEmpty() || issuerLines().stream().allMatch(String::isBlank)) {
      throw new IllegalArgumentException("A national heading needs at least one issuer line");
    }
    if (place().isBlank()) {
      throw new IllegalArgumentException("A national heading needs a place");
    }
    List<String> lines = issuerLines().stream().map(l -> Texts.nfc(l, "issuer line").strip()).toList();
    String place = Texts.nfc(place(), "place").strip();
    Optional<String> number = number().map(n -> Texts.nfc(n, "number").strip()).filter(n -> !n.isEmpty());
    if (lines.equals(issuerLines()) && place.equals(place()) && number.equals(number())) {
      return this;
    }
    return builder().from(this).issuerLines(lines).place(place).number(number).build();
  }
}
