package io.github.cchc.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * A progress bar on stderr with rows per second and time left, shown only when the tool runs in a terminal; in a
 * pipe or a test it prints nothing.
 */
final class Progress implements AutoCloseable {

  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final Lang lang;
  private final String label;
  private final long total;
  private final boolean active;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  private Progress(PrintWriter err, Lang lang, String label, long total, boolean active) {
    this.err = err;
    this.lang = lang;
    this.label = label;
    this.total = total;
    this.active = active;
  }

  /**
   * Starts a bar.
   *
   * @param total the amount of work, in the unit later passed as {@code done} (bytes of a file, or rows)
   */
  static Progress start(PrintWriter err, Lang lang, String label, long total) {
    return start(err, lang, label, total, isTerminal());
  }

  /** Starts a bar that is drawn only if {@code terminal} is true. */
  static Progress start(PrintWriter err, Lang lang, String label, long total, boolean terminal) {
    return new Progress(err, lang, label, total, terminal);
  }

  /** The console exists only when the tool talks to a person, not when its output goes to a pipe or a file. */
  static boolean isTerminal() {
    return System.console() != null;
  }

  /**
   * Reports the work done so far; draws at most five times a second.
   *
   * @param done the work done, in the unit of the total
   * @param rows the rows done, for the rate
   */
  void update(long done, long rows) {
    if (!active) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    long elapsedMillis = Math.max(1, (now - startNanos) / 1_000_000);
    int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    int filled = percent * WIDTH / 100;
    long rowsPerSecond = rows * 1000 / elapsedMillis;
    long secondsLeft = done <= 0 ? 0 : Math.max(0, (total - done) * elapsedMillis / done / 1000);
    String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
    err.print(String.format(
        "\r%s [%s] %3d%%  %,d %s  %s %d s   ",
        label, bar, percent, rowsPerSecond, lang.pick("dòng/s", "rows/s"), lang.pick("còn", "left"), secondsLeft));
    err.flush();
  }

  /** Clears the bar. */
  @Override
  public void close() {
    if (active && drawn) {
      err.print("\r" + " ".repeat(label.length() + WIDTH + 48) + "\r");
      err.flush();
    }
  }

  /** Wraps a stream so that each read reports the bytes and lines read so far. */
  InputStream track(InputStream in) {
    if (!active) {
      return in;
    }
    return new FilterInputStream(in) {
      private long bytes;
      private long lines;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytes++;
          if (b == '\n') {
            lines++;
          }
          update(bytes, lines);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          bytes += n;
          for (int i = off; i < off + n; i++) {
            if (buf[i] == '\n') {
              lines++;
            }
          }
          update(bytes, lines);
        }
        return n;
      }
    };
  }
}
