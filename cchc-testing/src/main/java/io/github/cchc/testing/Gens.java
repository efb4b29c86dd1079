package io.github.cchc.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators shared by the property tests of every module, for QuickTheories.
 *
 * <p>Every generator here shrinks: QuickTheories shrinks the random draws a value was made from, so a value built with
 * {@code map}, {@code zip} or {@code flatMap} shrinks with them. Generators "with edges" draw one value in five from a
 * fixed list of edge cases (the ends of a range, zero, the values next to the ends), which the random part would
 * rarely reach.
 *
 * <p>Run a property with {@code qt().withExamples(n).forAll(gen).checkAssert(value -> ...)}; a failure reports the
 * smallest falsifying value found and the seed, which {@code -DQT_SEED=...} replays.
 */
public final class Gens {

  /** Words of real plan, report and inspection texts, in NFC, including the words their grammars give a meaning to. */
  public static final List<String> VIETNAMESE_WORDS =
      List.of(
          "Kế", "hoạch", "ban", "hành", "Báo", "cáo", "kết", "quả", "rà", "soát", "đánh", "giá", "quý", "năm", "tháng",
          "theo", "trong", "từ", "đến", "ngày", "Hàng", "thường", "xuyên", "Sở", "Nội", "vụ", "Ủy", "ban", "nhân",
          "dân", "tỉnh", "huyện", "xã", "phường", "thị", "trấn", "Thái", "Bình", "Hòa", "Hoà", "thủy", "thuỷ", "Đất",
          "đai", "cải", "cách", "thủ", "tục", "chính", "quyền", "điện", "tử", "số", "Đồng", "Tháp", "Sơn", "La",
          "Hà", "Nội", "kiểm", "tra", "Đoàn", "Trưởng", "đoàn", "tồn", "tại", "hạn", "chế", "khắc", "phục", "ứng",
          "dụng", "công", "nghệ", "thông", "tin", "người", "được", "giải", "quyết", "hồ", "sơ", "trực", "tuyến");

  /** Characters that break formats and terminals: controls, bidirectional overrides, zero-width and markup. */
  public static final List<String> HOSTILE_PIECES =
      List.of(
          "\u0000", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000b", "\f", "\u001b", "\u001b[2J", "\u001b[31m",
          "\u007f", "\u0085", "\u009b", "\u200b", "\u200d", "\u2028", "\u2029", "\u202a", "\u202b", "\u202c",
          "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\ufffd", "\ud800", "\udfff",
          "\ud83d\ude00", "\ud835\udc00", "\"", "'", "`", "\\", "<", ">", "&", "&amp;", "<script>", "</td>", "|",
          "*", "_", "#", "[", "]", "(", ")", "=", "+", "-", "@", "=HYPERLINK(\"x\")", ",", ";", "{", "}", "$",
          "%s", "%n", "${x}", "e\u0301", "a\u0323\u0302", "\u0301");

  private Gens() {}

  /** One of the given values; shrinks toward the first. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, into a new list
  public static <T> Gen<T> oneOf(T... values) {
    return Generate.pick(Arrays.stream(values).toList());
  }

  /** One of the given values; shrinks toward the first. */
  public static <T> Gen<T> oneOf(List<T> values) {
    return Generate.pick(List.copyOf(values));
  }

  /** Values of {@code gen}, and one in five from {@code edges}. */
  public static <T> Gen<T> withEdges(Gen<T> gen, List<T> edges) {
    return Generate.frequency(Pair.of(4, gen), Pair.of(1, Generate.pick(List.copyOf(edges))));
  }

  /** Integers in {@code [min, max]}, with the ends, the values next to them and zero (when in range) as edges. */
  public static Gen<Integer> intsWithEdges(int min, int max) {
    List<Integer> edges = new ArrayList<>(List.of(min, max));
    if (min < max) {
      edges.add(min + 1);
      edges.add(max - 1);
    }
    if (min < 0 && 0 < max) {
      edges.add(0);
    }
    return withEdges(Generate.range(min, max), edges.stream().distinct().collect(Collectors.toList()));
  }

  /** Longs in {@code [min, max]}, with the ends, the values next to them and zero (when in range) as edges. */
  public static Gen<Long> longsWithEdges(long min, long max) {
    List<Long> edges = new ArrayList<>(List.of(min, max));
    if (min < max) {
      edges.add(min + 1);
      edges.add(max - 1);
    }
    if (min < 0 && 0 < max) {
      edges.add(0L);
    }
    return withEdges(Generate.longRange(min, max), edges.stream().distinct().collect(Collectors.toList()));
  }

  /** Days from {@code first} to {@code last} inclusive, with both ends and the leap days between as edges. */
  public static Gen<LocalDate> datesWithEdges(LocalDate first, LocalDate last) {
    long span = last.toEpochDay() - first.toEpochDay();
    if (span < 0) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
    List<LocalDate> edges = new ArrayList<>(List.of(first, last));
    for (int year = first.getYear(); year <= last.getYear() && edges.size() < 12; year++) {
      if (java.time.Year.isLeap(year)) {
        LocalDate leap = LocalDate.of(year, 2, 29);
        if (!leap.isBefore(first) && !leap.isAfter(last)) {
          edges.add(leap);
        }
      }
    }
    return withEdges(Generate.longRange(0, span).map(first::plusDays), edges);
  }

  /** Lists of {@code gen}'s values with {@code min} to {@code max} elements; shrinks toward shorter lists. */
  public static <T> Gen<List<T>> listsOf(Gen<T> gen, int min, int max) {
    return lists().of(gen).ofSizeBetween(min, max);
  }

  /** Vietnamese words joined by single spaces, in NFC; shrinks toward fewer and earlier words. */
  public static Gen<String> vietnameseText(int minWords, int maxWords) {
    return listsOf(oneOf(VIETNAMESE_WORDS), minWords, maxWords).map(words -> String.join(" ", words));
  }

  /** Vietnamese text, half of it in NFC and half decomposed (NFD), as text pasted from other systems arrives. */
  public static Gen<String> vietnameseTextNfcOrNfd(int minWords, int maxWords) {
    return vietnameseText(minWords, maxWords)
        .zip(Generate.booleans(), (text, decompose) -> decompose ? nfd(text) : text);
  }

  /** The text in Unicode NFD. */
  public static String nfd(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }

  /**
   * Text a hostile user could type or paste: Vietnamese words (NFC or NFD) mixed with control characters, escape
   * sequences, bidirectional overrides, zero-width characters, lone surrogates, characters outside the BMP, markup,
   * formula starters and format specifiers, up to {@code maxPieces} pieces.
   */
  public static Gen<String> hostileText(int maxPieces) {
    Gen<String> piece =
        Generate.frequency(
            Pair.of(3, oneOf(VIETNAMESE_WORDS)),
            Pair.of(1, oneOf(VIETNAMESE_WORDS).map(Gens::nfd)),
            Pair.of(3, oneOf(HOSTILE_PIECES)),
            Pair.of(1, Generate.constant(" ")),
            Pair.of(1, codePoint().map(Character::toString)));
    return listsOf(piece, 0, maxPieces).map(pieces -> String.join("", pieces));
  }

  /** Any sequence of UTF-16 code units, lone surrogates included, up to {@code maxLength} units. */
  public static Gen<String> anyUtf16(int maxLength) {
    return listsOf(Generate.characters(0, 0xFFFF), 0, maxLength)
        .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** Any code point, with the surrogate range, the ends of the planes and controls more often than chance. */
  public static Gen<Integer> codePoint() {
    return withEdges(
        Generate.range(0, Character.MAX_CODE_POINT),
        List.of(0, 0x1f, 0x7f, 0x9f, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff, 0xfffe, 0xffff, 0x10000, 0x10ffff));
  }
  /**
   * Values that {@code build} makes from {@link Choices} it draws one at a time. Each draw shrinks on its own, so a
   * structure built this way (a file, a list of records, a sequence of mutations) shrinks to fewer and simpler parts;
   * a structure built from one drawn seed would shrink only to another random structure.
   */
  public static <T> Gen<T> from(Function<Choices, T> build) {
    return source -> build.apply(new SourceChoices(source));
  }

  /**
   * Decimals of up to {@code maxDigits} unscaled digits, either sign, with a scale in {@code [minScale, maxScale]}
   * (a negative scale gives values such as {@code 1.2E+7}); edges are zero at the end scales and the scale closest to
   * 0, one unit of that scale and its negation, the smallest positive value and the largest magnitudes. Shrinks toward
   * fewer digits, positive values and the scale closest to 0.
   */
  public static Gen<BigDecimal> decimals(int maxDigits, int minScale, int maxScale) {
    if (maxDigits < 1 || minScale > maxScale) {
      throw new IllegalArgumentException("maxDigits " + maxDigits + ", scales [" + minScale + ", " + maxScale + "]");
    }
    Gen<BigInteger> unscaled =
        listsOf(Generate.range(0, 9), 0, maxDigits)
            .zip(
                Generate.booleans(),
                (digits, negative) -> {
                  BigInteger n = BigInteger.ZERO;
                  for (int d : digits) {
                    n = n.multiply(BigInteger.TEN).add(BigInteger.valueOf(d));
                  }
                  return negative ? n.negate() : n;
                });
    Gen<Integer> scale = Generate.range(minScale, maxScale);
    BigInteger largest = BigInteger.TEN.pow(maxDigits).subtract(BigInteger.ONE);
    int nearZero = Math.max(minScale, Math.min(0, maxScale));
    List<BigDecimal> edges =
        List.of(
            BigDecimal.ZERO.setScale(nearZero),
            new BigDecimal(BigInteger.ONE, nearZero),
            new BigDecimal(BigInteger.ONE.negate(), nearZero),
            BigDecimal.ZERO.setScale(minScale),
            BigDecimal.ZERO.setScale(maxScale),
            new BigDecimal(BigInteger.ONE, maxScale),
            new BigDecimal(largest, minScale),
            new BigDecimal(largest.negate(), minScale),
            new BigDecimal(largest, maxScale));
    return withEdges(unscaled.zip(scale, BigDecimal::new), edges);
  }

  /** Strings of {@code minLength} to {@code maxLength} code points of {@code alphabet}; shrinks toward its first. */
  public static Gen<String> stringsOf(String alphabet, int minLength, int maxLength) {
    List<String> letters = alphabet.codePoints().mapToObj(Character::toString).distinct().collect(Collectors.toList());
    return listsOf(oneOf(letters), minLength, maxLength).map(l -> String.join("", l));
  }

  /**
   * Any text of up to {@code maxLength} UTF-16 units: half of it any code units (lone surrogates included), half
   * {@link #hostileText(int) hostile text} cut to that length.
   */
  public static Gen<String> anyText(int maxLength) {
    return Generate.oneOf(
        anyUtf16(maxLength),
        hostileText(maxLength).map(t -> t.length() <= maxLength ? t : t.substring(0, maxLength)));
  }

  /**
   * Byte arrays of up to {@code maxLength} bytes, any byte, with the bytes that matter to text formats (0, quote,
   * comma, semicolon, tab, CR, LF, the UTF-8 byte-order mark's bytes, a lone UTF-8 lead byte, 0x7f, 0x80, 0xff) more
   * often than chance; shrinks toward shorter arrays of zeros. Failures show the bytes, not the array's identity.
   */
  public static Gen<byte[]> anyBytes(int maxLength) {
    // NUL, '"', ',', ';', TAB, CR, LF, space, the byte-order mark's three bytes, a lead byte, DEL, a continuation byte
    List<Integer> edges = List.of(0, 0x22, 0x2C, 0x3B, 0x09, 0x0D, 0x0A, 0x20, 0xEF, 0xBB, 0xBF, 0xC3, 0x7F, 0x80, 0xFF);
    Gen<Integer> unit = withEdges(Generate.range(0, 255), edges);
    return listsOf(unit, 0, maxLength)
        .map(
            l -> {
              byte[] b = new byte[l.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (int) l.get(i);
              }
              return b;
            })
        .describedAs(Arrays::toString);
  }

  /** Choices drawn from QuickTheories' source of randomness, which records each draw and shrinks it. */
  private record SourceChoices(RandomnessSource source) implements Choices {

    @Override
    public int nextInt(int bound) {
      return nextInt(0, bound);
    }

    @Override
    public int nextInt(int origin, int bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException("bound " + bound + " must be above origin " + origin);
      }
      return Generate.range(origin, bound - 1).generate(source);
    }

    @Override
    public long nextLong() {
      return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).generate(source);
    }

    @Override
    public boolean nextBoolean() {
      return Generate.booleans().generate(source);
    }

    @Override
    public <T> T draw(Gen<T> gen) {
      return gen.generate(source);
    }
  }

  /** Strings of {@code minLength} to {@code maxLength} characters of {@code alphabet}; shrinks toward its first. */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    if (alphabet.isEmpty()) {
      throw new IllegalArgumentException("empty alphabet");
    }
    return listsOf(Generate.range(0, alphabet.length() - 1), minLength, maxLength)
        .map(indexes -> indexes.stream().map(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining()));
  }

  /**
   * Values made by a builder (an Immutables builder, say) from one value of each step, applied in order; shrinks with
   * every step. {@code built(Plan::builder, Plan.Builder::build, List.of(step(texts, Plan.Builder::title), ...))}.
   */
  public static <B, T> Gen<T> built(Supplier<B> builder, Function<B, T> build, List<Gen<Consumer<B>>> steps) {
    Gen<List<Consumer<B>>> all = Generate.constant(List.of());
    for (Gen<Consumer<B>> step : steps) {
      all = all.zip(step, (done, next) -> {
        List<Consumer<B>> more = new ArrayList<>(done);
        more.add(next);
        return more;
      });
    }
    return all.map(chosen -> {
      B b = builder.get();
      chosen.forEach(step -> step.accept(b));
      return build.apply(b);
    });
  }

  /** A step of {@link #built}: gives the builder one of {@code values} through {@code setter}. */
  public static <B, V> Gen<Consumer<B>> step(Gen<V> values, BiConsumer<B, V> setter) {
    return values.map(v -> b -> setter.accept(b, v));
  }

  /**
   * A {@link Random} whose draws all come from QuickTheories, so that code written against {@code Random} (a builder of
   * random provinces, a mutator of documents) gets real shrinking, not only a smaller seed: a failure shrinks the
   * draws toward 0, so {@code nextInt(n)} toward 0 and {@code nextBoolean()} toward false, and the value built toward
   * the simplest one. Up to {@code maxDraws} 32-bit draws are taken; every draw after them is 0, so choose
   * {@code maxDraws} above what one value consumes, and never loop until a draw differs ("until the set is not
   * empty"): on a used-up source that loop never ends. Build the value inside the generator
   * ({@code randoms(n).map(Thing::new)}): a {@code Random} is used up by drawing from it.
   */
  public static Gen<Random> randoms(int maxDraws) {
    return listsOf(Generate.longRange(0, 0xFFFF_FFFFL), 0, maxDraws).map(DrawnRandom::new);
  }

  /** The Random of {@link #randoms}: {@link Random#next(int)} is the one method every other draw goes through. */
  private static final class DrawnRandom extends Random {
    private static final long serialVersionUID = 1L;

    private final long[] draws;
    private int used;

    DrawnRandom(List<Long> draws) {
      super(0L);
      this.draws = draws.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    protected int next(int bits) {
      long draw = used < draws.length ? draws[used++] : 0L;
      return (int) (draw >>> (32 - bits));
    }

    @Override
    public String toString() {
      return "Random of " + draws.length + " draws";
    }
  }
}
