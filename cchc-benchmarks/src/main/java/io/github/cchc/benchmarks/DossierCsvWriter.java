package io.github.cchc.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the dataset as a dossier CSV with the English header the library's reader accepts: every column, ISO dates,
 * an empty {@code finished} while pending, channel words, {@code true}/{@code false} flags, UTF-8.
 */
final class DossierCsvWriter {

  /** The header row. */
  static final String HEADER =
      "id,unit,procedure,field,received,due,finished,channel,digitized,paidOnline,apology,supplementRequests";

  private DossierCsvWriter() {}

  /**
   * Writes the first {@code rows} dossiers.
   *
   * @param d the dataset
   * @param rows how many dossiers to write, at most the dataset's size
   * @param file the file to write, replaced if it exists
   * @return the number of bytes written
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if {@code rows} exceeds the dataset's size
   */
  static long write(NationalDataset d, int rows, Path file) throws IOException {
    if (rows > d.size) {
      throw new IllegalArgumentException("Cannot write " + rows + " rows of a dataset of " + d.size);
    }
    int first = StudyYear.start() - 1;
    String[] dates = new String[StudyYear.end() + 120 - first];
    for (int k = 0; k < dates.length; k++) {
      dates[k] = LocalDate.ofEpochDay(first + k).toString();
    }
    Channel[] channels = Channel.values();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      StringBuilder line = new StringBuilder(128);
      for (int i = 0; i < rows; i++) {
        line.setLength(0);
        int f = d.finished[i];
        int flags = d.flags[i];
        line.append("HS-").append(StudyYear.YEAR).append('-');
        String n = Integer.toString(i + 1);
        for (int pad = n.length(); pad < 8; pad++) {
          line.append('0');
        }
        line.append(n).append(',')
            .append(d.unitIds[d.unit[i]]).append(',')
            .append("1.00").append(d.procedure[i]).append(',')
            .append(NationalDataset.FIELDS.get(d.field[i])).append(',')
            .append(dates[d.received[i] - first]).append(',')
            .append(dates[d.due[i] - first]).append(',')
            .append(f == NationalDataset.NOT_FINISHED ? "" : dates[f - first]).append(',')
            .append(channels[d.channel[i]].name()).append(',')
            .append((flags & NationalDataset.DIGITIZED) != 0).append(',')
            .append((flags & NationalDataset.PAID_ONLINE) != 0).append(',')
            .append((flags & NationalDataset.APOLOGY) != 0).append(',')
            .append(d.supplements[i]).append('\n');
        w.append(line);
      }
    }
    return Files.size(file);
  }
}
