package io.github.cchc.reporting;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every report product takes besides its data: the language, the national heading of an official document,
 * and a title or subtitle replacing the product's own.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.builder()
 *     .locale(ReportLocale.VIETNAMESE)
 *     .heading(NationalHeading.builder().addIssuerLines("UBND TỈNH SƠN LA", "SỞ NỘI VỤ").place("Sơn La").build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportOptions {

  ReportOptions() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReportOptions}; every part is optional. */
  public static final class Builder extends ImmutableReportOptions.Builder {
    Builder() {}
  }

  /**
   * Returns the options by default: Vietnamese, no national heading, the product's own title.
   *
   * @return the default options
   */
  public static ReportOptions defaults() {
    return builder().build();
  }

  /**
   * Returns the options for a language, with no national heading and the product's own title.
   *
   * @param locale the language
   * @return the options
   */
  public static ReportOptions of(ReportLocale locale) {
    return builder().locale(locale).build();
  }

  /**
   * Returns the language, Vietnamese by default.
   *
   * @return the language
   */
  @Value.Default
  public ReportLocale locale() {
    return ReportLocale.VIETNAMESE;
  }

  /**
   * Returns the national heading, absent for a working document.
   *
   * @return the heading
   */
  public abstract Optional<NationalHeading> heading();

  /**
   * Returns a title that replaces the product's own.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * Returns a subtitle that replaces the product's own.
   *
   * @return the subtitle
   */
  public abstract Optional<String> subtitle();

  /** Starts a report with these options and the product's own title and subtitle where none is given. */
  Report.Builder start(String title, Optional<String> subtitle) {
    Report.Builder builder = Report.builder().locale(locale()).title(title().orElse(title));
    heading().ifPresent(builder::heading);
    subtitle().or(() -> subtitle).ifPresent(builder::subtitle);
    return builder;
  }
}
