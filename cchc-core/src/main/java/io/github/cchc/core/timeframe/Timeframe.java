package io.github.cchc.core.timeframe;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

/**
 * The time of a task as a plan writes it in its "Thời gian thực hiện" column: a date, a month, one or several
 * quarters, a half-year, a year, a range, "Thường xuyên", a recurrence, a time set by another body, or several
 * labelled milestones in one cell.
 *
 * <p>{@link #parse(CharSequence)} reads the Vietnamese text, with or without diacritics, in any case, with extra
 * spaces, "01" or "1", "/2024" or "năm 2024", and dash or bullet variants; {@link #toString()} writes the canonical
 * Vietnamese that {@code parse} reads back. A deadline written as a period resolves to the last day of the period.
 *
 * <pre>{@code
 * Timeframe.parse("Quý II, Quý III/2024").dueDate();         // 2024-09-30
 * Timeframe.parse("chậm nhất ngày 31/3/2024").dueDate();     // 2024-03-31
 * Timeframe.parse("Thường xuyên").dueDate();                 // empty
 * Timeframe.parse("Hàng quý", Year.of(2024)).dueDates();     // 2024-03-31, 2024-06-30, 2024-09-30, 2024-12-31
 * }</pre>
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Timeframe
    permits Timeframe.OnDate,
        Timeframe.InMonth,
        Timeframe.InQuarters,
        Timeframe.InHalf,
        Timeframe.InYear,
        Timeframe.Between,
        Timeframe.Ongoing,
        Timeframe.Recurring,
        Timeframe.SetByOther,
        Timeframe.Milestones {

  /**
   * Parses a timeframe written in Vietnamese. A month or quarter written without a year is an error; a recurrence
   * written without a year ("Hàng quý") has no due dates.
   *
   * @param text the text, such as "Quý II, Quý III/2024" or "Quy I/2024"
   * @return the timeframe
   * @throws io.github.cchc.core.error.TextParseException if the text is not a timeframe, naming the text, the index and
   *     what was expected
   */
  static Timeframe parse(CharSequence text) {
    return TimeframeParser.parse(text, Optional.empty());
  }

  /**
   * Parses a timeframe written in Vietnamese, taking the year from context where the text has none: in the 2024
   * plan, "Hàng quý" means the four quarter ends of 2024 and "Tháng 3" means March 2024.
   *
   * @param text the text
   * @param defaultYear the year of the plan, used where the text names no year
   * @return the timeframe
   * @throws io.github.cchc.core.error.TextParseException if the text is not a timeframe, naming the text, the index and
   *     what was expected
   */
  static Timeframe parse(CharSequence text, Year defaultYear) {
    Objects.requireNonNull(defaultYear, "defaultYear");
    return TimeframeParser.parse(text, Optional.of(defaultYear));
  }

  /**
   * Returns the kind of this timeframe, whose label a report can print.
   *
   * @return the kind
   */
  TimeframeKind kind();

  /**
   * Returns every due date, in chronological order without repeats: one for a period, each recurrence for a
   * recurring timeframe, each milestone's for milestones, none for "Thường xuyên" or a time set by another body.
   *
   * @return the due dates, possibly empty
   */
  List<LocalDate> dueDates();

  /**
   * Returns the final due date: the last day of the period, or the last of {@link #dueDates()}.
   *
   * @return the due date, or empty for an ongoing task, a time set by another body or a recurrence without a year
   */
  default Optional<LocalDate> dueDate() {
    List<LocalDate> dates = dueDates();
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
  }

  /**
   * Tells whether this timeframe has a due date.
   *
   * @return true if {@link #dueDate()} is present
   */
  default boolean hasDueDate() {
    return !dueDates().isEmpty();
  }

  /**
   * Returns the days this timeframe covers, as a half-open range (end exclusive).
   *
   * @return the range, or empty where the timeframe has no period
   */
  Optional<LocalDateRange> period();

  /**
   * Returns the canonical Vietnamese text, which {@link #parse(CharSequence)} reads back to an equal timeframe.
   *
   * @return the text, such as "Quý II, Quý III/2024"
   */
  @Override
  String toString();

  // ---------------------------------------------------------------------------------------------------- factories

  /**
   * Returns a timeframe of a single day.
   *
   * @param date the day
   * @return "Ngày 15/3/2024"
   */
  static OnDate on(LocalDate date) {
    return new OnDate(date, DateQualifier.ON);
  }

  /**
   * Returns a deadline no later than a day.
   *
   * @param date the day
   * @return "Chậm nhất ngày 31/3/2024"
   */
  static OnDate noLaterThan(LocalDate date) {
    return new OnDate(date, DateQualifier.NO_LATER_THAN);
  }

  /**
   * Returns a deadline strictly before a day.
   *
   * @param date the day, which is itself too late
   * @return "Trước ngày 30/9/2020"
   */
  static OnDate before(LocalDate date) {
    return new OnDate(date, DateQualifier.BEFORE);
  }

  /**
   * Returns a timeframe of a month.
   *
   * @param month the month
   * @return "Tháng 1/2024"
   */
  static InMonth month(YearMonth month) {
    return new InMonth(month);
  }

  /**
   * Returns a timeframe of one or several quarters.
   *
   * @param first a quarter
   * @param more more quarters
   * @return "Quý I/2024" or "Quý II, Quý III/2024"
   */
  static InQuarters quarters(YearQuarter first, YearQuarter... more) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(more, "more");
    List<YearQuarter> all = new ArrayList<>();
    all.add(first);
    all.addAll(Arrays.asList(more));
    return new InQuarters(all);
  }

  /**
   * Returns a timeframe of a half-year.
   *
   * @param half the half-year
   * @return "6 tháng đầu năm 2024"
   */
  static InHalf half(YearHalf half) {
    return new InHalf(half);
  }

  /**
   * Returns a timeframe of a year.
   *
   * @param year the year
   * @return "Năm 2024"
   */
  static InYear year(Year year) {
    return new InYear(year);
  }

  /**
   * Returns the timeframe of a reporting period.
   *
   * @param period the period
   * @return the month, quarter, half-year or year
   */
  static Timeframe of(ReportPeriod period) {
    Objects.requireNonNull(period, "period");
    return switch (period.type()) {
      case YEAR -> new InYear(Year.of(period.year()));
      case HALF -> new InHalf(YearHalf.of(period.year(), period.index()));
      case QUARTER -> new InQuarters(List.of(YearQuarter.of(period.year(), period.index())));
      case MONTH -> new InMonth(YearMonth.of(period.year(), period.index()));
    };
  }

  /**
   * Returns a range from the start of one period to the end of another.
   *
   * @param from the first period: a day, month, single quarter, half-year or year
   * @param to the last period, of the same kinds, not ending before {@code from} ends
   * @return "Từ tháng 3/2023 đến tháng 12/2023"
   * @throws DateTimeException if either end is not such a period, or the range is reversed
   */
  static Between between(Timeframe from, Timeframe to) {
    return new Between(from, to);
  }

  /**
   * Returns the timeframe of continuous work.
   *
   * @return "Thường xuyên"
   */
  static Ongoing ongoing() {
    return new Ongoing();
  }

  /**
   * Returns a recurrence within a year, possibly with extra due months.
   *
   * @param recurrence how often
   * @param year the year
   * @param alsoIn months that are also due, such as June and December for six-month and annual reports
   * @return "Hàng quý, tháng 6 và tháng 12/2024"
   */
  static Recurring recurring(Recurrence recurrence, Year year, Month... alsoIn) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(alsoIn, "alsoIn");
    return new Recurring(recurrence, Optional.of(year), List.of(alsoIn));
  }

  /**
   * Returns a recurrence whose year is not known.
   *
   * @param recurrence how often
   * @return "Hàng quý"
   */
  static Recurring recurring(Recurrence recurrence) {
    return new Recurring(recurrence, Optional.empty(), List.of());
  }

  /**
   * Returns a time set by another body's plan or guidance.
   *
   * @param basis what sets the time, as written after "Theo", such as "Kế hoạch của Bộ Nội vụ"
   * @return "Theo Kế hoạch của Bộ Nội vụ"
   * @throws IllegalArgumentException if the basis is blank
   */
  static SetByOther setBy(String basis) {
    return new SetByOther(basis);
  }

  /**
   * Returns several milestones in one cell.
   *
   * @param milestones the milestones, at least two, or one with a label
   * @return the timeframe
   * @throws IllegalArgumentException if there are no milestones, or a single one without a label
   */
  static Milestones milestones(List<Milestone> milestones) {
    return new Milestones(milestones);
  }

  // ------------------------------------------------------------------------------------------------------ variants

  /**
   * A single day: "Ngày 15/3/2024", "Chậm nhất ngày 31/3/2024", "Trước ngày 30/9/2020". The due date is the day
   * itself, or the day before it for {@link DateQualifier#BEFORE}.
   *
   * @param date the day written
   * @param qualifier how the day is meant
   */
  record OnDate(LocalDate date, DateQualifier qualifier) implements Timeframe {

    /**
     * Creates a timeframe of a day.
     *
     * @param date the day written
     * @param qualifier how the day is meant
     */
    public OnDate {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(qualifier, "qualifier");
    }

    @Override
    public TimeframeKind kind() {
      return TimeframeKind.DATE;
    }

    @Override
    public List<LocalDate> dueDates() {
      return List.of(qualifier == DateQualifier.BEFORE ? date.minusDays(1) : date);
    }

    @Override
    public Optional<LocalDateRange> period() {
      LocalDate due = dueDates().get(0);
      return Optional.of(LocalDateRange.ofClosed(due, due));
    }

    @Override
    public String toString() {
      return qualifier.label() + " " + TimeframeText.date(date);
    }
  }

  /**
   * A calendar month: "Tháng 1/2024", due on its last day.
   *
   * @param month the month
   */
  record InMonth(YearMonth month) implements Timeframe {

    /**
     * Creates a timeframe of a month.
     *
     * @param month the month
     */
    public InMonth {
      Objects.requireNonNull(month, "month");
    }

    @Override
    public TimeframeKind kind() {
      return TimeframeKind.MONTH;
    }

    @Override
    public List<LocalDate> dueDates() {
      return List.of(month.atEndOfMonth());
    }

    @Override
    public Optional<LocalDateRange> period() {
      return Optional.of(LocalDateRange.of(month.atDay(1), month.plusMonths(1).atDay(1)));
    }

    @Override
    public String toString() {
      return "Tháng " + month.getMonthValue() + "/" + month.getYear();
    }
  }

  /**
   * One or several quarters: "Quý I/2024", "Quý II, Quý III/2024". The quarters are kept sorted and without repeats;
   * the period runs from the start of the first to the end of the last, which is the due date.
   *
   * @param quarters the quarters, at least one
   */
  record InQuarters(List<YearQuarter> quarters) implements Timeframe {

    /**
     * Creates a timeframe of quarters.
     *
     * @param quarters the quarters, at least one; sorted and deduplicated here
     * @throws IllegalArgumentException if the list is empty
     */
    public InQuarters {
      Objects.requireNonNull(quarters, "quarters");
      quarters.forEach(q -> Objects.requireNonNull(q, "quarters contains null"));
      if (quarters.isEmpty()) {
        throw new IllegalArgumentException("A quarter timeframe needs at least one quarter");
      }
      quarters = List.copyOf(new TreeSet<>(quarters));
    }

    @Override
    public TimeframeKind kind() {
      return TimeframeKind.QUARTERS;
    }

    @Override
    public List<LocalDate> dueDates() {
      return List.of(quarters.get(quarters.size() - 1).atEndOfQuarter());
    }

    @Override
    public Optional<LocalDateRange> period() {
      return Optional.of(
          LocalDateRange.of(
              quarters.get(0).atDay(1), quarters.get(quarters.size() - 1).plusQuarters(1).atDay(1)));
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < quarters.size(); i++) {
        YearQuarter q = quarters.get(i);
        if (i > 0) {
          s.append(", ");
        }
        s.append("Quý ").append(TimeframeText.roman(q.getQuarterValue()));
        // The year is written once after a run of quarters of the same year, as plans do.
        if (i == quarters.size() - 1 || quarters.get(i + 1).getYear() != q.getYear()) {
          s.append('/').append(q.getYear());
        }
      }
      return s.toString();
    }
  }

  /**
   * A half-year: "6 tháng đầu năm 2024" or "6 tháng cuối năm 2024", due on its last day.
   *
   * @param half the half-year
   */
  record InHalf(YearHalf half) implements Timeframe {

    /**
     * Creates a timeframe of a half-year.
     *
     * @param half the half-year
     */
    public InHalf {
      Objects.requireNonNull(half, "half");
    }

    @Override
    public TimeframeKind kind() {
      return TimeframeKind.HALF_YEAR;
    }

    @Override
    public List<LocalDate> dueDates() {
      return List.of(half.atEndOfHalf());
    }

    @Override
    public Optional<LocalDateRange> period() {
      return Optional.of(LocalDateRange.of(half.atDay(1), half.plusHalves(1).atDay(1)));
    }

    @Override
    public String toString() {
      return (half.getHalfValue() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + half.getYear();
    }
  }

  /**
   * A calendar year: "Năm 2024", due on 31 December.
   *
   * @param year the year
   */
  record InYear(Year year) implements Timeframe {

    /**
     * Creates a timeframe of a year.
     *
     * @param year the year
     */
    public InYear {
      Objects.requireNonNull(year, "year");
    }

    @Override
    public TimeframeKind kind() {
      return TimeframeKind.YEAR;
    }

    @Override
    public List<LocalDate> dueDates() {
      return List.of(year.atMonth(12).atEndOfMonth());
    }

    @Override
    public Optional<LocalDateRange> period() {
      return Optional.of(LocalDateRange.of(year.atDay(1), year.plusYears(1).atDay(1)));
    }

    @Override
    public String toString() {
      return "Năm " + year.getValue();
    }
  }

  /**
   * A range from the start of one period to the end of another: "Từ tháng 3/2023 đến tháng 12/2023". Each end is a
   * day ({@link DateQualifier#ON}), a month, a single quarter, a half-year or a year. The due date is the last day of
   * {@code to}.
   *
   * @param from the first period
   * @param to the last period
   */
  record Between(Timeframe from, Timeframe to) implements Timeframe {

    /**
     * Creates a range.
     *
     * @param from the first period
     * @param to the last period, not ending before {@code from} ends
     * @throws DateTimeException if either end is not a simple period, or the range is reversed
     */
    public Between {
      requireRangeEnd(from, "from");
      requireRangeEnd(to, "to");
      if (to.period().orElseThrow().getEnd().isBefore(from.period().orElseThrow().getEnd())) {
        throw new DateTimeException("Range ends before it starts: from " + from + " to " + to);
      }
    }

    private static void requireRangeEnd(Timeframe end, String name) {
      Objects.requireNonNull(end, name);
      boolean simple =
          end instanceof OnDate d && d.qualifier() == DateQualifier.ON
              || end instanceof InMonth
              || end instanceof InQuarters q && q.quarters().size() == 1
              || end instanceof InHalf
              || end instanceof InYear;
      if (!simple) {
        throw new DateTimeException(
            "A range end must be a day, month, single quarter, half-year or year, but " + name + " is '" + end + "'");
      }
    }

    @Override
    public TimeframeKind kind() {
      return TimeframeKind.RANGE;
    }

    @Override
    public List<LocalDate> dueDates() {
      return to.dueDates();
    }

    @Override
    public Optional<LocalDateRange> period() {
      return Optional.of(
          LocalDateRange.of(from.period().orElseThrow().getStart(), to.period().orElseThrow().getEnd()));
    }

    @Override
    public String toString() {
      return "Từ " + TimeframeText.lowerFirst(from.toString()) + " đến " + TimeframeText.lowerFirst(to.toString());
    }
  }

  /** Continuous work without a deadline: "Thường xuyên". */
  record Ongoing() implements Timeframe {

    @Override
    public TimeframeKind kind() {
      return TimeframeKind.ONGOING;
    }

    @Override
    public List<LocalDate> dueDates() {
      return List.of();
    }

    @Override
    public Optional<LocalDateRange> period() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "Thường xuyên";
    }
  }

  /**
   * A recurrence: "Hàng quý", "Hàng tháng trong năm 2024", "Hàng quý, tháng 6 và tháng 12/2024". With a year, the due
   * dates are the ends of each period of the recurrence in that year together with the ends of the extra months; the
   * period is the year. Without a year there are none.
   *
   * @param recurrence how often
   * @param year the year, if known
   * @param alsoIn extra due months, kept sorted and without repeats
   */
  record Recurring(Recurrence recurrence, Optional<Year> year, List<Month> alsoIn) implements Timeframe {

    /**
     * Creates a recurrence.
     *
     * @param recurrence how often
     * @param year the year, if known
     * @param alsoIn extra due months; sorted and deduplicated here
     */
    public Recurring {
      Objects.requireNonNull(recurrence, "recurrence");
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(alsoIn, "alsoIn");
      alsoIn.forEach(m -> Objects.requireNonNull(m, "alsoIn contains null"));
      alsoIn = List.copyOf(new TreeSet<>(alsoIn));
    }

    @Override
    public TimeframeKind kind() {
      return TimeframeKind.RECURRING;
    }

    @Override
    public List<LocalDate> dueDates() {
      if (year.isEmpty()) {
        return List.of();
      }
      Year y = year.get();
      TreeSet<LocalDate> dates = new TreeSet<>(recurrence.dueDatesIn(y));
      alsoIn.forEach(m -> dates.add(y.atMonth(m).atEndOfMonth()));
      return List.copyOf(dates);
    }

    @Override
    public Optional<LocalDateRange> period() {
      return year.map(y -> LocalDateRange.of(y.atDay(1), y.plusYears(1).atDay(1)));
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(recurrence.label());
      if (!alsoIn.isEmpty()) {
        List<String> months = alsoIn.stream().map(m -> "tháng " + m.getValue()).collect(Collectors.toList());
        s.append(", ");
        if (months.size() > 1) {
          s.append(String.join(", ", months.subList(0, months.size() - 1))).append(" và ");
        }
        s.append(months.get(months.size() - 1));
        year.ifPresent(y -> s.append('/').append(y.getValue()));
      } else {
        year.ifPresent(y -> s.append(" trong năm ").append(y.getValue()));
      }
      return s.toString();
    }
  }

  /**
   * A time set by another body's plan or guidance: "Theo Kế hoạch của Bộ Nội vụ". It has no due date of its own.
   *
   * @param basis what sets the time, as written after "Theo", in NFC: "Kế hoạch của Bộ Nội vụ"
   */
  record SetByOther(String basis) implements Timeframe {

    /**
     * Creates a time set by another body.
     *
     * @param basis what sets the time, as written after "Theo"; stripped of spaces and a closing ".", ";" or ","
     *     and put in NFC here
     * @throws IllegalArgumentException if the basis is blank
     */
    public SetByOther {
      Objects.requireNonNull(basis, "basis");
      basis = TimeframeText.cleanEnd(basis, ".;,");
      if (basis.isEmpty()) {
        throw new IllegalArgumentException("The basis of a time set by another body is blank");
      }
    }

    /**
     * Returns the body named after "của", such as "Bộ Nội vụ".
     *
     * @return the body, or empty if the basis names none
     */
    public Optional<String> body() {
      String folded = TimeframeText.foldWords(basis);
      int at = folded.lastIndexOf(" cua ");
      return at < 0 ? Optional.empty() : Optional.of(basis.substring(at + 5).strip()).filter(b -> !b.isEmpty());
    }

    @Override
    public TimeframeKind kind() {
      return TimeframeKind.SET_BY_OTHER;
    }

    @Override
    public List<LocalDate> dueDates() {
      return List.of();
    }

    @Override
    public Optional<LocalDateRange> period() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "Theo " + basis;
    }
  }

  /**
   * One milestone of a {@link Milestones} cell: a label such as "Kế hoạch ban hành" and its own timeframe.
   *
   * @param label what is due, if the cell says
   * @param timeframe when it is due; not itself milestones
   */
  record Milestone(Optional<String> label, Timeframe timeframe) {

    private static final Pattern BULLET = Pattern.compile("(^|\\s)[-+•·*●▪–—](\\s|$)");

    /**
     * Creates a milestone.
     *
     * @param label what is due, if the cell says; stripped of spaces and a closing ",", ";" or dash, and put in NFC
     *     here
     * @param timeframe when it is due
     * @throws IllegalArgumentException if the label is blank or contains a colon or a bullet, or the timeframe is
     *     itself milestones
     */
    public Milestone {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(timeframe, "timeframe");
      label = label.map(l -> TimeframeText.cleanEnd(l, ",;-–—"));
      if (label.isPresent()) {
        String l = label.get();
        if (l.isEmpty() || l.indexOf(':') >= 0 || BULLET.matcher(l).find()) {
          throw new IllegalArgumentException(
              "A milestone label must be non-blank, without ':' or a bullet: '" + l + "'");
        }
      }
      if (timeframe instanceof Milestones) {
        throw new IllegalArgumentException("A milestone cannot itself hold milestones: '" + timeframe + "'");
      }
      if (BULLET.matcher(timeframe.toString()).find()) {
        throw new IllegalArgumentException("A milestone's timeframe cannot contain a bullet: '" + timeframe + "'");
      }
    }

    /**
     * Returns a labelled milestone.
     *
     * @param label what is due, such as "Kế hoạch ban hành"
     * @param timeframe when it is due
     * @return the milestone
     * @throws IllegalArgumentException if the label is blank or contains a colon or a bullet
     */
    public static Milestone of(String label, Timeframe timeframe) {
      return new Milestone(Optional.of(label), timeframe);
    }

    /**
     * Returns the canonical text of the milestone, without its bullet: "Kế hoạch ban hành: tháng 1/2024".
     *
     * @return the text
     */
    @Override
    public String toString() {
      return label.map(l -> l + ": " + TimeframeText.lowerFirst(timeframe.toString()))
          .orElseGet(timeframe::toString);
    }
  }

  /**
   * Several milestones in one cell, each with its label and timeframe: "- Kế hoạch ban hành: tháng 1/2024 - Báo cáo
   * kết quả rà soát, đánh giá: quý IV/2024". The due dates are those of every milestone, in chronological order; the
   * due date is the last of them. The period spans the milestones' periods when each has one.
   *
   * @param milestones the milestones, in the order written
   */
  record Milestones(List<Milestone> milestones) implements Timeframe {

    /**
     * Creates milestones.
     *
     * @param milestones the milestones, at least two, or one with a label
     * @throws IllegalArgumentException if there are no milestones, or a single one without a label
     */
    public Milestones {
      Objects.requireNonNull(milestones, "milestones");
      milestones.forEach(m -> Objects.requireNonNull(m, "milestones contains null"));
      milestones = List.copyOf(milestones);
      if (milestones.isEmpty() || milestones.size() == 1 && milestones.get(0).label().isEmpty()) {
        throw new IllegalArgumentException("Milestones need at least two milestones, or one with a label");
      }
    }

    @Override
    public TimeframeKind kind() {
      return TimeframeKind.MILESTONES;
    }

    @Override
    public List<LocalDate> dueDates() {
      TreeSet<LocalDate> dates = new TreeSet<>();
      milestones.forEach(m -> dates.addAll(m.timeframe().dueDates()));
      return List.copyOf(dates);
    }

    @Override
    public Optional<LocalDateRange> period() {
      List<LocalDateRange> periods = new ArrayList<>();
      for (Milestone m : milestones) {
        Optional<LocalDateRange> p = m.timeframe().period();
        if (p.isEmpty()) {
          return Optional.empty();
        }
        periods.add(p.get());
      }
      LocalDate start = periods.stream().map(LocalDateRange::getStart).min(Comparator.naturalOrder()).orElseThrow();
      LocalDate end = periods.stream().map(LocalDateRange::getEnd).max(Comparator.naturalOrder()).orElseThrow();
      return Optional.of(LocalDateRange.of(start, end));
    }

    @Override
    public String toString() {
      return milestones.stream().map(m -> "- " + m).collect(Collectors.joining(" "));
    }
  }
}
