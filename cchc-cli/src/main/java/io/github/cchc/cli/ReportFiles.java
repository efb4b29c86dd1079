package io.github.cchc.cli;

import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.render.csv.CsvFile;
import io.github.cchc.reporting.render.csv.CsvRenderer;
import io.github.cchc.reporting.render.html.HtmlRenderer;
import io.github.cchc.reporting.render.json.JsonRenderer;
import io.github.cchc.reporting.render.markdown.MarkdownRenderer;
import io.github.cchc.reporting.render.docx.DocxRenderer;
import io.github.cchc.reporting.render.xlsx.XlsxRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a report into files, in one format or in all of them. */
final class ReportFiles {

  private ReportFiles() {}

  static ReportLocale locale(Lang lang) {
    return ReportLocale.of(lang.locale());
  }

  /**
   * Writes a report to a file. CSV holds one table per file: a report of several tables is written as {@code
   * STEM-NAME.csv} files next to the given path, NAME being the renderer's name for each table.
   *
   * @return the files written
   */
  static List<Path> write(Report report, ReportFormat format, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      switch (format) {
        case MD -> Files.writeString(file, MarkdownRenderer.render(report), StandardCharsets.UTF_8);
        case HTML -> Files.writeString(file, HtmlRenderer.render(report), StandardCharsets.UTF_8);
        case JSON -> Files.writeString(file, JsonRenderer.render(report), StandardCharsets.UTF_8);
        case XLSX -> Files.write(file, XlsxRenderer.render(report));
        case DOCX -> Files.write(file, DocxRenderer.render(report));
        case CSV -> {
          return writeCsv(report, file);
        }
        default -> throw new IllegalStateException("format " + format);
      }
      return List.of(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> writeCsv(Report report, Path file) throws IOException {
    List<CsvFile> files = CsvRenderer.render(report);
    if (files.size() == 1) {
      Files.write(file, files.get(0).bytes());
      return List.of(file);
    }
    String name = file.getFileName().toString();
    String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    List<Path> written = new ArrayList<>();
    for (CsvFile csv : files) {
      Path path = file.resolveSibling(stem + "-" + csv.fileName());
      Files.write(path, csv.bytes());
      written.add(path);
    }
    return List.copyOf(written);
  }

  /** Writes a report in every format as {@code DIR/NAME.EXT}, returning the files by format. */
  static List<Path> writeAll(Report report, Path dir, String name) {
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      written.addAll(write(report, format, dir.resolve(name + "." + format.extension())));
    }
    return written;
  }
}
