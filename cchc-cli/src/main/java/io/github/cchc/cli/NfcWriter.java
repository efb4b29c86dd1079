package io.github.cchc.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;

/**
 * A writer that passes text on in Unicode NFC. Text is held until a line ends (or until {@link #flush()}), so that a
 * base letter and its combining marks written in separate calls are composed together.
 */
final class NfcWriter extends FilterWriter {

  private final StringBuilder pending = new StringBuilder();

  NfcWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    pending.append((char) c);
    if (c == '\n') {
      drain();
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    pending.append(cbuf, off, len);
    drainLines();
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    pending.append(str, off, off + len);
    drainLines();
  }

  private void drainLines() throws IOException {
    int lastNewline = pending.lastIndexOf("\n");
    if (lastNewline >= 0) {
      String lines = pending.substring(0, lastNewline + 1);
      pending.delete(0, lastNewline + 1);
      out.write(Normalizer.normalize(lines, Normalizer.Form.NFC));
    }
  }

  private void drain() throws IOException {
    if (pending.length() > 0) {
      out.write(Normalizer.normalize(pending, Normalizer.Form.NFC));
      pending.setLength(0);
    }
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
