package io.github.cchc.reporting;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report, independent of its output format: an optional national heading, a title, an optional subtitle and a
 * body of {@link Block}s. The renderers in {@code io.github.cchc.reporting.render.*} turn it into Markdown, HTML,
 * CSV, XLSX or JSON, formatting numbers and dates in the report's {@link #locale()}.
 *
 * <pre>{@code
 * Report report = Report.builder()
 *     .title("Báo cáo kết quả thực hiện công tác cải cách hành chính")
 *     .addBlock(Section.of("I", "Công tác chỉ đạo, điều hành", Paragraph.of("…")))
 *     .build();
 * String html = HtmlRenderer.render(report);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Report {

  Report() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Report}; the title is required. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }

  /**
   * Returns the national heading of an official document, absent for a working document such as a dashboard.
   *
   * @return the heading
   */
  public abstract Optional<NationalHeading> heading();

  /**
   * Returns the title, such as "BÁO CÁO Kết quả thực hiện công tác cải cách hành chính".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the subtitle, such as the period the report covers.
   *
   * @return the subtitle
   */
  public abstract Optional<String> subtitle();

  /**
   * Returns the language of the report's texts and number formats, Vietnamese by default.
   *
   * @return the locale
   */
  @Value.Default
  public ReportLocale locale() {
    return ReportLocale.VIETNAMESE;
  }

  /**
   * Returns whether the heading already shows the title: its document type is given and its summary is the title,
   * as in a report whose heading names it ("BÁO CÁO / Kết quả thực hiện công tác cải cách hành chính năm 2024").
   * The renderers then show the title once, in the heading.
   *
   * @return whether the title is the heading's summary
   */
  public boolean titleInHeading() {
    return heading().filter(h -> h.documentType().isPresent()).flatMap(NationalHeading::summary)
        .filter(title()::equals).isPresent();
  }

  /**
   * Returns the body.
   *
   * @return the blocks, possibly none
   */
  public abstract List<Block> blocks();

  /**
   * Returns every table of the report in document order, the data tables of its charts included, as the CSV and
   * XLSX renderers write them.
   *
   * @return the tables
   */
  public List<Table> tables() {
    java.util.ArrayList<Table> tables = new java.util.ArrayList<>();
    collectTables(blocks(), tables);
    return List.copyOf(tables);
  }

  private void collectTables(List<Block> blocks, List<Table> into) {
    for (Block block : blocks) {
      if (block instanceof Table table) {
        into.add(table);
      } else if (block instanceof Figure figure) {
        into.add(figure.dataTable(locale()));
      } else if (block instanceof Section section) {
        collectTables(section.blocks(), into);
      }
    }
  }

  @Value.Check
  Report check() {
    String title = Texts.nonBlank(title(), "report title");
    Optional<String> subtitle = subtitle().map(s -> Texts.nfc(s, "subtitle").strip()).filter(s -> !s.isEmpty());
    if (title.equals(title()) && subtitle.equals(subtitle())) {
      return this;
    }
    return builder().from(this).title(title).subtitle(subtitle).build();
  }
}
