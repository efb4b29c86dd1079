package io.github.cchc.reporting.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP archive whose bytes depend only on its entries: each entry is written whole from a byte array, deflated,
 * with the fixed time 1 February 1980 00:00 and its sizes and CRC in the local header, so that no data descriptor
 * follows it and {@link java.util.zip.ZipInputStream} reads it. The compressed bytes come from the runtime's zlib, so
 * they are the same on every run of the same Java runtime.
 */
final class StableZip {

  // Not 1 January 1980, the earliest DOS date: java.util.zip takes that for "before 1980" and adds an extended
  // timestamp converted with the default time zone, which would make the bytes depend on it.
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

  private final ZipOutputStream zip;

  /**
   * Starts an archive on a stream; {@link #finish()} ends it and leaves the stream open.
   *
   * @param out the stream
   */
  StableZip(OutputStream out) {
    this.zip = new ZipOutputStream(out);
    zip.setMethod(ZipOutputStream.DEFLATED);
    zip.setLevel(Deflater.DEFAULT_COMPRESSION);
  }

  void add(String name, byte[] bytes) throws IOException {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.DEFLATED);
    entry.setTimeLocal(ENTRY_TIME);
    entry.setSize(bytes.length);
    entry.setCompressedSize(compressedSize(bytes));
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  void finish() throws IOException {
    zip.finish();
    zip.flush();
  }

  // Deflates as ZipOutputStream does for one write of the whole array (DeflaterOutputStream's 512-byte buffer,
  // no flush, then finish), so the size matches the bytes it will write; closeEntry checks that it does.
  private static long compressedSize(byte[] bytes) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      byte[] buffer = new byte[512];
      deflater.setInput(bytes);
      while (!deflater.needsInput()) {
        deflater.deflate(buffer, 0, buffer.length);
      }
      deflater.finish();
      while (!deflater.finished()) {
        deflater.deflate(buffer, 0, buffer.length);
      }
      return deflater.getBytesWritten();
    } finally {
      deflater.end();
    }
  }
}
