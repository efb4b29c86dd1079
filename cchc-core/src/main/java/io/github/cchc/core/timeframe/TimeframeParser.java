package io.github.cchc.core.timeframe;

import io.github.cchc.core.error.TextParseException;
import io.github.cchc.core.error.internal.Errors;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

/**
 * Reads the Vietnamese text of a timeframe. Matching runs on the folded text (lower case, no diacritics), so "Quý",
 * "quý", "QUY" and "Quy" read alike; labels and bases are taken from the NFC text as written.
 */
final class TimeframeParser {

  private static final String BULLETS = "-+•·*●▪";
  private static final String TRAILING = ".;,";
  private static final Pattern BARE_DATE = Pattern.compile("\\d{1,2} *[/.-] *\\d{1,2} *[/.-] *\\d{4}");
  private static final String POINT = "a date, month, quarter, half-year or year (such as 'Quý I/2024')";
  private static final String POINT_VI = "một ngày, tháng, quý, 6 tháng hoặc năm (như 'Quý I/2024')";

  private final FoldedText text;
  private final String s;
  private final Optional<Year> defaultYear;

  private TimeframeParser(FoldedText text, Optional<Year> defaultYear) {
    this.text = text;
    this.s = text.folded();
    this.defaultYear = defaultYear;
  }

  static Timeframe parse(CharSequence input, Optional<Year> defaultYear) {
    Objects.requireNonNull(input, "text");
    return new TimeframeParser(FoldedText.of(input), defaultYear).cell();
  }

  private Timeframe cell() {
    int start = 0;
    while (start < s.length() && s.charAt(start) == ' ') {
      start++;
    }
    int stop = trimEnd(start, s.length());
    if (start >= stop) {
      throw error(start, "một thời hạn như 'Quý I/2024' hoặc 'Thường xuyên'",
          "a timeframe such as 'Quý I/2024' or 'Thường xuyên'");
    }
    List<int[]> parts = bulletParts(start, stop);
    if (BULLETS.indexOf(s.charAt(start)) >= 0) {
      return milestones(parts);
    }
    try {
      return new Cursor(start, stop, defaultYear).whole();
    } catch (TextParseException e) {
      if (parts.size() < 2) {
        throw e;
      }
      // A cell of milestones written without a leading bullet.
      try {
        return milestones(parts);
      } catch (TextParseException e2) {
        throw farther(e, e2);
      }
    }
  }

  private int trimEnd(int start, int stop) {
    while (stop > start && (s.charAt(stop - 1) == ' ' || TRAILING.indexOf(s.charAt(stop - 1)) >= 0)) {
      stop--;
    }
    return stop;
  }

  /** The stretches between bullets: a bullet opens the text or stands alone between spaces. */
  private List<int[]> bulletParts(int start, int stop) {
    List<int[]> parts = new ArrayList<>();
    int from = start;
    for (int i = start; i < stop; i++) {
      char c = s.charAt(i);
      boolean bullet =
          BULLETS.indexOf(c) >= 0
              && (i == start || s.charAt(i - 1) == ' ' && (i + 1 == stop || s.charAt(i + 1) == ' '));
      if (bullet) {
        addPart(parts, from, i);
        from = i + 1;
      }
    }
    addPart(parts, from, stop);
    return parts;
  }

  private void addPart(List<int[]> parts, int from, int to) {
    while (from < to && s.charAt(from) == ' ') {
      from++;
    }
    to = trimEnd(from, to);
    if (from < to) {
      parts.add(new int[] {from, to});
    }
  }

  private Timeframe milestones(List<int[]> parts) {
    if (parts.isEmpty()) {
      throw error(s.length(), "một mốc sau dấu đầu dòng", "a milestone after the bullet");
    }
    List<Timeframe.Milestone> milestones = new ArrayList<>();
    for (int[] part : parts) {
      milestones.add(milestone(part[0], part[1]));
    }
    if (milestones.size() == 1 && milestones.get(0).label().isEmpty()) {
      return milestones.get(0).timeframe();
    }
    return new Timeframe.Milestones(milestones);
  }

  private Timeframe.Milestone milestone(int from, int to) {
    int colon = s.indexOf(':', from);
    if (colon >= 0 && colon < to) {
      return milestone(from, colon, new Cursor(colon + 1, to, defaultYear).whole());
    }
    // The timeframe is the longest tail of the part that reads as one; a "Theo ..." tail only if nothing else does,
    // as it would swallow any label that happens to contain "theo".
    TextParseException farthest = null;
    Timeframe setBy = null;
    int setByAt = -1;
    for (int p = from; p < to; p++) {
      boolean wordStart = p == from || s.charAt(p - 1) == ' ' || s.charAt(p - 1) == ',' || s.charAt(p - 1) == '(';
      if (!wordStart || s.charAt(p) == ' ') {
        continue;
      }
      try {
        Timeframe t = new Cursor(p, to, defaultYear).whole();
        if (!(t instanceof Timeframe.SetByOther)) {
          return milestone(from, p, t);
        }
        if (setBy == null) {
          setBy = t;
          setByAt = p;
        }
      } catch (TextParseException e) {
        farthest = farther(farthest, e);
      }
    }
    if (setBy != null) {
      return milestone(from, setByAt, setBy);
    }
    throw Objects.requireNonNull(farthest);
  }

  private Timeframe.Milestone milestone(int labelFrom, int labelTo, Timeframe timeframe) {
    String label = TimeframeText.cleanEnd(text.originalBetween(labelFrom, labelTo), ",;:-–—");
    try {
      return new Timeframe.Milestone(label.isEmpty() ? Optional.empty() : Optional.of(label), timeframe);
    } catch (IllegalArgumentException e) {
      throw error(labelFrom, "nhãn mốc không có ':' hay dấu đầu dòng", "a milestone label without ':' or a bullet");
    }
  }

  private static TextParseException farther(TextParseException a, TextParseException b) {
    if (a == null) {
      return b;
    }
    return b.errorIndex() > a.errorIndex() ? b : a;
  }

  private TextParseException error(int foldedIndex, String expectedVi, String expectedEn) {
    // Point at the word that did not fit, not at the space before it.
    while (foldedIndex < s.length() && s.charAt(foldedIndex) == ' ') {
      foldedIndex++;
    }
    return Errors.parse(TextParseException.Kind.TIMEFRAME, text.original(), text.originOf(foldedIndex), expectedVi,
        expectedEn);
  }

  /** Reads one timeframe (not milestones) between two folded indices. */
  private final class Cursor {
    private int pos;
    private final int end;
    private final Optional<Year> contextYear;

    Cursor(int pos, int end, Optional<Year> contextYear) {
      this.pos = pos;
      this.end = end;
      this.contextYear = contextYear;
    }

    Timeframe whole() {
      Timeframe t = body();
      endOfText();
      return t;
    }

    private Timeframe body() {
      skip();
      if (pos >= end) {
        throw error(pos, "một thời hạn như 'Quý I/2024' hoặc 'Thường xuyên'",
            "a timeframe such as 'Quý I/2024' or 'Thường xuyên'");
      }
      if (word("thuong xuyen")) {
        return new Timeframe.Ongoing();
      }
      if (word("theo")) {
        skip();
        String basis = text.originalBetween(pos, trimEnd(pos, end));
        if (basis.isEmpty()) {
          throw error(pos, "văn bản định thời gian sau 'Theo', như 'Kế hoạch của Bộ Nội vụ'",
              "what sets the time after 'Theo', such as 'Kế hoạch của Bộ Nội vụ'");
        }
        pos = end;
        return new Timeframe.SetByOther(basis);
      }
      if (word("hang") || word("dinh ky")) {
        return recurring();
      }
      int start = pos;
      if (word("tu")) {
        return between(start);
      }
      return point();
    }

    private Timeframe recurring() {
      Recurrence recurrence;
      if (word("thang")) {
        recurrence = Recurrence.MONTHLY;
      } else if (word("quy")) {
        recurrence = Recurrence.QUARTERLY;
      } else if (word("6 thang") || word("sau thang")) {
        recurrence = Recurrence.HALF_YEARLY;
      } else if (word("nam")) {
        recurrence = Recurrence.YEARLY;
      } else {
        throw error(pos, "'tháng', 'quý', '6 tháng' hoặc 'năm' sau 'Hàng'",
            "'tháng', 'quý', '6 tháng' or 'năm' after 'Hàng'");
      }
      List<Month> also = new ArrayList<>();
      int save = pos;
      skip();
      if (pos < end && s.charAt(pos) == ',') {
        pos++;
        if (word("thang")) {
          also.add(Month.of(number(1, 12, "một tháng (1 đến 12)", "a month (1 to 12)")));
          while (true) {
            int before = pos;
            skip();
            if (pos < end && s.charAt(pos) == ',') {
              pos++;
            } else if (!word("va")) {
              pos = before;
              break;
            }
            word("thang");
            skip();
            if (pos >= end || !Character.isDigit(s.charAt(pos))) {
              throw error(pos, "một tháng (1 đến 12)", "a month (1 to 12)");
            }
            also.add(Month.of(number(1, 12, "một tháng (1 đến 12)", "a month (1 to 12)")));
          }
        } else {
          pos = save;
        }
      } else {
        pos = save;
      }
      Optional<Year> year = slashYear();
      if (year.isEmpty()) {
        int before = pos;
        word("trong");
        if (word("nam")) {
          year = Optional.of(yearDigits());
        } else {
          pos = before;
        }
      }
      return new Timeframe.Recurring(recurrence, year.or(() -> contextYear), also);
    }

    private Timeframe between(int start) {
      int den = findWord("den", pos);
      if (den < 0) {
        throw error(end, "'đến' và điểm cuối của khoảng", "'đến' and the end of the range");
      }
      Cursor toCursor = new Cursor(den + 3, end, contextYear);
      Timeframe to = toCursor.point();
      toCursor.endOfText();
      // "Từ tháng 3 đến tháng 12/2023": the start takes its year from the end when it names none.
      Year toYear = Year.of(to.period().orElseThrow().getStart().getYear());
      Cursor fromCursor = new Cursor(pos, den, Optional.of(toYear));
      Timeframe from = fromCursor.point();
      fromCursor.endOfText();
      pos = end;
      try {
        return new Timeframe.Between(from, to);
      } catch (DateTimeException e) {
        throw error(start, "một khoảng từ một ngày, tháng, quý, 6 tháng hoặc năm đến một mốc sau đó",
            "a range from a day, month, quarter, half-year or year to a later one");
      }
    }

    private Timeframe point() {
      DateQualifier qualifier = DateQualifier.ON;
      if (word("cham nhat")) {
        qualifier = DateQualifier.NO_LATER_THAN;
        // "chậm nhất là ngày", "chậm nhất vào ngày", "chậm nhất đến 31/3/2024", "chậm nhất trong tháng 1/2024"
        if (!word("la") && !word("vao")) {
          word("den");
        }
        word("trong");
      } else if (word("truoc")) {
        qualifier = DateQualifier.BEFORE;
      } else if (!word("trong")) {
        word("vao");
      }
      if (word("ngay")) {
        return new Timeframe.OnDate(date(), qualifier);
      }
      skip();
      if (pos < end && BARE_DATE.matcher(s).region(pos, end).lookingAt()) {
        return new Timeframe.OnDate(date(), qualifier);
      }
      if (qualifier == DateQualifier.BEFORE) {
        throw error(pos, "'ngày' và một ngày sau 'trước'", "'ngày' and a date after 'trước'");
      }
      if (word("thang")) {
        int month = number(1, 12, "một tháng (1 đến 12)", "a month (1 to 12)");
        return new Timeframe.InMonth(YearMonth.of(requiredYear().getValue(), month));
      }
      if (word("quy")) {
        return quarters();
      }
      if (word("6 thang") || word("sau thang")) {
        int half;
        if (word("dau")) {
          half = 1;
        } else if (word("cuoi")) {
          half = 2;
        } else {
          throw error(pos, "'đầu' hoặc 'cuối' sau '6 tháng'", "'đầu' or 'cuối' after '6 tháng'");
        }
        Optional<Year> year = slashYear();
        if (year.isEmpty()) {
          // "6 tháng đầu năm 2024": "năm" belongs to "đầu năm", the year follows it.
          word("nam");
          skip();
          year = Optional.of(digitsAhead() > 0 ? yearDigits() : requiredYear());
        }
        return new Timeframe.InHalf(YearHalf.of(year.get(), half));
      }
      if (word("nam")) {
        return new Timeframe.InYear(yearDigits());
      }
      if (pos < end && Character.isDigit(s.charAt(pos)) && digitsAhead() == 4) {
        return new Timeframe.InYear(yearDigits());
      }
      throw error(pos, POINT_VI, POINT);
    }

    private Timeframe quarters() {
      List<Integer> numbers = new ArrayList<>();
      List<Optional<Year>> years = new ArrayList<>();
      while (true) {
        numbers.add(quarterNumber());
        years.add(optionalYear());
        int save = pos;
        skip();
        if (pos < end && (s.charAt(pos) == ',' || s.charAt(pos) == '&' || s.charAt(pos) == ';')) {
          pos++;
        } else if (!word("va")) {
          pos = save;
          break;
        }
        word("quy");
        skip();
        if (!quarterAhead()) {
          pos = save;
          break;
        }
      }
      // "Quý II, Quý III/2024": a quarter without a year takes the year written after it.
      Optional<Year> next = Optional.empty();
      List<YearQuarter> quarters = new ArrayList<>();
      for (int i = numbers.size() - 1; i >= 0; i--) {
        if (years.get(i).isPresent()) {
          next = years.get(i);
        } else if (next.isEmpty()) {
          next = contextYear;
          if (next.isEmpty()) {
            throw error(pos, "một năm như '/2024' hoặc 'năm 2024'", "a year such as '/2024' or 'năm 2024'");
          }
        }
        quarters.add(0, YearQuarter.of(next.get(), numbers.get(i)));
      }
      return new Timeframe.InQuarters(quarters);
    }

    private boolean quarterAhead() {
      int save = pos;
      try {
        quarterNumber();
        return true;
      } catch (TextParseException e) {
        return false;
      } finally {
        pos = save;
      }
    }

    private int quarterNumber() {
      skip();
      int start = pos;
      if (pos < end && Character.isDigit(s.charAt(pos))) {
        return number(1, 4, "một quý (I, II, III hoặc IV)", "a quarter (I, II, III or IV)");
      }
      while (pos < end && Character.isLetter(s.charAt(pos))) {
        pos++;
      }
      switch (s.substring(start, pos)) {
        case "i":
          return 1;
        case "ii":
          return 2;
        case "iii":
          return 3;
        case "iv":
          return 4;
        default:
          pos = start;
          throw error(start, "một quý (I, II, III hoặc IV)", "a quarter (I, II, III or IV)");
      }
    }

    private LocalDate date() {
      skip();
      int start = pos;
      int day = number(1, 31, "một ngày trong tháng", "a day of the month");
      int month;
      Year year;
      skip();
      if (pos < end && "/.-".indexOf(s.charAt(pos)) >= 0) {
        pos++;
        month = number(1, 12, "một tháng (1 đến 12)", "a month (1 to 12)");
        year = requiredYear();
      } else if (word("thang")) {
        month = number(1, 12, "một tháng (1 đến 12)", "a month (1 to 12)");
        year = requiredYear();
      } else {
        throw error(pos, "'/' và tháng, như '31/3/2024'", "'/' and the month, such as '31/3/2024'");
      }
      try {
        return LocalDate.of(year.getValue(), month, day);
      } catch (DateTimeException e) {
        throw error(start, "một ngày có thật", "a date that exists");
      }
    }

    /** A year after the period: "/2024", "-2024", "năm 2024", else the year from context. */
    private Year requiredYear() {
      Optional<Year> year = optionalYear();
      if (year.isPresent()) {
        return year.get();
      }
      if (contextYear.isPresent()) {
        return contextYear.get();
      }
      skip();
      throw error(pos, "một năm như '/2024' hoặc 'năm 2024'", "a year such as '/2024' or 'năm 2024'");
    }

    private Optional<Year> optionalYear() {
      Optional<Year> year = slashYear();
      if (year.isPresent()) {
        return year;
      }
      int save = pos;
      if (word("nam")) {
        skip();
        if (pos < end && Character.isDigit(s.charAt(pos))) {
          return Optional.of(yearDigits());
        }
      }
      pos = save;
      return Optional.empty();
    }

    private Optional<Year> slashYear() {
      int save = pos;
      skip();
      if (pos < end && (s.charAt(pos) == '/' || s.charAt(pos) == '-' || s.charAt(pos) == '.')) {
        pos++;
        skip();
        if (pos < end && Character.isDigit(s.charAt(pos))) {
          return Optional.of(yearDigits());
        }
      }
      pos = save;
      return Optional.empty();
    }

    private Year yearDigits() {
      skip();
      int start = pos;
      if (digitsAhead() != 4) {
        throw error(start, "một năm bốn chữ số như 2024", "a four-digit year such as 2024");
      }
      pos += 4;
      return Year.of(Integer.parseInt(s.substring(start, pos)));
    }

    private int number(int min, int max, String expectedVi, String expectedEn) {
      skip();
      int start = pos;
      int n = digitsAhead();
      if (n == 0 || n > 4) {
        throw error(start, expectedVi, expectedEn);
      }
      int value = Integer.parseInt(s.substring(start, start + n));
      if (value < min || value > max) {
        throw error(start, expectedVi, expectedEn);
      }
      pos = start + n;
      return value;
    }

    private int digitsAhead() {
      int i = pos;
      while (i < end && Character.isDigit(s.charAt(i))) {
        i++;
      }
      return i - pos;
    }

    /** Consumes the words of {@code phrase}, with any spacing between them, if they come next as whole words. */
    private boolean word(String phrase) {
      int save = pos;
      for (String w : phrase.split(" ")) {
        skip();
        if (!s.startsWith(w, pos) || pos + w.length() > end) {
          pos = save;
          return false;
        }
        pos += w.length();
      }
      if (pos < end && Character.isLetter(s.charAt(pos)) && Character.isLetter(s.charAt(pos - 1))) {
        pos = save;
        return false;
      }
      return true;
    }

    private int findWord(String w, int from) {
      for (int i = s.indexOf(w, from); i >= 0 && i + w.length() <= end; i = s.indexOf(w, i + 1)) {
        boolean before = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
        boolean after = i + w.length() == end || !Character.isLetterOrDigit(s.charAt(i + w.length()));
        if (before && after) {
          return i;
        }
      }
      return -1;
    }

    private void skip() {
      while (pos < end && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    private void endOfText() {
      skip();
      while (pos < end && (TRAILING.indexOf(s.charAt(pos)) >= 0 || s.charAt(pos) == ' ')) {
        pos++;
      }
      if (pos < end) {
        throw error(pos, "hết thời hạn", "the end of the timeframe");
      }
    }
  }
}
