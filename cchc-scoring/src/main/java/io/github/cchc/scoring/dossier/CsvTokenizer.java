package io.github.cchc.scoring.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a UTF-8 byte stream into RFC 4180 records: fields separated by a delimiter, records by CRLF or LF, fields in
 * double quotes may hold delimiters, line breaks and doubled quotes. The fields of the current record are byte
 * ranges of {@code text}: the read buffer itself for an unquoted record that lies whole in it, else one reusable
 * array holding the fields unescaped, so that reading a row copies little and allocates nothing. It works on bytes,
 * not chars: delimiters, quotes and line breaks are ASCII and never occur inside a multi-byte UTF-8 sequence, and
 * skipping the charset decoder for the cells that are dates, numbers and flags saves most of the reading time.
 *
 * <p>Hand-written rather than a library because ingestion speed is a stated goal (at least 1.5 times an in-process
 * SQL engine's CSV reader) and the small general CSV libraries allocate a String per cell.
 */
final class CsvTokenizer {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private final InputStream in;
  private byte[] buf = new byte[1 << 16];
  private boolean started;
  /** The first bytes of the stream, for a guess at its encoding. */
  byte[] head = new byte[0];
  private int pos;
  private int limit;
  private boolean eof;
  private char delimiter = ',';

  // The current record's bytes: the read buffer itself when the record lies in it unquoted, else own.
  byte[] text;
  private byte[] own = new byte[256];
  int[] start = new int[16];
  int[] end = new int[16];
  int count;
  long line;
  boolean malformed;
  /** The record ended at a line break inside a quoted field that was never closed: a stray quote. */
  boolean unclosed;
  private long nextLine = 1;
  // The cells of a whole record (the header's), 0 while the header is read; see continues().
  private int recordCells;

  CsvTokenizer(InputStream in) {
    this.in = in;
    this.text = own;
  }

  void delimiter(char d) {
    this.delimiter = d;
  }

  /**
   * Sets the number of cells of a whole record, the header's: from then on a quoted field continues over a line break
   * only as {@link #continues} allows. Before it is set (while the header is read) a quoted field ends at the line
   * break.
   */
  void recordCells(int cells) {
    this.recordCells = cells;
  }

  private int read() throws IOException {
    if (pos == limit) {
      if (eof) {
        return -1;
      }
      limit = in.read(buf, 0, buf.length);
      pos = 0;
      if (limit <= 0) {
        limit = 0;
        eof = true;
        return -1;
      }
    }
    return buf[pos++] & 0xFF;
  }

  private int peek() throws IOException {
    int c = read();
    if (c >= 0) {
      pos--;
    }
    return c;
  }

  /** Returns the delimiter among comma, semicolon and tab that the first line holds most of, without consuming. */
  char sniffDelimiter() throws IOException {
    if (pos == limit && !eof && read() >= 0) { // an empty stream leaves nothing to step back over
      pos--;
    }
    if (!started) { // skip a byte-order mark
      started = true;
      head = Arrays.copyOfRange(buf, pos, Math.min(limit, pos + 512));
      if (limit - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB
          && (buf[pos + 2] & 0xFF) == 0xBF) {
        pos += 3;
      }
    }
    int commas = 0;
    int semis = 0;
    int tabs = 0;
    for (int i = pos; i < limit && buf[i] != '\n'; i++) {
      byte c = buf[i];
      if (c == ',') {
        commas++;
      } else if (c == ';') {
        semis++;
      } else if (c == '\t') {
        tabs++;
      }
    }
    return semis > commas && semis >= tabs ? ';' : tabs > commas ? '\t' : ',';
  }

  private void append(int c) {
    if (end[count] == text.length) {
      text = Arrays.copyOf(text, text.length * 2);
    }
    text[end[count]++] = (byte) c;
  }

  private void newField() {
    if (count + 1 >= start.length) {
      start = Arrays.copyOf(start, start.length * 2);
      end = Arrays.copyOf(end, end.length * 2);
    }
    int at = count == 0 ? 0 : end[count - 1];
    start[count] = at;
    end[count] = at;
  }

  /**
   * Reads the next non-blank record.
   *
   * @return false at the end of the stream
   */
  boolean next() throws IOException {
    while (true) {
      count = 0;
      malformed = false;
      unclosed = false;
      line = nextLine;
      int c = read();
      if (c < 0) {
        return false;
      }
      if (c == '\n' || c == '\r') { // a blank line
        if (c == '\r' && peek() == '\n') {
          read();
        }
        nextLine++;
        continue;
      }
      pos--;
      if (!plainRecord()) {
        text = own;
        readRecord();
        own = text;
      }
      return true;
    }
  }

  /**
   * Splits a record that lies whole in the buffer and holds no quote, pointing the fields into the buffer without
   * copying. Returns false, having consumed nothing, for any other record: the general path reads it.
   */
  private boolean plainRecord() {
    byte[] b = buf;
    int lim = limit;
    byte d = (byte) delimiter;
    long delimiters = (d & 0xFFL) * ONES;
    int p = pos;
    int n = 0;
    int fieldFrom = p;
    while (p < lim) {
      // Eight bytes at a time: every delimiter of the word before its first quote or line break ends a field here,
      // with one test per word rather than per byte (the zero-byte masks are exact).
      while (p + 8 <= lim) {
        long w = (long) LONGS.get(b, p);
        long cuts = zeroBytes(w ^ delimiters);
        long stops = zeroBytes(w ^ ('\n' * ONES)) | zeroBytes(w ^ ('\r' * ONES)) | zeroBytes(w ^ ('"' * ONES));
        if (stops != 0) {
          cuts &= (stops & -stops) - 1;
        }
        while (cuts != 0) {
          int q = p + (Long.numberOfTrailingZeros(cuts) >>> 3);
          if (n + 1 >= start.length) {
            start = Arrays.copyOf(start, start.length * 2);
            end = Arrays.copyOf(end, end.length * 2);
          }
          start[n] = fieldFrom;
          end[n] = q;
          n++;
          fieldFrom = q + 1;
          cuts &= cuts - 1;
        }
        if (stops != 0) {
          p += Long.numberOfTrailingZeros(stops) >>> 3;
          break;
        }
        p += 8;
      }
      if (p >= lim) {
        break;
      }
      byte c = b[p];
      if (c == d) {
        if (n + 1 >= start.length) {
          start = Arrays.copyOf(start, start.length * 2);
          end = Arrays.copyOf(end, end.length * 2);
        }
        start[n] = fieldFrom;
        end[n] = p;
        n++;
        fieldFrom = ++p;
      } else if (c == '\n' || c == '\r') {
        int next = p + 1;
        if (c == '\r') {
          if (next == lim) {
            return false; // a line feed may follow in the next buffer
          }
          if (b[next] == '\n') {
            next++;
          }
        }
        if (n + 1 >= start.length) {
          start = Arrays.copyOf(start, start.length * 2);
          end = Arrays.copyOf(end, end.length * 2);
        }
        start[n] = fieldFrom;
        end[n] = p;
        count = n + 1;
        text = b;
        pos = next;
        nextLine++;
        return true;
      } else if (c == '"') {
        return false;
      } else {
        p++;
      }
    }
    return false;
  }

  // The high bit of each byte of x that is zero, and no other bit.
  private static long zeroBytes(long x) {
    return ~(((x & ~HIGHS) + ~HIGHS) | x | ~HIGHS);
  }

  private void readRecord() throws IOException {
    newField();
    int lines = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean fieldStart = true;
    while (true) {
      int c = read();
      if (quoted) {
        if (c < 0) {
          unclosed = true; // an unclosed quote runs to the end of the stream
          count++;
          return;
        }
        if (c == '"') {
          if (peek() == '"') {
            read();
            append('"');
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else if (c == '\n' || c == '\r') {
          boolean crlf = c == '\r' && peek() == '\n';
          if (crlf) {
            read();
          }
          nextLine++;
          if (!continues(lines++)) {
            unclosed = true; // a stray quote: the record ends here and the next line is read as a record
            count++;
            return;
          }
          append(c);
          if (crlf) {
            append('\n');
          }
        } else {
          append(c);
        }
        continue;
      }
      if (c >= 0 && c != delimiter && c != '\n' && c != '\r' && c != '"' && !afterQuote) {
        // Fast path: copy the run of plain bytes that follows straight from the buffer.
        int from = pos - 1;
        int p = pos;
        int lim = limit;
        byte d = (byte) delimiter;
        while (p < lim) {
          byte b = buf[p];
          if (b == d || b == '\n' || b == '\r' || b == '"') {
            break;
          }
          p++;
        }
        int n = p - from;
        int at = end[count];
        if (at + n > text.length) {
          text = Arrays.copyOf(text, Math.max(text.length * 2, at + n));
        }
        System.arraycopy(buf, from, text, at, n);
        end[count] = at + n;
        pos = p;
        for (int k = from; k < p && fieldStart; k++) {
          fieldStart = buf[k] == ' ';
        }
        continue;
      }
      if (c < 0 || c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        if (c >= 0) {
          nextLine++;
        }
        count++;
        return;
      }
      if (c == delimiter) {
        count++;
        newField();
        fieldStart = true;
        afterQuote = false;
        continue;
      }
      if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        continue;
      }
      if (afterQuote && c != ' ') {
        malformed = true; // text after a closing quote
      }
      fieldStart = fieldStart && c == ' ';
      append(c);
    }
  }

  /**
   * Tells whether a quoted field open at a line break goes on into the next line, which RFC 4180 allows: here only
   * if the next line is not itself a whole record ({@link #isWholeRecord}) and reading on gives a well-formed record
   * of the header's cells within {@value #MAX_RECORD_LINES} lines and {@value #MAX_RECORD_BYTES} bytes. A legitimate
   * line break inside a quoted field passes both: the rest of the field and its closing quote follow, so the next
   * line is no whole record on its own, and the record closes cleanly. A stray quote fails them: the next line is the
   * next record, and reading on meets a quote that opens a later cell, after which text follows. So a stray quote
   * costs the record it is in, and reading goes on with the next line.
   *
   * @param lines the lines the record spans so far
   */
  private boolean continues(int lines) throws IOException {
    if (recordCells == 0 || lines >= MAX_RECORD_LINES || end[count] - start[0] > MAX_RECORD_BYTES) {
      return false;
    }
    int e = lineEnd();
    if (e >= 0 && isWholeRecord(pos, e)) {
      return false;
    }
    return closesCleanly(lines);
  }

  /** A record may span at most this many lines. */
  static final int MAX_RECORD_LINES = 100;
  /** A record may span line breaks only while it holds at most this many bytes. */
  static final int MAX_RECORD_BYTES = 1 << 20;

  /**
   * Makes the buffer hold the byte at {@code pos + k}, moving the unread bytes to its front, growing it up to {@value
   * #MAX_RECORD_BYTES} bytes and reading more as needed. Returns false at the end of the stream or when the buffer
   * cannot grow further.
   */
  private boolean have(int k) throws IOException {
    while (pos + k >= limit) {
      if (eof) {
        return false;
      }
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
      } else if (limit == buf.length) {
        if (buf.length > MAX_RECORD_BYTES) {
          return false;
        }
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = in.read(buf, limit, buf.length - limit);
      if (n <= 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
    return true;
  }

  /**
   * Makes the buffer hold the line that starts at {@code pos} whole and returns the index of its end (its line break,
   * or the end of the stream); -1 if the line is too long to hold.
   */
  private int lineEnd() throws IOException {
    for (int k = 0; ; k++) {
      if (!have(k)) {
        return eof ? limit : -1;
      }
      byte c = buf[pos + k];
      if (c == '\n' || c == '\r') {
        return pos + k;
      }
    }
  }

  /**
   * Reads ahead, without consuming, from inside the open quoted field of the current record, and tells whether the
   * record then ends well-formed with the header's cells: the field closes, nothing but spaces follows a closing
   * quote, and the record ends at a line break within the bounds. Where the bytes ahead are too many to hold, it
   * answers yes, as RFC 4180 would, and the bounds still end the record.
   */
  private boolean closesCleanly(int lines) throws IOException {
    byte d = (byte) delimiter;
    int cells = count + 1;
    boolean quoted = true;
    boolean afterQuote = false;
    boolean fieldStart = false;
    for (int k = 0; ; k++) {
      if (!have(k)) {
        return !eof; // an unclosed quote at the end of the stream is no record
      }
      byte c = buf[pos + k];
      if (quoted) {
        if (c == '"') {
          if (have(k + 1) && buf[pos + k + 1] == '"') {
            k++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else if (c == '\n' && ++lines > MAX_RECORD_LINES) {
          return false;
        }
        continue;
      }
      if (c == '\n' || c == '\r') {
        return cells == recordCells;
      }
      if (c == d) {
        cells++;
        fieldStart = true;
        afterQuote = false;
      } else if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (c != ' ') {
        if (afterQuote) {
          return false; // text after a closing quote
        }
        fieldStart = false;
      }
    }
  }

  /**
   * Tells whether the bytes {@code [s, e)} of the buffer, one line, are a whole record on their own: exactly {@link
   * #recordCells} cells, each either without quotes or quoted from its start (after spaces) to its end (before
   * spaces), with only doubled quotes inside.
   */
  private boolean isWholeRecord(int s, int e) {
    if (s == e) {
      return false; // a blank line inside a quoted field is text
    }
    byte d = (byte) delimiter;
    int cells = 1;
    int i = s;
    while (true) {
      while (i < e && buf[i] == ' ') {
        i++;
      }
      if (i < e && buf[i] == '"') {
        i++;
        while (true) {
          if (i >= e) {
            return false; // still open at the end of the line
          }
          if (buf[i] == '"') {
            if (i + 1 < e && buf[i + 1] == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
        while (i < e && buf[i] == ' ') {
          i++;
        }
        if (i < e && buf[i] != d) {
          return false; // text after a closing quote
        }
      } else {
        while (i < e && buf[i] != d) {
          if (buf[i] == '"') {
            return false;
          }
          i++;
        }
      }
      if (i >= e) {
        return cells == recordCells;
      }
      cells++;
      i++;
    }
  }

  String field(int i) {
    return new String(text, start[i], end[i] - start[i], StandardCharsets.UTF_8).strip();
  }
}
