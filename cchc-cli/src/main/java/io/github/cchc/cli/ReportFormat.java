package io.github.cchc.cli;

import java.util.Locale;
import java.util.Optional;

/** The file formats of a report. */
public enum ReportFormat {
  /** Markdown. */
  MD("md"),
  /** One self-contained HTML file with inline CSS and SVG charts. */
  HTML("html"),
  /** CSV, UTF-8 with a byte-order mark, one file per table. */
  CSV("csv"),
  /** An Excel workbook, one sheet per table. */
  XLSX("xlsx"),
  /** JSON. */
  JSON("json"),
  /** A Word document in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I. */
  DOCX("docx");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /**
   * Returns the file extension, without the dot.
   *
   * @return the extension, such as {@code md}
   */
  public String extension() {
    return extension;
  }

  /**
   * Returns the format a file name's extension names: {@code .md} (or {@code .markdown}), {@code .html} (or
   * {@code .htm}), {@code .csv}, {@code .xlsx}, {@code .json} or {@code .docx}, in any case.
   *
   * @param fileName the file name
   * @return the format, empty for any other extension or none
   */
  public static Optional<ReportFormat> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "md", "markdown" -> Optional.of(MD);
      case "html", "htm" -> Optional.of(HTML);
      case "csv" -> Optional.of(CSV);
      case "xlsx" -> Optional.of(XLSX);
      case "json" -> Optional.of(JSON);
      case "docx" -> Optional.of(DOCX);
      default -> Optional.empty();
    };
  }
}
