package io.github.cchc.scoring.dossier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An exact set of dossier ids held compactly, for the duplicate-id check over millions of rows: about 30 bytes per id
 * of 15 characters, where a {@code HashSet<String>} takes about 100 (the figures are in {@code docs/performance.md}).
 *
 * <pre>{@code
 * DossierIdSet ids = new DossierIdSet();
 * ids.add("H56-0001"); // true
 * ids.add("H56-0001"); // false: seen before
 * }</pre>
 *
 * <p>The ids' UTF-8 bytes go one after another into pages of one MiB, each after its length; an open-addressing table
 * of {@code long} slots, at most three quarters full, points into them. A slot holds 24 bits of the id's 64-bit hash
 * beside the place of its bytes, so that a lookup of a new id (the usual case) rarely looks at any bytes, and a slot
 * whose hash bits agree is confirmed byte for byte: no id is ever taken for another. Ids are compared as given (no
 * trimming, no Unicode normalisation).
 *
 * <p>This class is not thread-safe.
 *
 * @since 0.1.0
 */
public final class DossierIdSet {
  private static final int PAGE_BITS = 20;
  private static final int PAGE = 1 << PAGE_BITS;
  private static final long PLACE_MASK = (1L << 40) - 1;

  private final List<byte[]> pages = new ArrayList<>();
  private byte[] page;
  private int pageUsed;
  private long[] slots = new long[1 << 10]; // hash bits << 40 | (place + 1); 0 is empty
  private int size;

  /** Creates an empty set. */
  public DossierIdSet() {
    newPage(PAGE);
  }

  /**
   * Adds an id.
   *
   * @param id the id
   * @return true if it was not in the set
   */
  public boolean add(String id) {
    byte[] b = Objects.requireNonNull(id, "id").getBytes(StandardCharsets.UTF_8);
    return add(b, 0, b.length);
  }

  /**
   * Adds an id given as the UTF-8 bytes {@code [from, to)} of an array.
   *
   * @param bytes the array
   * @param from the first byte
   * @param to after the last byte
   * @return true if it was not in the set
   */
  public boolean add(byte[] bytes, int from, int to) {
    Objects.checkFromToIndex(from, to, bytes.length);
    if (size >= slots.length - (slots.length >>> 2)) {
      rehash();
    }
    long h = hash(bytes, from, to);
    long tag = h >>> 40;
    int mask = slots.length - 1;
    int i = (int) h & mask;
    for (long slot; (slot = slots[i]) != 0; i = (i + 1) & mask) {
      if (slot >>> 40 == tag && sameBytes((slot & PLACE_MASK) - 1, bytes, from, to)) {
        return false;
      }
    }
    slots[i] = tag << 40 | (store(bytes, from, to) + 1);
    size++;
    return true;
  }

  /**
   * Returns the number of ids in the set.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  // SplitMix64's finaliser over a multiply-add of eight bytes at a time: the slot index takes the low bits, the tag
  // the high ones, and both must be spread by every byte.
  static long hash(byte[] b, int from, int to) {
    long h = to - from;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24
          | (b[i + 4] & 0xFFL) << 32 | (b[i + 5] & 0xFFL) << 40 | (b[i + 6] & 0xFFL) << 48 | (b[i + 7] & 0xFFL) << 56;
      h = (h ^ w) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    for (; i < to; i++) {
      h = (h ^ (b[i] & 0xFF)) * 0x100000001B3L;
    }
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }

  private void newPage(int bytes) {
    page = new byte[bytes];
    pages.add(page);
    pageUsed = 0;
  }

  // Writes the length (7 bits a byte) and the bytes; returns the place: page index << 20 | offset in the page.
  private long store(byte[] b, int from, int to) {
    int len = to - from;
    int need = len + 5;
    if (pageUsed + need > page.length) {
      newPage(Math.max(PAGE, need)); // an id longer than a page gets a page of its own, at offset 0
    }
    long place = (long) (pages.size() - 1) << PAGE_BITS | pageUsed;
    int n = len;
    while (n >= 0x80) {
      page[pageUsed++] = (byte) (n | 0x80);
      n >>>= 7;
    }
    page[pageUsed++] = (byte) n;
    System.arraycopy(b, from, page, pageUsed, len);
    pageUsed += len;
    return place;
  }

  private boolean sameBytes(long place, byte[] b, int from, int to) {
    byte[] p = pages.get((int) (place >>> PAGE_BITS));
    int at = (int) (place & (PAGE - 1));
    int len = 0;
    int shift = 0;
    while (true) {
      int x = p[at++];
      len |= (x & 0x7F) << shift;
      if (x >= 0) {
        break;
      }
      shift += 7;
    }
    return len == to - from && java.util.Arrays.equals(p, at, at + len, b, from, to);
  }

  private void rehash() {
    long[] fresh = new long[slots.length * 2];
    int mask = fresh.length - 1;
    for (long slot : slots) {
      if (slot != 0) {
        long place = (slot & PLACE_MASK) - 1;
        byte[] p = pages.get((int) (place >>> PAGE_BITS));
        int at = (int) (place & (PAGE - 1));
        int len = 0;
        int shift = 0;
        while (true) {
          int x = p[at++];
          len |= (x & 0x7F) << shift;
          if (x >= 0) {
            break;
          }
          shift += 7;
        }
        int i = (int) hash(p, at, at + len) & mask;
        while (fresh[i] != 0) {
          i = (i + 1) & mask;
        }
        fresh[i] = slot;
      }
    }
    slots = fresh;
  }
}
