package io.github.cchc.cli;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.scoring.dossier.DossierCsvReader;
import io.github.cchc.scoring.dossier.DossierJdbcReader;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads dossiers from a CSV file with a progress bar, or from a database query; a source rejected as a whole (a
 * missing column) is bad input.
 */
final class DossierInput {

  private DossierInput() {}

  /**
   * The rows a file holds, estimated from the lines of its first 256 KiB and a tenth more, so that the table's columns
   * are sized once and not twice the need: a table sized from the file's length alone, at a guess of 64 bytes a row,
   * held twice the memory of a real export's rows of 140 bytes.
   */
  static int expectedRows(Path csv, long size) throws IOException {
    byte[] head = new byte[1 << 18];
    int n;
    try (InputStream in = Files.newInputStream(csv)) {
      n = in.readNBytes(head, 0, head.length);
    }
    int lines = 0;
    for (int i = 0; i < n; i++) {
      lines += head[i] == '\n' ? 1 : 0;
    }
    if (n == size || lines == 0) {
      return lines + 1;
    }
    return (int) Math.min(Integer.MAX_VALUE - 8L, (long) (size * 1.1 * lines / n));
  }

  static DossierLoad read(Path csv, OrgDirectory directory, boolean strict, Charset encoding, PrintWriter err,
      Lang lang) {
    long size;
    try {
      size = Files.size(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DossierLoad load;
    try (Progress progress = Progress.start(err, lang, String.valueOf(csv.getFileName()), size);
        InputStream in = progress.track(Files.newInputStream(csv))) {
      load = DossierCsvReader.of(directory).strict(strict).encoding(encoding).expectedSize(expectedRows(csv, size))
          .read(in, csv.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return checked(load, csv.toString(), 1, err, lang);
  }

  /**
   * Runs a query in a read-only transaction and reads its rows, streamed in pieces of the reader's fetch size. The
   * source in messages is {@code SQL}; a rejected row's number is its number in the result, from 1.
   */
  static DossierLoad readJdbc(JdbcSource database, String sql, OrgDirectory directory, boolean strict,
      PrintWriter err, Lang lang) {
    DossierLoad load = DossierJdbcReader.of(directory).strict(strict).read(database, sql);
    return checked(load, load.source(), 0, err, lang);
  }

  // headerLine: the header's line in messages, 1 in a file, 0 (none shown) for a query's column labels.
  private static DossierLoad checked(DossierLoad load, String source, int headerLine, PrintWriter err, Lang lang) {
    if (load.fileRejected()) {
      Finding f = load.findings().get(0);
      DossierLoad.Rejection r = load.rejections().stream().filter(x -> x.reason().rejectsFile()).findFirst()
          .orElseThrow();
      String hint = r.reason() == RejectReason.INVALID_ENCODING
          ? lang.pick(" (đọc với --encoding TÊN_BẢNG_MÃ, ví dụ --encoding windows-1258)",
              " (read it with --encoding NAME, for example --encoding windows-1258)") : "";
      throw new InputException(source, r.firstLines().isEmpty() ? headerLine : r.firstLines().get(0), 0,
          f.message(lang.locale()) + hint, null);
    }
    if (!load.ignoredColumns().isEmpty()) {
      err.println("cchc: " + source + (headerLine > 0 ? ":" + headerLine : "") + ": " + lang.pick("cảnh báo: bỏ qua các cột không dùng đến: ",
          "warning: columns not used, ignored: ") + ErrorLine.oneLine(String.join(", ", load.ignoredColumns()
          .stream().map(n -> "'" + n + "'").toList())));
    }
    return load;
  }
}
