package io.github.cchc.core.document;

import io.github.cchc.core.error.TextParseException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.json.internal.Message;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a document as plans cite their legal bases: "Quyết định số 3486/QĐ-UBND ngày 31/12/2021 của Ủy ban
 * nhân dân tỉnh về việc phê duyệt Kế hoạch CCHC tỉnh Thái Bình giai đoạn 2022-2025".
 *
 * <p>The parts are the kind word before "số" ("Quyết định"), the {@link DocumentNumber}, the date after "ngày", the
 * issuer after "của", and the title or summary that follows. The issuer ends where the title begins, at the first
 * of the words that open a title: "về" (also "về việc"), "ban hành", "hướng dẫn", "sửa đổi", "bổ sung", "quy định",
 * "phê duyệt", "triển khai", "thực hiện", "đối với", "V/v". A reference written without a kind word ("60/2021/NĐ-CP") takes the
 * name of its type ("Nghị định").
 *
 * <pre>{@code
 * DocumentReference r = DocumentReference.parse("Công văn số 5673/BNV-CCVC ngày 03/10/2023 của Bộ Nội vụ");
 * r.kind();      // "Công văn"
 * r.number();    // 5673/BNV-CCVC
 * r.date();      // Optional[2023-10-03]
 * r.issuer();    // Optional[Bộ Nội vụ]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the kind of document as written before "số", such as "Nghị quyết"
 * @param number the number and symbol
 * @param date the date of issue, if cited
 * @param issuer the issuing body, if cited, such as "Chính phủ"
 * @param title the title or summary, if cited, such as "về ban hành Chương trình tổng thể ..."
 */
public record DocumentReference(
    String kind, DocumentNumber number, Optional<LocalDate> date, Optional<String> issuer, Optional<String> title) {

  private static final List<String> TITLE_WORDS =
      List.of(
          "ve", "ban hanh", "huong dan", "sua doi", "bo sung", "quy dinh", "phe duyet", "trien khai", "thuc hien",
          "doi voi", "v/v");
  private static final Pattern SHORT_DATE =
      Pattern.compile("ngay *(\\d{1,2}) *[/.-] *(\\d{1,2}) *[/.-] *(\\d{4})");
  private static final Pattern LONG_DATE =
      Pattern.compile("ngay *(\\d{1,2}) +thang +(\\d{1,2}) +nam +(\\d{4})");
  private static final Pattern BARE_NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{Nd}/])\\d{1,9} *(?:/ *(?:\\d{4} */ *)?[\\p{L}\\p{Nd}&]*\\p{Lu}"
              + "|- *[\\p{L}\\p{Nd}&]*\\p{Lu}[\\p{L}\\p{Nd}&]* */)");
  private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

  /**
   * Creates a reference; the texts are stripped, put in NFC, and the issuer and title lose a closing ".", ";" or ",".
   *
   * @param kind the kind of document as written before "số", such as "Nghị quyết"
   * @param number the number and symbol
   * @param date the date of issue, if cited
   * @param issuer the issuing body, if cited
   * @param title the title or summary, if cited
   * @throws IllegalArgumentException if a text is blank or would not read back: a kind containing "số" or "/", an
   *     issuer containing a word that opens a title, a title after an issuer that does not open with such a word, a
   *     title that opens with "của", with "ngày" when there is no date, or with a dash
   */
  public DocumentReference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(title, "title");
    kind = DocumentText.clean(kind);
    issuer = issuer.map(DocumentReference::trimTrailing);
    title = title.map(DocumentReference::trimTrailing);
    String foldedKind = DocumentText.fold(kind);
    if (kind.isEmpty() || DocumentText.findWord(foldedKind, "so", 0) >= 0 || kind.indexOf('/') >= 0) {
      throw new IllegalArgumentException("A document kind must be non-blank, without 'số' or '/': '" + kind + "'");
    }
    if (issuer.isPresent()) {
      String i = issuer.get();
      if (i.isEmpty() || titleStart(DocumentText.fold(i), 0) >= 0) {
        throw new IllegalArgumentException(
            "An issuer must be non-blank and contain no word that opens a title (" + TITLE_WORDS + "): '" + i + "'");
      }
    }
    if (title.isPresent()) {
      String t = title.get();
      String f = DocumentText.fold(t);
      boolean bad =
          t.isEmpty()
              || DASHES.indexOf(t.charAt(0)) >= 0
              || DocumentText.wordAt(f, 0, "cua")
              || date.isEmpty() && DocumentText.wordAt(f, 0, "ngay")
              || issuer.isPresent() && titleStart(f, 0) != 0;
      if (bad) {
        throw new IllegalArgumentException(
            "A title must be non-blank, not open with a dash, 'của' or (without a date) 'ngày', and after an issuer"
                + " open with one of " + TITLE_WORDS + ": '" + t + "'");
      }
    }
  }

  /**
   * Returns a reference by kind and number only.
   *
   * @param kind the kind of document, such as "Nghị định"
   * @param number the number
   * @return "Nghị định số 60/2021/NĐ-CP"
   * @throws IllegalArgumentException if the kind is blank or contains "số" or "/"
   */
  public static DocumentReference of(String kind, DocumentNumber number) {
    return new DocumentReference(kind, number, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a reference with its date and issuer.
   *
   * @param kind the kind of document, such as "Công văn"
   * @param number the number
   * @param date the date of issue
   * @param issuer the issuing body, such as "Bộ Nội vụ"
   * @return "Công văn số 5673/BNV-CCVC ngày 03/10/2023 của Bộ Nội vụ"
   * @throws IllegalArgumentException if the kind or issuer is blank or would not read back
   */
  public static DocumentReference of(String kind, DocumentNumber number, LocalDate date, String issuer) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(issuer, "issuer");
    return new DocumentReference(kind, number, Optional.of(date), Optional.of(issuer), Optional.empty());
  }

  /**
   * Returns a copy with a title or summary.
   *
   * @param title the title, such as "về việc phê duyệt Kế hoạch CCHC"
   * @return the reference with that title
   * @throws IllegalArgumentException if the title would not read back (see the constructor)
   */
  public DocumentReference withTitle(String title) {
    Objects.requireNonNull(title, "title");
    return new DocumentReference(kind, number, date, issuer, Optional.of(title));
  }

  /**
   * Parses a reference: "[kind] [số[:]] number [ngày date] [của issuer] [title]", where the date is written
   * "15/7/2021" or "29 tháng 12 năm 2023"; diacritics may be missing and the text may be NFC or NFD.
   *
   * @param text the text, such as "Nghị định số 60/2021/NĐ-CP của Chính phủ"
   * @return the reference
   * @throws TextParseException if the text holds no document number, or a malformed one or a malformed
   *     date, naming the text and the index
   */
  public static DocumentReference parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = DocumentText.nfc(text);
    String f = DocumentText.fold(s);
    int start = 0;
    while (start < s.length() && s.charAt(start) == ' ') {
      start++;
    }
    int kindEnd = -1;
    int numberAt = -1;
    for (int so = DocumentText.findWord(f, "so", start); so >= 0; so = DocumentText.findWord(f, "so", so + 1)) {
      int p = skipSpaces(s, so + 2);
      if (p < s.length() && s.charAt(p) == ':') {
        p = skipSpaces(s, p + 1);
      }
      if (p < s.length() && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '/')) {
        kindEnd = so;
        numberAt = p;
        break;
      }
    }
    if (numberAt < 0) {
      Matcher m = BARE_NUMBER.matcher(s);
      if (!m.find(start)) {
        throw Errors.parse(TextParseException.Kind.DOCUMENT_REFERENCE, s, start,
            "một số văn bản, như 'Quyết định số 3486/QĐ-UBND'",
                "a document number, such as 'Quyết định số 3486/QĐ-UBND'");
      }
      kindEnd = m.start();
      numberAt = m.start();
    }
    DocumentNumber.Reader reader = new DocumentNumber.Reader(s, numberAt);
    DocumentNumber number = reader.number();
    int p = skipSpaces(s, reader.pos);

    Optional<LocalDate> date = Optional.empty();
    if (DocumentText.wordAt(f, p, "ngay")) {
      Matcher m = SHORT_DATE.matcher(f).region(p, f.length());
      if (!m.lookingAt()) {
        m = LONG_DATE.matcher(f).region(p, f.length());
        if (!m.lookingAt()) {
          throw Errors.parse(TextParseException.Kind.DOCUMENT_REFERENCE, s, skipSpaces(s, p + 4),
              "một ngày như '15/7/2021'", "a date such as '15/7/2021'");
        }
      }
      try {
        date =
            Optional.of(
                LocalDate.of(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
      } catch (DateTimeException e) {
        throw Errors.parse(TextParseException.Kind.DOCUMENT_REFERENCE, s, skipSpaces(s, p + 4), "một ngày có thật",
            "a date that exists");
      }
      p = skipSpaces(s, m.end());
    }

    Optional<String> issuer = Optional.empty();
    if (DocumentText.wordAt(f, p, "cua")) {
      int from = skipSpaces(s, p + 3);
      int to = titleStart(f, from);
      if (to < 0) {
        to = s.length();
      }
      String name = trimTrailing(s.substring(from, to));
      if (name.isEmpty()) {
        throw Errors.parse(TextParseException.Kind.DOCUMENT_REFERENCE, s, from,
            "cơ quan ban hành sau 'của', như 'Chính phủ'", "the issuer after 'của', such as 'Chính phủ'");
      }
      issuer = Optional.of(name);
      p = to;
    }
    String rest = trimTrailing(s.substring(p));
    Optional<String> title = rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    String kind = DocumentText.clean(s.substring(start, kindEnd));
    if (kind.isEmpty()) {
      kind = number.type().label();
    }
    try {
      return new DocumentReference(kind, number, date, issuer, title);
    } catch (IllegalArgumentException e) {
      Message why = Errors.problem(e);
      throw Errors.parse(TextParseException.Kind.DOCUMENT_REFERENCE, s, p, "một trích dẫn đọc lại được: " + why.vi(),
          "a reference that reads back: " + why.en());
    }
  }

  private static int titleStart(String folded, int from) {
    int best = -1;
    for (String w : TITLE_WORDS) {
      int at = DocumentText.findWord(folded, w, from);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  private static int skipSpaces(String s, int p) {
    while (p < s.length() && s.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  /** The text cleaned, without the closing punctuation of the sentence it was cited in. */
  private static String trimTrailing(String text) {
    String t = DocumentText.clean(text);
    while (!t.isEmpty() && ".;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /**
   * Returns the canonical form, which {@link #parse(CharSequence)} reads back: "Quyết định số 3486/QĐ-UBND ngày
   * 31/12/2021 của Ủy ban nhân dân tỉnh về việc phê duyệt ...".
   *
   * @return the reference
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(kind).append(" số ").append(number);
    date.ifPresent(
        d ->
            s.append(" ngày ")
                .append(String.format(Locale.ROOT, "%02d/%d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())));
    issuer.ifPresent(i -> s.append(" của ").append(i));
    title.ifPresent(t -> s.append(' ').append(t));
    return s.toString();
  }
}
