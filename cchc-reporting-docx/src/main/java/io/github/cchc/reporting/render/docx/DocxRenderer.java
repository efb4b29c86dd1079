package io.github.cchc.reporting.render.docx;

import io.github.cchc.reporting.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Renders a {@link Report} as a Word document (DOCX) in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I:
 *
 * <ul>
 *   <li>A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman in every script slot
 *       (ascii, hAnsi, cs, eastAsia), so no Vietnamese diacritic falls back to another font;
 *   <li>the heading as a borderless two-column table: the parent body upright and the issuing body bold with a short
 *       rule beneath, "Số: …" 13 pt; "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" 12 pt capitals bold, "Độc lập - Tự do -
 *       Hạnh phúc" 13 pt bold with a rule beneath, the place and date 14 pt italic; the document type 14 pt
 *       capitals bold and the summary bold;
 *   <li>the body 14 pt, justified, first-line indent 1.27 cm, 6 pt after each paragraph, line spacing 1.15;
 *   <li>after the body, a borderless two-column table: "Nơi nhận:" 12 pt bold italic with its list 11 pt, and the
 *       signature block (authority and title capitals bold, room for the signature and seal, the name bold);
 *   <li>the page number centred in the top margin from page 2 on (a different first page);
 *   <li>every table with more than {@value DocxWriter#PORTRAIT_COLUMNS} columns in a landscape section of its own,
 *       its header row repeated on each page and no row broken across pages.
 * </ul>
 *
 * <p>Charts are left out and their data tables kept: drawing the chart model into an image would need a
 * rasteriser (java.awt is unavailable on many servers), and the table carries the same numbers exactly. Text is
 * written in NFC, control characters other than tab shown as U+FFFD. The output is deterministic: the core
 * properties carry the date of the report's heading (1 January 1980 without one) and every ZIP entry the same
 * time, so the same report gives the same bytes.
 *
 * <pre>{@code
 * byte[] docx = DocxRenderer.render(report);
 * DocxRenderer.write(report, Path.of("bao-cao.docx"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocxRenderer {

  private DocxRenderer() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the DOCX bytes
   * @throws NullPointerException if the argument is null
   */
  public static byte[] render(Report report) {
    return new DocxWriter(Objects.requireNonNull(report, "report")).write();
  }

  /**
   * Renders a report to a stream, which is not closed.
   *
   * @param report the report
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   * @throws NullPointerException if an argument is null
   */
  public static void write(Report report, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(render(report));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Word document: " + e.getMessage(), e);
    }
  }

  /**
   * Renders a report to a file, replacing it.
   *
   * @param report the report
   * @param path the file
   * @throws UncheckedIOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void write(Report report, Path path) {
    Objects.requireNonNull(path, "path");
    byte[] bytes = render(report);
    try {
      Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
