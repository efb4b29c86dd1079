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
  private final byte[] buf = new byte[1 << 16];
  private boolean started;
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
  private long nextLine = 1;

  CsvTokenizer(InputStream in) {
    this.in = in;
    this.text = own;
  }

  void delimiter(char d) {
    this.delimiter = d;
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
    boolean quoted = false;
    boolean afterQuote = false;
    boolean fieldStart = true;
    while (true) {
      int c = read();
      if (quoted) {
        if (c < 0) {
          malformed = true; // an unclosed quote runs to the end of the stream
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
        } else {
          if (c == '\n') {
            nextLine++;
          }
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

  String field(int i) {
    return new String(text, start[i], end[i] - start[i], StandardCharsets.UTF_8).strip();
  }
}
