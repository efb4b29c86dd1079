package io.github.cchc.core.document;

import io.github.cchc.core.error.TextParseException;
import io.github.cchc.core.error.internal.Errors;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number and symbol (số, ký hiệu) of an administrative document: {@code 175/KH-UBND} (number 175, type code KH,
 * issuer UBND), {@code 60/2021/NĐ-CP} (legal documents carry their year), {@code 5673/BNV-CCVC} (a letter: issuer
 * BNV, issuing unit CCVC, no type code). A draft leaves the number blank: {@code Số: /KH-UBND}. Documents of the
 * Party write the type before the slash and the issuer after it: {@code 48-KL/TW} ({@link Style#PARTY}).
 *
 * <p>The number keeps its digits as written ({@code 04/2022/NQ-CP} stays "04"); {@link #number()} gives its value.
 * <p>The codes after the last {@code /} are kept as written (in NFC), for display; the {@link #type()} is found by
 * comparing the first code without regard to case or diacritics, so "60/2021/ND-CP" is a decree too, and {@link
 * #sameDocumentAs(DocumentNumber)} compares two numbers that way. {@link #equals(Object)} compares the spelling.
 *
 * <pre>{@code
 * DocumentNumber n = DocumentNumber.parse("Số: 60/2021/NĐ-CP");
 * n.number();        // Optional[60]
 * n.year();          // Optional[2021]
 * n.type();          // DECREE
 * n.issuerCodes();   // [CP]
 * n.toString();      // "60/2021/NĐ-CP"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentNumber {

  private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{Nd}&]*\\p{Lu}[\\p{L}\\p{Nd}&]*");
  private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  /** How the number is laid out. */
  public enum Style {
    /** State documents: number, optional year, then the codes after a slash: {@code 175/KH-UBND}. */
    STATE,
    /** Party documents: number, type code, a slash, then the issuer: {@code 48-KL/TW}. */
    PARTY
  }

  private final String number;
  private final Year year;
  private final List<String> codes;
  private final Style style;

  private DocumentNumber(String number, Year year, List<String> codes, Style style) {
    this.number = number;
    this.year = year;
    this.codes = codes;
    this.style = style;
  }

  /**
   * Returns a document number.
   *
   * @param number the number, positive
   * @param symbol the codes joined by "-", such as "KH-UBND"
   * @return "175/KH-UBND"
   * @throws IllegalArgumentException if the number is not positive or a code is not letters and digits
   */
  public static DocumentNumber of(int number, String symbol) {
    return of(Optional.of(Integer.toString(number)), Optional.empty(), splitSymbol(symbol));
  }

  /**
   * Returns the number of a legal document, which carries its year.
   *
   * @param number the number, positive
   * @param year the year
   * @param symbol the codes joined by "-", such as "NĐ-CP"
   * @return "60/2021/NĐ-CP"
   * @throws IllegalArgumentException if the number is not positive or a code is not letters and digits
   */
  public static DocumentNumber of(int number, Year year, String symbol) {
    Objects.requireNonNull(year, "year");
    return of(Optional.of(Integer.toString(number)), Optional.of(year), splitSymbol(symbol));
  }

  /**
   * Returns the number of a Party document, which writes its type code before the slash.
   *
   * @param number the number, positive
   * @param typeCode the type code, such as "KL"
   * @param issuer the issuer codes joined by "-", such as "TW"
   * @return "48-KL/TW"
   * @throws IllegalArgumentException if the number is not positive or a code is not letters and digits
   */
  public static DocumentNumber ofParty(int number, String typeCode, String issuer) {
    Objects.requireNonNull(typeCode, "typeCode");
    List<String> codes = new ArrayList<>();
    codes.add(typeCode);
    codes.addAll(splitSymbol(issuer));
    return create(Optional.of(Integer.toString(number)), Optional.empty(), codes, Style.PARTY);
  }

  /**
   * Returns the number of a draft, whose number is left blank until it is issued.
   *
   * @param symbol the codes joined by "-", such as "KH-UBND"
   * @return "/KH-UBND"
   * @throws IllegalArgumentException if a code is not letters and digits
   */
  public static DocumentNumber draft(String symbol) {
    return of(Optional.empty(), Optional.empty(), splitSymbol(symbol));
  }

  /**
   * Returns the number with its number filled in, as when a draft is issued.
   *
   * @param number the number, positive
   * @return a copy with that number
   * @throws IllegalArgumentException if the number is not positive
   */
  public DocumentNumber withNumber(int number) {
    return create(Optional.of(Integer.toString(number)), year(), codes, style);
  }

  /**
   * Returns a state document number from its parts.
   *
   * @param number the digits of the number as written (one to nine, such as "04"), not zero, or empty for a draft
   * @param year the year, for legal documents
   * @param codes the codes after the last "/", at least one, each letters, digits or {@code &} with at least one
   *     capital letter
   * @return the document number
   * @throws IllegalArgumentException if the number is not positive, the year has not four digits, there is no code,
   *     or a code is malformed
   */
  public static DocumentNumber of(Optional<String> number, Optional<Year> year, List<String> codes) {
    return create(number, year, codes, Style.STATE);
  }

  private static DocumentNumber create(
      Optional<String> number, Optional<Year> year, List<String> codes, Style style) {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(codes, "codes");
    if (number.isPresent()
        && (!DIGITS.matcher(number.get()).matches() || Integer.parseInt(number.get()) < 1)) {
      throw new IllegalArgumentException("A document number must be one to nine digits, not zero: '" + number.get()
          + "'");
    }
    if (style == Style.PARTY && (year.isPresent() || codes.size() < 2)) {
      throw new IllegalArgumentException("A Party document number has a type code and an issuer, and no year");
    }
    if (year.isPresent() && (year.get().getValue() < 1000 || year.get().getValue() > 9999)) {
      throw new IllegalArgumentException("The year of a document number must have four digits: " + year.get());
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("A document number needs at least one code after '/'");
    }
    List<String> clean = new ArrayList<>();
    for (String code : codes) {
      Objects.requireNonNull(code, "codes contains null");
      String c = DocumentText.nfc(code).strip();
      if (!CODE.matcher(c).matches()) {
        throw new IllegalArgumentException(
            "A document code must be letters, digits or '&' with at least one capital letter: '" + code + "'");
      }
      clean.add(c);
    }
    return new DocumentNumber(number.orElse(null), year.orElse(null), List.copyOf(clean), style);
  }

  private static List<String> splitSymbol(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    return List.of(symbol.split("-", -1));
  }

  /**
   * Parses a document number: "175/KH-UBND", "60/2021/NĐ-CP", "5673/BNV-CCVC", a Party number "48-KL/TW", a draft
   * "/KH-UBND", each optionally after "Số", "số:" or "So", with any spaces around "/" and "-", in NFC or NFD.
   *
   * @param text the text
   * @return the document number
   * @throws TextParseException if the text is not a document number, naming the text and the index
   */
  public static DocumentNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String nfc = DocumentText.nfc(text);
    Reader r = new Reader(nfc, 0);
    r.skipSpaces();
    String folded = DocumentText.fold(nfc);
    if (DocumentText.wordAt(folded, r.pos, "so")) {
      r.pos += 2;
      r.skipSpaces();
      if (r.pos < nfc.length() && nfc.charAt(r.pos) == ':') {
        r.pos++;
      }
    }
    DocumentNumber n = r.number();
    r.skipSpaces();
    while (r.pos < nfc.length() && ".;,".indexOf(nfc.charAt(r.pos)) >= 0) {
      r.pos++;
      r.skipSpaces();
    }
    if (r.pos < nfc.length()) {
      throw Errors.parse(TextParseException.Kind.DOCUMENT_NUMBER, nfc, r.pos, "hết số văn bản",
          "the end of the document number");
    }
    return n;
  }

  /** Reads a number and symbol from a position in an NFC text; used by the reference parser too. */
  static final class Reader {
    private final String s;
    int pos;

    Reader(String nfc, int pos) {
      this.s = nfc;
      this.pos = pos;
    }

    void skipSpaces() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    DocumentNumber number() {
      skipSpaces();
      int start = pos;
      while (pos < s.length() && isDigit(s.charAt(pos))) {
        pos++;
      }
      String number = null;
      if (pos > start) {
        number = s.substring(start, pos);
        if (number.length() > 9) {
          throw Errors.parse(TextParseException.Kind.DOCUMENT_NUMBER, s, start, "một số có nhiều nhất chín chữ số",
              "a number of at most nine digits");
        }
        if (Integer.parseInt(number) < 1) {
          throw Errors.parse(TextParseException.Kind.DOCUMENT_NUMBER, s, start, "một số khác 0",
              "a number that is not zero");
        }
      }
      skipSpaces();
      if (pos < s.length() && DASHES.indexOf(s.charAt(pos)) >= 0) {
        // Party style: 48-KL/TW
        pos++;
        skipSpaces();
        List<String> codes = new ArrayList<>();
        codes.add(code());
        skipSpaces();
        if (pos >= s.length() || s.charAt(pos) != '/') {
          throw Errors.parse(TextParseException.Kind.DOCUMENT_NUMBER, s, pos,
              "'/' và cơ quan ban hành sau mã loại, như '48-KL/TW'",
              "'/' and the issuer after the type code, such as '48-KL/TW'");
        }
        pos++;
        codes.addAll(codes());
        return new DocumentNumber(number, null, List.copyOf(codes), Style.PARTY);
      }
      if (pos >= s.length() || s.charAt(pos) != '/') {
        throw number == null
            ? Errors.parse(TextParseException.Kind.DOCUMENT_NUMBER, s, pos, "một số và '/', như '175/KH-UBND'",
                "a number and '/', such as '175/KH-UBND'")
            : Errors.parse(TextParseException.Kind.DOCUMENT_NUMBER, s, pos, "'/' sau số", "'/' after the number");
      }
      pos++;
      skipSpaces();
      Year year = null;
      int y = pos;
      while (y < s.length() && isDigit(s.charAt(y))) {
        y++;
      }
      if (y - pos == 4) {
        int after = y;
        while (after < s.length() && s.charAt(after) == ' ') {
          after++;
        }
        if (after < s.length() && s.charAt(after) == '/') {
          year = Year.of(Integer.parseInt(s.substring(pos, y)));
          pos = after + 1;
        }
      }
      return new DocumentNumber(number, year, codes(), Style.STATE);
    }

    /** Codes joined by dashes. */
    private List<String> codes() {
      List<String> codes = new ArrayList<>();
      while (true) {
        skipSpaces();
        codes.add(code());
        int save = pos;
        skipSpaces();
        if (pos < s.length() && DASHES.indexOf(s.charAt(pos)) >= 0) {
          pos++;
        } else {
          pos = save;
          return List.copyOf(codes);
        }
      }
    }

    private String code() {
      int from = pos;
      while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '&')) {
        pos++;
      }
      String code = s.substring(from, pos);
      if (!CODE.matcher(code).matches()) {
        pos = from;
        throw Errors.parse(TextParseException.Kind.DOCUMENT_NUMBER, s, from, "một mã như 'KH' hoặc 'UBND' (chữ hoa)",
            "a code such as 'KH' or 'UBND' (with a capital letter)");
      }
      return code;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }

  /**
   * Returns the value of the number.
   *
   * @return the number, or empty for a draft
   */
  public Optional<Integer> number() {
    return Optional.ofNullable(number).map(Integer::valueOf);
  }

  /**
   * Returns the digits of the number as written.
   *
   * @return the digits, such as "04", or empty for a draft
   */
  public Optional<String> numberText() {
    return Optional.ofNullable(number);
  }

  /**
   * Tells whether this is a draft, whose number is still blank.
   *
   * @return true if there is no number
   */
  public boolean isDraft() {
    return number == null;
  }

  /**
   * Returns how the number is laid out.
   *
   * @return {@link Style#PARTY} for {@code 48-KL/TW}, else {@link Style#STATE}
   */
  public Style style() {
    return style;
  }

  /**
   * Returns the year written in the number, which legal documents carry.
   *
   * @return the year, or empty
   */
  public Optional<Year> year() {
    return Optional.ofNullable(year);
  }

  /**
   * Returns every code after the last "/", as written.
   *
   * @return the codes, such as [KH, UBND] or [BNV, CCVC]
   */
  public List<String> codes() {
    return codes;
  }

  /**
   * Returns the symbol: the codes as written after the number, such as "KH-UBND", or "KL/TW" for a Party document.
   *
   * @return the symbol
   */
  public String symbol() {
    return style == Style.PARTY
        ? codes.get(0) + "/" + String.join("-", codes.subList(1, codes.size()))
        : String.join("-", codes);
  }

  /**
   * Returns the type code, if the number has one: the first code when it is a known type code, or when the number
   * carries a year and more than one code, or always in a Party number.
   *
   * @return the type code as written, such as "NĐ" or "ND"; empty for a letter such as {@code 5673/BNV-CCVC}
   */
  public Optional<String> typeCode() {
    String first = codes.get(0);
    boolean known = codes.size() > 1 && DocumentType.ofCode(first).isPresent();
    return known || style == Style.PARTY || year != null && codes.size() > 1
        ? Optional.of(first)
        : Optional.empty();
  }

  /**
   * Returns the type: the type of the type code, {@link DocumentType#OTHER} for a type code not known, or {@link
   * DocumentType#LETTER} when there is no type code.
   *
   * @return the type
   */
  public DocumentType type() {
    return typeCode().map(c -> DocumentType.ofCode(c).orElse(DocumentType.OTHER)).orElse(DocumentType.LETTER);
  }

  /**
   * Returns the codes of the issuer and issuing units: the codes after the type code.
   *
   * @return the issuer codes, such as [UBND] for {@code 175/KH-UBND} or [BNV, CCVC] for {@code 5673/BNV-CCVC}
   */
  public List<String> issuerCodes() {
    return typeCode().isPresent() ? codes.subList(1, codes.size()) : codes;
  }

  /**
   * Tells whether two numbers name the same document, comparing the number by value and the codes without regard
   * to case or diacritics: "60/2021/ND-CP" and "60/2021/NĐ-CP" do, and so do "04/2022/NQ-CP" and "4/2022/NQ-CP".
   *
   * @param other the other number
   * @return true if number, year and codes agree
   */
  public boolean sameDocumentAs(DocumentNumber other) {
    Objects.requireNonNull(other, "other");
    return number().equals(other.number())
        && Objects.equals(year, other.year)
        && style == other.style
        && DocumentText.fold(symbol()).equals(DocumentText.fold(other.symbol()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentNumber d
        && Objects.equals(number, d.number)
        && Objects.equals(year, d.year)
        && codes.equals(d.codes)
        && style == d.style;
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, year, codes, style);
  }

  /**
   * Returns the canonical form, which {@link #parse(CharSequence)} reads back: "175/KH-UBND", "60/2021/NĐ-CP",
   * "48-KL/TW", or "/KH-UBND" for a draft.
   *
   * @return the number and symbol
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (number != null) {
      s.append(number);
    }
    if (style == Style.PARTY) {
      return s.append('-').append(symbol()).toString();
    }
    s.append('/');
    if (year != null) {
      s.append(year.getValue()).append('/');
    }
    return s.append(symbol()).toString();
  }
}
