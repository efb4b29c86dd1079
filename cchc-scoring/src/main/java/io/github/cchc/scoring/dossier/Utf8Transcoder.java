package io.github.cchc.scoring.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a stream in another charset, as UTF-8: for a file in {@code windows-1258} or {@code UTF-16}, which the
 * reader's byte-level parser then reads as it reads UTF-8. Bytes the charset does not define are an error that names
 * their line, never a replacement character.
 */
final class Utf8Transcoder extends InputStream {

  /** Bytes that are not text in the charset the file was said to be in. */
  static final class Undecodable extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;
    final int firstByte;

    Undecodable(long line, int firstByte) {
      super("undecodable byte on line " + line);
      this.line = line;
      this.firstByte = firstByte;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer raw = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private final ByteBuffer out = ByteBuffer.allocate(1 << 18);
  private boolean eof;
  private boolean done;
  private long line = 1;

  Utf8Transcoder(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    out.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (!out.hasRemaining()) {
      if (done) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, out.remaining());
    out.get(b, off, n);
    return n;
  }

  // Decodes the next bytes into chars and encodes them into out; a char left over (half a surrogate pair) waits.
  private void fill() throws IOException {
    if (!eof) {
      int n = in.read(raw.array(), raw.position(), raw.remaining());
      if (n < 0) {
        eof = true;
      } else {
        raw.position(raw.position() + n);
      }
    }
    raw.flip();
    int before = chars.position();
    CoderResult r = decoder.decode(raw, chars, eof);
    for (int i = before; i < chars.position(); i++) {
      line += chars.get(i) == '\n' ? 1 : 0;
    }
    if (r.isError()) {
      throw new Undecodable(line, raw.get(raw.position()) & 0xFF);
    }
    boolean end = eof && !raw.hasRemaining();
    if (end) {
      decoder.flush(chars);
      done = true;
    }
    raw.compact();
    chars.flip();
    out.clear();
    CoderResult e = encoder.encode(chars, out, end);
    if (e.isError()) {
      throw new Undecodable(line, 0); // a lone surrogate from a UTF-16 file
    }
    if (end) {
      encoder.flush(out);
    }
    out.flip();
    chars.compact();
  }
}
