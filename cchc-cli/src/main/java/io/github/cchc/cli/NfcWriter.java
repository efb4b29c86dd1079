package io.github.cchc.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import io.github.cchc.core.text.TextPolicy;
import java.util.regex.Pattern;

/**
 * The writer of all the tool's text output: it passes text on in Unicode NFC under the library's text policy ({@link
 * TextPolicy#displayLines}), so that a control character or a bidirectional override from a file is shown ({@code
 * ␛}) instead of acted on by the terminal. Text is held until a line ends (or until {@link #flush()}), so that a base
 * letter and its combining marks written in separate calls are composed together. The error stream may keep carriage
 * returns, which its progress line uses.
 */
final class NfcWriter extends FilterWriter {

  private static final Pattern CARRIAGE_RETURN = Pattern.compile("(?<=\r)");

  private final StringBuilder pending = new StringBuilder();
  private final boolean carriageReturns;

  NfcWriter(Writer out) {
    this(out, false);
  }

  NfcWriter(Writer out, boolean carriageReturns) {
    super(out);
    this.carriageReturns = carriageReturns;
  }

  private String shown(CharSequence text) {
    if (!carriageReturns) {
      return TextPolicy.displayLines(text.toString());
    }
    StringBuilder b = new StringBuilder(text.length());
    for (String part : CARRIAGE_RETURN.split(text, -1)) {
      boolean cr = part.endsWith("\r");
      b.append(TextPolicy.displayLines(cr ? part.substring(0, part.length() - 1) : part));
      if (cr) {
        b.append('\r');
      }
    }
    return b.toString();
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
      out.write(shown(lines));
    }
  }

  private void drain() throws IOException {
    if (pending.length() > 0) {
      out.write(shown(pending));
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
