package io.github.cchc.cli;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.scoring.dossier.DossierCsvReader;
import io.github.cchc.scoring.dossier.DossierLoad;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a dossier CSV file with a progress bar; a file rejected as a whole (a missing column) is bad input. */
final class DossierInput {

  private DossierInput() {}

  static DossierLoad read(Path csv, OrgDirectory directory, boolean strict, PrintWriter err, Lang lang) {
    long size;
    try {
      size = Files.size(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DossierLoad load;
    try (Progress progress = Progress.start(err, lang, String.valueOf(csv.getFileName()), size);
        InputStream in = progress.track(Files.newInputStream(csv))) {
      load = DossierCsvReader.of(directory).strict(strict).expectedSize((int) Math.min(Integer.MAX_VALUE, size / 64))
          .read(in, csv.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (load.fileRejected()) {
      Finding f = load.findings().get(0);
      throw new InputException(csv.toString(), 1, 0, f.message(lang.locale()), null);
    }
    return load;
  }
}
