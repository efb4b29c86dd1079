package io.github.cchc.reporting.render.markdown;

import io.github.cchc.reporting.Block;
import io.github.cchc.reporting.BulletList;
import io.github.cchc.reporting.Cell;
import io.github.cchc.reporting.Column;
import io.github.cchc.reporting.Figure;
import io.github.cchc.reporting.NationalHeading;
import io.github.cchc.reporting.Paragraph;
import io.github.cchc.reporting.Placeholder;
import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.Row;
import io.github.cchc.reporting.RowKind;
import io.github.cchc.reporting.Section;
import io.github.cchc.reporting.Table;
import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link Report} as GitHub-flavoured Markdown: the national heading as two bold blocks, the title as a
 * level-1 heading, sections as headings one level deeper per nesting (at most level 6), tables as pipe tables with
 * numbers right-aligned, charts as the table of their data, placeholders as bold "[Cần bổ sung: …]".
 *
 * <p>Every text from the report is escaped: Markdown punctuation with a backslash, {@code <}, {@code >} and
 * {@code &} as HTML entities, so that a text holding markup shows as written and never becomes HTML. Line breaks
 * inside table cells become spaces.
 *
 * <pre>{@code
 * String markdown = MarkdownRenderer.render(report);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarkdownRenderer {

  private MarkdownRenderer() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the Markdown text, lines ending with {@code \n}
   */
  public static String render(Report report) {
    Objects.requireNonNull(report, "report");
    ReportLocale locale = report.locale();
    StringBuilder out = new StringBuilder();
    report.heading().ifPresent(h -> heading(h, locale, out));
    if (!report.titleInHeading()) {
      out.append("# ").append(inline(report.title())).append("\n\n");
    }
    report.subtitle().ifPresent(s -> out.append('*').append(inline(s)).append("*\n\n"));
    if (report.blocks().isEmpty()) {
      out.append('*').append(inline(locale.noData())).append("*\n\n");
    }
    blocks(report.blocks(), 2, locale, out);
    report.heading().ifPresent(h -> closing(h, locale, out));
    return out.toString().stripTrailing() + "\n";
  }

  private static void heading(NationalHeading heading, ReportLocale locale, StringBuilder out) {
    List<String> lines = heading.issuerLines();
    for (int i = 0; i < lines.size(); i++) {
      // The parent body upright, the issuing body itself (the last line) bold.
      out.append(i == lines.size() - 1 ? "**" + inline(lines.get(i)) + "**" : inline(lines.get(i))).append("  \n");
    }
    out.append(inline(locale.numberLabel() + ": " + heading.numberText())).append("\n\n");
    out.append("**").append(inline(locale.nationName())).append("**  \n");
    out.append("**").append(inline(locale.motto())).append("**  \n");
    out.append('*').append(inline(heading.placeAndDate(locale))).append("*\n\n");
    heading.documentType().ifPresent(t -> out.append("**").append(inline(t)).append("**  \n"));
    heading.summary().ifPresent(s -> out.append("**").append(inline(s)).append("**\n"));
    if (heading.documentType().isPresent() || heading.summary().isPresent()) {
      out.append('\n');
    }
  }

  /** The signature block and the recipients after the body. */
  private static void closing(NationalHeading heading, ReportLocale locale, StringBuilder out) {
    heading.signature().ifPresent(s -> {
      s.authority().ifPresent(a -> out.append("**").append(inline(a)).append("**  \n"));
      out.append("**").append(inline(s.title())).append("**  \n");
      out.append("**").append(inline(s.name())).append("**\n\n");
    });
    if (!heading.recipients().isEmpty()) {
      out.append("***").append(inline(locale.recipientsLabel())).append("***\n\n");
      heading.recipients().forEach(r -> out.append("- ").append(inline(r)).append('\n'));
      out.append('\n');
    }
  }

  private static void blocks(List<Block> blocks, int level, ReportLocale locale, StringBuilder out) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        out.append("#".repeat(Math.min(6, level))).append(' ').append(inline(section.numberedHeading()))
            .append("\n\n");
        blocks(section.blocks(), level + 1, locale, out);
      } else if (block instanceof Paragraph paragraph) {
        paragraph(paragraph.text(), out);
      } else if (block instanceof BulletList list) {
        if (list.items().isEmpty()) {
          out.append('*').append(inline(locale.noData())).append("*\n\n");
        } else {
          list.items().forEach(item -> out.append("- ").append(cellText(item)).append('\n'));
          out.append('\n');
        }
      } else if (block instanceof Placeholder placeholder) {
        out.append("**[").append(inline(locale.placeholderMarker() + ": " + placeholder.hint())).append("]**\n\n");
      } else if (block instanceof Table table) {
        table(table, locale, out);
      } else if (block instanceof Figure figure) {
        table(figure.dataTable(locale), locale, out);
      }
    }
  }

  private static void paragraph(String text, StringBuilder out) {
    if (text.isBlank()) {
      return;
    }
    String[] lines = text.strip().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      out.append(lineStart(inline(lines[i].strip())));
      out.append(i < lines.length - 1 ? "  \n" : "\n\n");
    }
  }

  private static void table(Table table, ReportLocale locale, StringBuilder out) {
    out.append("**").append(inline(table.title())).append("**\n\n");
    List<Column> columns = table.columns();
    out.append('|');
    columns.forEach(c -> out.append(' ').append(cellText(c.header())).append(" |"));
    out.append("\n|");
    columns.forEach(c -> out.append(c.type().isNumeric() ? " ---: |" : " --- |"));
    out.append('\n');
    if (table.isEmpty()) {
      out.append("| *").append(inline(locale.noData())).append("* |");
      out.append(" |".repeat(columns.size() - 1)).append('\n');
    }
    for (Row row : table.rows()) {
      out.append('|');
      for (Cell cell : row.cells()) {
        String text = cellText(locale.format(cell));
        boolean bold = row.kind() != RowKind.DATA && !text.isEmpty();
        out.append(' ').append(bold ? "**" + text + "**" : text).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
    table.note().ifPresent(note -> out.append('*').append(cellText(note)).append("*\n\n"));
  }

  private static String cellText(String text) {
    return inline(text.replaceAll("\\s*\\R\\s*", " ").strip());
  }

  /** Escapes a text so that it shows as written, whatever Markdown or HTML it holds. */
  static String inline(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Escapes the start of a paragraph line that would otherwise begin a list item or a numbered item. */
  static String lineStart(String escaped) {
    StringBuilder b = new StringBuilder(escaped);
    if (b.length() > 0 && (b.charAt(0) == '-' || b.charAt(0) == '+' || b.charAt(0) == '=')) {
      b.insert(0, '\\');
    }
    int digits = 0;
    while (digits < b.length() && Character.isDigit(b.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < b.length() && (b.charAt(digits) == '.' || b.charAt(digits) == ')')) {
      b.insert(digits, '\\');
    }
    return b.toString();
  }
}
