package io.github.cchc.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.quicktheories.core.Gen;

/**
 * The choices a generator built with {@link Gens#from(java.util.function.Function)} makes, one draw at a time.
 *
 * <p>The methods are those of {@link java.util.SplittableRandom} that generators use, so code written against a
 * random number generator ports by changing its parameter's type. Unlike a generator seeded once, every draw here is
 * a value QuickTheories records and shrinks on its own toward its simplest value (0, {@code false}, the first
 * element), so a failing structure shrinks to fewer and simpler parts instead of to another random structure.
 */
public interface Choices {

  /** An int in {@code [0, bound)}; shrinks toward 0. */
  int nextInt(int bound);

  /** An int in {@code [origin, bound)}; shrinks toward the value of that range closest to 0. */
  int nextInt(int origin, int bound);

  /** Any long; shrinks toward 0. */
  long nextLong();

  /** {@code true} or {@code false}; shrinks toward {@code false}. */
  boolean nextBoolean();

  /** A value of {@code gen}, which shrinks as {@code gen}'s values do. */
  <T> T draw(Gen<T> gen);

  /**
   * Up to {@code slots} elements, the element of slot {@code i} built by {@code element.apply(this, i)}.
   *
   * <p>Every slot draws its element, and whether it is kept is a draw of its own that shrinks toward "dropped", so
   * shrinking removes elements anywhere in the list while the draws of the others stay in place: a failure shrinks to
   * the elements that cause it. (A size drawn first, as QuickTheories' lists do, can only shrink from the end.) That
   * holds as long as each element makes the same number of draws whatever they decide. A share of kept slots, drawn
   * first, spreads the sizes from empty to full.
   */
  default <T> List<T> listOf(int slots, BiFunction<Choices, Integer, T> element) {
    int keptPercent = nextInt(0, 101);
    List<T> list = new ArrayList<>();
    for (int i = 0; i < slots; i++) {
      boolean kept = nextInt(100) >= 100 - keptPercent;
      T e = element.apply(this, i);
      if (kept) {
        list.add(e);
      }
    }
    return list;
  }

  /** One of the values; shrinks toward the first. */
  default <T> T pick(List<T> values) {
    return values.get(nextInt(values.size()));
  }

  /** One of the values; shrinks toward the first. */
  @SuppressWarnings("unchecked")
  default <T> T pick(T... values) {
    return values[nextInt(values.length)];
  }
}
