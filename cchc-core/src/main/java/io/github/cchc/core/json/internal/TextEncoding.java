package io.github.cchc.core.json.internal;

/**
 * The one encoding policy of every input, JSON and CSV alike: UTF-8, with or without a byte-order mark. Bytes that
 * are not UTF-8 are refused, naming the first invalid byte and the encoding it most likely is, so that a user can
 * save the file again as UTF-8 (or, for a CSV file, name its encoding). Not API.
 */
public final class TextEncoding {

  private TextEncoding() {}

  /**
   * Returns the index of the first byte of {@code [from, to)} that does not belong to well-formed UTF-8 (RFC 3629: no
   * overlong forms, no surrogates, nothing above U+10FFFF), or -1 if there is none.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to after the last byte
   * @return the index, or -1
   */
  public static int firstInvalidUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + n >= to) {
        return i; // fewer continuation bytes than the lead byte announces
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        int x = b[i + k] & 0xFF;
        if ((x & 0xC0) != 0x80) {
          return i;
        }
        cp = cp << 6 | (x & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
        return i;
      }
      i += n + 1;
    }
    return -1;
  }

  /**
   * Returns the encoding that bytes which are not UTF-8 most likely are: {@code UTF-16} for a UTF-16 byte-order mark
   * or zero bytes among the first ones (as Excel's "Unicode text" is saved), else {@code windows-1258}, the 8-bit
   * Vietnamese code page of Windows, whose letters and tone marks are single bytes from 0x80 up.
   *
   * @param head the first bytes of the input
   * @param length how many of them there are
   * @return the encoding's name, as Java's {@code Charset.forName} takes it
   */
  public static String likelyEncoding(byte[] head, int length) {
    if (length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      return "UTF-16";
    }
    for (int i = 0; i < Math.min(length, 512); i++) {
      if (head[i] == 0) {
        return "UTF-16";
      }
    }
    return "windows-1258";
  }

  /**
   * Returns the problem of input that is not UTF-8: the first invalid byte and the likely encoding.
   *
   * @param invalid the first invalid byte
   * @param likely the likely encoding, as {@link #likelyEncoding} gives it
   * @return the problem, in both languages
   */
  public static Message notUtf8(int invalid, String likely) {
    String b = String.format("0x%02X", invalid & 0xFF);
    return new Message("không phải văn bản UTF-8 (byte " + b + " không hợp lệ; có lẽ là bảng mã " + likely
        + "); hãy lưu lại tệp dưới dạng UTF-8",
        "not UTF-8 text (invalid byte " + b + "; likely " + likely + "); save the file as UTF-8");
  }

  /**
   * Returns the line (from 1) of a byte: one more than the line feeds before it.
   *
   * @param b the bytes
   * @param index the byte
   * @return the line
   */
  public static int lineOf(byte[] b, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      line += b[i] == '\n' ? 1 : 0;
    }
    return line;
  }
}
