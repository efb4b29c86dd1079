package io.github.cchc.scoring.dossier;

import java.util.Arrays;

/**
 * An open-addressing hash table keyed by the UTF-8 bytes of a CSV cell, so that a cell seen before is found without
 * decoding it or making a String: used for the unit, field and procedure dictionaries (the dossier ids, one per row,
 * go into the more compact {@link DossierIdSet}). Keys are copied into one growing byte arena.
 *
 * <p>Each slot holds the key's hash beside its entry number, so that a lookup of a new key touches one slot and
 * nothing else.
 */
final class CellTable {
  private byte[] arena = new byte[1 << 12];
  private int arenaSize;
  private long[] slots = new long[1 << 10]; // hash << 32 | (entry + 1); 0 is empty
  private int[] places = new int[1 << 10]; // start and length of each entry's key, side by side
  private int[] values = new int[1 << 9];
  private int size;

  static int hash(byte[] t, int s, int e) {
    int h = 0;
    for (int i = s; i < e; i++) {
      h = 31 * h + t[i];
    }
    return h ^ (h >>> 16);
  }

  /** Returns the value of a key, or {@code missing}. */
  int get(byte[] t, int s, int e, int h, int missing) {
    int mask = slots.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) {
        return missing;
      }
      if ((int) (slot >>> 32) == h) {
        int entry = (int) slot - 1;
        int start = places[2 * entry];
        int length = places[2 * entry + 1];
        if (length == e - s && Arrays.equals(arena, start, start + length, t, s, e)) {
          return values[entry];
        }
      }
    }
  }

  /** Adds a key that is not present. */
  void put(byte[] t, int s, int e, int h, int value) {
    if (size * 2 >= slots.length) {
      rehash();
    }
    store(t, s, e, value);
    insert(slots, (long) h << 32 | size);
  }

  // Copies the key into the arena and records its entry; size counts it afterwards.
  private void store(byte[] t, int s, int e, int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      places = Arrays.copyOf(places, size * 4);
    }
    int len = e - s;
    if (arenaSize + len > arena.length) {
      arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 8L,
          Math.max(arena.length * 2L, (long) arenaSize + len)));
    }
    System.arraycopy(t, s, arena, arenaSize, len);
    places[2 * size] = arenaSize;
    places[2 * size + 1] = len;
    values[size] = value;
    arenaSize += len;
    size++;
  }

  private static void insert(long[] table, long slot) {
    int mask = table.length - 1;
    int i = (int) (slot >>> 32) & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = slot;
  }

  private void rehash() {
    long[] fresh = new long[slots.length * 2];
    for (long slot : slots) {
      if (slot != 0) {
        insert(fresh, slot);
      }
    }
    slots = fresh;
  }
}
