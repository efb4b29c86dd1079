package io.github.cchc.cli;

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
  JSON("json");

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
}
