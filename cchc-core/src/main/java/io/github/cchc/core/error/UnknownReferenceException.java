package io.github.cchc.core.error;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when an id names nothing that is known: a unit not in the directory, an indicator not in the catalogue, a
 * criterion the scorecard lacks. It carries the {@link #kind() kind} of thing, the {@link #id() id}, where the id was
 * written when the library knows it ({@link #referrer()}, such as the criterion that names an unknown indicator) and
 * the {@link #nearest() nearest known ids}, for a "did you mean" a caller can show.
 *
 * <pre>
 * Unknown indicator "2.4.9" (criterion 6.2); the nearest known: "2.4.1", "2.4.4"
 * Không có chỉ tiêu "2.4.9" (tiêu chí 6.2); gần nhất: "2.4.1", "2.4.4"
 * </pre>
 *
 * <p>{@link #getMessage()} is the English line; {@link #message(Locale)} gives either. Instances are created by the
 * library only. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class UnknownReferenceException extends IllegalArgumentException implements LocalizedError {

  private static final long serialVersionUID = 1L;

  /** The kinds of thing an id names. */
  public enum Kind {
    /** A unit of an organisation directory. */
    UNIT("đơn vị", "unit"),
    /** An indicator of the catalogue. */
    INDICATOR("chỉ tiêu", "indicator"),
    /** A criterion of a scorecard. */
    CRITERION("tiêu chí", "criterion");

    private final String vi;
    private final String en;

    Kind(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }

    /**
     * Returns the kind's name in the reader's language.
     *
     * @param locale the reader's locale
     * @return such as "unit" or "đơn vị"
     */
    public String label(Locale locale) {
      return Texts.pick(locale, vi, en);
    }
  }

  private final Kind kind;
  private final String id;
  private final String referrerVi;
  private final String referrerEn;
  private final List<String> nearest;

  UnknownReferenceException(Kind kind, String id, String referrerVi, String referrerEn, List<String> nearest) {
    super(format(kind, id, referrerEn, nearest, Locale.ENGLISH));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
    this.referrerVi = Objects.requireNonNull(referrerVi, "referrerVi");
    this.referrerEn = Objects.requireNonNull(referrerEn, "referrerEn");
    this.nearest = List.copyOf(nearest);
  }

  private static String format(Kind kind, String id, String referrer, List<String> nearest, Locale locale) {
    StringBuilder b = new StringBuilder(Texts.pick(locale, "Không có ", "Unknown ")).append(kind.label(locale))
        .append(' ').append(TextParseException.quote(id));
    if (!referrer.isEmpty()) {
      b.append(" (").append(referrer).append(')');
    }
    if (!nearest.isEmpty()) {
      b.append(Texts.pick(locale, "; gần nhất: ", "; the nearest known: "));
      for (int i = 0; i < nearest.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(TextParseException.quote(nearest.get(i)));
      }
    }
    return b.toString();
  }

  /**
   * Returns the kind of thing the id should name.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the id that names nothing known.
   *
   * @return the id, whole
   */
  public String id() {
    return id;
  }

  /**
   * Returns where the id was written, in English, when the library knows it: such as "criterion 6.2".
   *
   * @return the referrer, or empty
   */
  public Optional<String> referrer() {
    return referrerEn.isEmpty() ? Optional.empty() : Optional.of(referrerEn);
  }

  /**
   * Returns the known ids nearest to the unknown one, nearest first: at most three, each within a few edits of it.
   *
   * @return the ids, possibly empty
   */
  public List<String> nearest() {
    return nearest;
  }

  @Override
  public String message(Locale locale) {
    return Texts.isEnglish(locale) ? getMessage() : format(kind, id, referrerVi, nearest, locale);
  }
}
