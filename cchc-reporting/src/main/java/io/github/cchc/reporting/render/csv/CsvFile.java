package io.github.cchc.reporting.render.csv;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One CSV file of a report: its file name and its text. {@link #bytes()} gives the UTF-8 bytes with the byte-order
 * mark that makes Excel read Vietnamese correctly.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fileName the file name, ASCII, such as {@code 01-phu-luc-i.csv}
 * @param text the CSV text, starting with the byte-order mark {@code U+FEFF}
 */
public record CsvFile(String fileName, String text) {

  /**
   * Creates a CSV file.
   *
   * @param fileName the file name
   * @param text the CSV text
   */
  public CsvFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Returns the file's bytes: UTF-8, starting with the byte-order mark.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
