package io.github.cchc.reporting.render.html;

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
import io.github.cchc.reporting.Section;
import io.github.cchc.reporting.Table;
import io.github.cchc.reporting.chart.SvgChartRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a {@link Report} as one self-contained HTML file: inline CSS, charts as inline SVG, no script, no external
 * font, stylesheet or image. It prints on A4 ({@code @page}) with the margins of official documents, and starts with
 * the national heading: the issuer on the left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc"
 * on the right.
 *
 * <p>Every text from the report is HTML-escaped. Long words wrap ({@code overflow-wrap: anywhere}), so that a long
 * text stays inside the page.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), HtmlRenderer.render(report));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlRenderer {

  static final String STYLE = """
      @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
      * { box-sizing: border-box; }
      html { background: #f2f2f2; }
      body { margin: 0; font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.35;
        color: #000; }
      .page { max-width: 210mm; margin: 0 auto; padding: 15mm 15mm 20mm 25mm; background: #fff; }
      p, li, td, h1, h2, h3, h4, h5, h6, figcaption, caption { overflow-wrap: anywhere; word-break: normal; }
      .national-heading { display: flex; justify-content: space-between; gap: 8mm; margin-bottom: 8mm; }
      .national-heading > div { text-align: center; }
      .issuer { flex: 0 1 40%; }
      .nation { flex: 0 1 58%; }
      .national-heading p { margin: 0; text-align: center; }
      .issuer-line { text-transform: uppercase; }
      .issuing-body, .nation-name { font-weight: bold; }
      .issuing-body { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1px; }
      .motto { font-weight: bold; display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1px; }
      .number { margin-top: 3mm !important; }
      .place-date { font-style: italic; margin-top: 3mm !important; }
      .document-type { text-align: center; font-weight: bold; font-size: 14pt; text-transform: uppercase;
        margin: 6mm 0 0; }
      .summary { text-align: center; font-weight: bold; margin: 0 0 4mm; }
      .closing { display: flex; justify-content: space-between; gap: 8mm; margin-top: 8mm; }
      .recipients { flex: 0 1 45%; font-size: 11pt; }
      .recipients p, .recipients ul { margin: 0; text-align: left; }
      .recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; }
      .signature { flex: 0 1 50%; text-align: center; }
      .signature p { margin: 0; text-align: center; font-weight: bold; }
      .signature .signer-name { margin-top: 25mm; }
      h1 { font-size: 15pt; text-align: center; text-transform: uppercase; margin: 4mm 0 1mm; }
      .subtitle { text-align: center; font-style: italic; margin-top: 0; }
      h2 { font-size: 14pt; margin: 6mm 0 2mm; }
      h3 { font-size: 13pt; margin: 4mm 0 2mm; }
      h4, h5, h6 { font-size: 13pt; font-style: italic; margin: 3mm 0 1mm; }
      p { text-align: justify; margin: 0 0 2mm; text-indent: 0; }
      ul { margin: 0 0 2mm; padding-left: 0; list-style: none; }
      ul li::before { content: "- "; }
      .placeholder { color: #8a1c1c; font-style: italic; border: 1px dashed #b35; padding: 1mm 2mm;
        background: #fff6f6; }
      .no-data { font-style: italic; color: #555; }
      table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 11pt; }
      caption { font-weight: bold; text-align: center; padding-bottom: 1mm; }
      th, td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
      th { background: #e8e8e8; text-align: center; overflow-wrap: normal; }
      td.num { text-align: right; white-space: nowrap; }
      td.date { white-space: nowrap; }
      tr.group td, tr.total td { font-weight: bold; }
      tr.group td { background: #f4f4f4; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      .table-note { font-style: italic; font-size: 11pt; }
      figure { margin: 2mm 0 4mm; break-inside: avoid; }
      figcaption { font-weight: bold; text-align: center; margin-bottom: 1mm; }
      figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
      svg .no-data { font-style: italic; fill: #555; }
      @media print { html { background: none; } .page { max-width: none; margin: 0; padding: 0; } }
      """;

  private HtmlRenderer() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the HTML document
   */
  public static String render(Report report) {
    Objects.requireNonNull(report, "report");
    ReportLocale locale = report.locale();
    StringBuilder out = new StringBuilder(16_384);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(locale.languageTag()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(report.title())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main class=\"page\">\n");
    report.heading().ifPresent(h -> heading(h, locale, out));
    if (!report.titleInHeading()) {
      out.append("<h1>").append(escape(report.title())).append("</h1>\n");
    }
    report.subtitle().ifPresent(s -> out.append("<p class=\"subtitle\">").append(escape(s)).append("</p>\n"));
    if (report.blocks().isEmpty()) {
      out.append("<p class=\"no-data\">").append(escape(locale.noData())).append("</p>\n");
    }
    blocks(report.blocks(), 2, locale, out);
    report.heading().ifPresent(h -> closing(h, locale, out));
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void heading(NationalHeading heading, ReportLocale locale, StringBuilder out) {
    out.append("<header class=\"national-heading\">\n<div class=\"issuer\">\n");
    List<String> lines = heading.issuerLines();
    for (int i = 0; i < lines.size(); i++) {
      // The last line names the issuing body itself, bold and underlined as official documents write it.
      out.append(i == lines.size() - 1 ? "<p class=\"issuer-line issuing-body\">" : "<p class=\"issuer-line\">")
          .append(escape(lines.get(i))).append("</p>\n");
    }
    out.append("<p class=\"number\">").append(escape(locale.numberLabel() + ": " + heading.numberText()))
        .append("</p>\n</div>\n<div class=\"nation\">\n")
        .append("<p class=\"nation-name\">").append(escape(locale.nationName())).append("</p>\n")
        .append("<p class=\"motto\">").append(escape(locale.motto())).append("</p>\n")
        .append("<p class=\"place-date\">").append(escape(heading.placeAndDate(locale)))
        .append("</p>\n</div>\n</header>\n");
    heading.documentType().ifPresent(t -> out.append("<p class=\"document-type\">").append(escape(t)).append("</p>\n"));
    heading.summary().ifPresent(s -> out.append("<p class=\"summary\">").append(escape(s)).append("</p>\n"));
  }

  /** The recipients on the left and the signature block on the right, after the body. */
  private static void closing(NationalHeading heading, ReportLocale locale, StringBuilder out) {
    if (heading.recipients().isEmpty() && heading.signature().isEmpty()) {
      return;
    }
    out.append("<footer class=\"closing\">\n<div class=\"recipients\">\n");
    if (!heading.recipients().isEmpty()) {
      out.append("<p class=\"recipients-label\">").append(escape(locale.recipientsLabel())).append("</p>\n<ul>\n");
      heading.recipients().forEach(r -> out.append("<li>").append(escape(r)).append("</li>\n"));
      out.append("</ul>\n");
    }
    out.append("</div>\n<div class=\"signature\">\n");
    heading.signature().ifPresent(s -> {
      s.authority().ifPresent(a -> out.append("<p class=\"authority\">").append(escape(a)).append("</p>\n"));
      out.append("<p class=\"signer-title\">").append(escape(s.title())).append("</p>\n");
      out.append("<p class=\"signer-name\">").append(escape(s.name())).append("</p>\n");
    });
    out.append("</div>\n</footer>\n");
  }

  private static void blocks(List<Block> blocks, int level, ReportLocale locale, StringBuilder out) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        String tag = "h" + Math.min(6, level);
        out.append("<section>\n<").append(tag).append('>').append(escape(section.numberedHeading())).append("</")
            .append(tag).append(">\n");
        blocks(section.blocks(), level + 1, locale, out);
        out.append("</section>\n");
      } else if (block instanceof Paragraph paragraph) {
        for (String line : paragraph.text().strip().split("\\R")) {
          if (!line.isBlank()) {
            out.append("<p>").append(escape(line.strip())).append("</p>\n");
          }
        }
      } else if (block instanceof BulletList list) {
        if (list.items().isEmpty()) {
          out.append("<p class=\"no-data\">").append(escape(locale.noData())).append("</p>\n");
        } else {
          out.append("<ul>\n");
          list.items().forEach(item -> out.append("<li>").append(escape(item)).append("</li>\n"));
          out.append("</ul>\n");
        }
      } else if (block instanceof Placeholder placeholder) {
        out.append("<p class=\"placeholder\">[").append(escape(locale.placeholderMarker() + ": " + placeholder.hint()))
            .append("]</p>\n");
      } else if (block instanceof Table table) {
        table(table, locale, out);
      } else if (block instanceof Figure figure) {
        out.append("<figure class=\"chart\">\n<figcaption>").append(escape(figure.chart().title()))
            .append("</figcaption>\n").append(SvgChartRenderer.render(figure.chart(), locale)).append("\n</figure>\n");
      }
    }
  }

  private static void table(Table table, ReportLocale locale, StringBuilder out) {
    List<Column> columns = table.columns();
    out.append("<table>\n<caption>").append(escape(table.title())).append("</caption>\n<thead>\n<tr>");
    columns.forEach(c -> out.append("<th scope=\"col\">").append(escape(c.header())).append("</th>"));
    out.append("</tr>\n</thead>\n<tbody>\n");
    if (table.isEmpty()) {
      out.append("<tr><td class=\"no-data\" colspan=\"").append(columns.size()).append("\">")
          .append(escape(locale.noData())).append("</td></tr>\n");
    }
    for (Row row : table.rows()) {
      out.append("<tr class=\"").append(row.kind().name().toLowerCase(Locale.ROOT)).append("\">");
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = row.cells().get(c);
        boolean numeric = !(cell instanceof Cell.Text) && cell.type().isNumeric();
        String open = numeric ? "<td class=\"num\">" : cell instanceof Cell.Date ? "<td class=\"date\">" : "<td>";
        out.append(open).append(escape(locale.format(cell))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    table.note().ifPresent(n -> out.append("<p class=\"table-note\">").append(escape(n)).append("</p>\n"));
  }

  /**
   * Escapes a text for HTML element content and attribute values.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
