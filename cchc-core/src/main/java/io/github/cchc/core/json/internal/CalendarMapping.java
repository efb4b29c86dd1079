package io.github.cchc.core.json.internal;

import io.github.cchc.core.calendar.DayOffReason;
import io.github.cchc.core.calendar.LunarDate;
import io.github.cchc.core.calendar.NonWorkingDay;
import io.github.cchc.core.calendar.Notice;
import io.github.cchc.core.calendar.ReportDue;
import io.github.cchc.core.calendar.ScheduleStatus;
import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.calendar.YearSchedule;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The mapping of working calendars, yearly schedules, notices, non-working days and lunar dates to their documents:
 * the schedule file of {@code docs/calendar.md}. A calendar is written as the schedule file of its official years
 * and read as a calendar of exactly those years (other years computed from the statute).
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class CalendarMapping {

  /** The {@code format} of a schedule file. */
  public static final String FORMAT = "cchc-working-days";

  /** The {@code version} of a schedule file. */
  public static final int VERSION = 1;

  /** The mapping of a working calendar: a schedule file. */
  public static final JsonMapping<WorkingCalendar, ScheduleFileDocument> CALENDAR = JsonMapping.of(
      WorkingCalendar.class, ScheduleFileDocument.class, CalendarMapping::toDocument, CalendarMapping::toCalendar);

  /** The mapping of one year's schedule, official or computed. */
  public static final JsonMapping<YearSchedule, YearScheduleDocument> YEAR = JsonMapping.of(YearSchedule.class,
      YearScheduleDocument.class, CalendarMapping::toDocument, (d, trail) -> toYear(d, trail, true));

  /** The mapping of a notice. */
  public static final JsonMapping<Notice, NoticeDocument> NOTICE = JsonMapping.of(Notice.class, NoticeDocument.class,
      CalendarMapping::toDocument, CalendarMapping::toNotice);

  /** The mapping of a non-working day. */
  public static final JsonMapping<NonWorkingDay, NonWorkingDayDocument> NON_WORKING_DAY = JsonMapping.of(
      NonWorkingDay.class, NonWorkingDayDocument.class,
      day -> new NonWorkingDayDocument(day.date().toString(), day.reason().name()),
      (d, trail) -> new NonWorkingDay(
          Convert.date(Convert.required(d.date(), trail.field("date")), trail.field("date")),
          Convert.constant(DayOffReason.class, Convert.required(d.reason(), trail.field("reason")),
              trail.field("reason"))));

  /** The mapping of a periodic report's due date. */
  public static final JsonMapping<ReportDue, ReportDueDocument> REPORT_DUE = JsonMapping.of(ReportDue.class,
      ReportDueDocument.class, due -> new ReportDueDocument(due.period().toString(), due.dueDate().toString()),
      (d, t) -> new ReportDue(ValueMappings.REPORT_PERIOD.toModel().apply(d.period(), t.field("period")),
          Convert.date(Convert.required(d.dueDate(), t.field("dueDate")), t.field("dueDate"))));

  /** The mapping of a lunar date, written {@code "2023-02L-11"}. */
  public static final JsonMapping<LunarDate, String> LUNAR_DATE = JsonMapping.of(LunarDate.class, String.class,
      LunarDate::toString, (text, trail) -> Convert.parse(text, trail, "ngày âm lịch", "lunar date", LunarDate::parse));

  private static final List<String> LISTED_REASONS = Arrays.stream(DayOffReason.values())
      .filter(r -> r != DayOffReason.WEEKEND).map(Enum::name).toList();

  private CalendarMapping() {}

  // ---------------------------------------------------------------------------------------------------------------
  // Reading

  /**
   * Converts a schedule file.
   *
   * @param d the document
   * @param root its trail
   * @return the calendar of its years
   */
  public static WorkingCalendar toCalendar(ScheduleFileDocument d, Trail root) {
    return CalendarAccess.get().calendar(toYears(d, root));
  }

  /**
   * Converts a schedule file into its years, checked.
   *
   * @param d the document
   * @param root its trail
   * @return the years by number, in the file's order
   * @throws MappingProblem at the entry that breaks a rule of the format
   */
  public static Map<Integer, YearSchedule> toYears(ScheduleFileDocument d, Trail root) {
    String format = Convert.required(d.format(), root.field("format"));
    if (!FORMAT.equals(format)) {
      throw new MappingProblem(root.field("format"), new Message(
          "định dạng " + Problems.quote(format) + " không được hỗ trợ; cần \"" + FORMAT + "\"",
          "unknown format " + Problems.quote(format) + "; expected \"" + FORMAT + "\""));
    }
    int version = Convert.required(d.version(), root.field("version"));
    if (version != VERSION) {
      throw new MappingProblem(root.field("version"), new Message(
          "phiên bản " + version + " không được hỗ trợ; cần " + VERSION,
          "unsupported version " + version + "; expected " + VERSION));
    }
    List<YearScheduleDocument> years = Convert.required(d.years(), root.field("years"));
    Map<Integer, YearSchedule> result = new LinkedHashMap<>();
    Map<Integer, Trail> firstEntry = new HashMap<>();
    for (int i = 0; i < years.size(); i++) {
      Trail at = root.field("years").index(i);
      YearSchedule schedule = toYear(years.get(i), at, false);
      Trail earlier = firstEntry.putIfAbsent(schedule.year(), at);
      if (earlier != null) {
        throw new MappingProblem(at.field("year"), new Message(
            "năm " + schedule.year() + " đã có ở " + earlier, "year " + schedule.year() + " is already given in "
                + earlier));
      }
      result.put(schedule.year(), schedule);
    }
    return result;
  }

  /** Where one entry comes from: a notice, the statute, or (null and false) only the year's source. */
  private record Basis(Notice notice, boolean statutory) {}

  private static YearSchedule toYear(YearScheduleDocument d, Trail t, boolean alone) {
    int year = Convert.required(d.year(), t.field("year"));
    if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
      throw new MappingProblem(t.field("year"), new Message(
          "năm " + year + " nằm ngoài khoảng hỗ trợ " + WorkingCalendar.MIN_YEAR + ".." + WorkingCalendar.MAX_YEAR,
          "year " + year + " is outside the supported range " + WorkingCalendar.MIN_YEAR + ".."
              + WorkingCalendar.MAX_YEAR));
    }
    if (d.status() != null) {
      ScheduleStatus status = Convert.constant(ScheduleStatus.class, d.status(), t.field("status"));
      if (!alone) {
        throw new MappingProblem(t.field("status"), new Message(
            "tệp lịch nghỉ chỉ ghi các năm có lịch chính thức; \"status\" chỉ dùng cho một năm riêng lẻ",
            "a schedule file lists official years; \"status\" is written only for one year on its own"));
      }
      if (status == ScheduleStatus.COMPUTED) {
        return computedYear(d, t, year);
      }
    }
    String source = text(d.source());
    if (source == null || source.isEmpty()) {
      throw new MappingProblem(t.field("source"), new Message(
          "cần nguồn công bố của lịch nghỉ, như số và ngày của thông báo",
          "expected the published source of the schedule, such as the notice's number and date"));
    }
    Map<String, Notice> notices = notices(d.notices(), t.field("notices"));

    Map<LocalDate, DayOffReason> daysOff = new TreeMap<>();
    Map<LocalDate, Trail> entryOf = new HashMap<>();
    Map<LocalDate, Notice> noticeOfDay = new HashMap<>();
    Set<LocalDate> statutory = new TreeSet<>();
    List<DayOffDocument> list = Convert.required(d.daysOff(), t.field("daysOff"));
    for (int j = 0; j < list.size(); j++) {
      Trail entry = t.field("daysOff").index(j);
      DayOffDocument e = list.get(j);
      DayOffReason reason = reason(e.reason(), entry.field("reason"));
      Basis basis = basis(e.notice(), e.statutory(), entry, notices);
      LocalDate from;
      LocalDate to;
      if (e.date() != null) {
        if (e.from() != null || e.to() != null) {
          throw new MappingProblem(entry, new Message("ghi \"date\" hoặc \"from\" và \"to\", không ghi cả hai",
              "give either \"date\" or \"from\" and \"to\", not both"));
        }
        from = dateIn(e.date(), entry.field("date"), year);
        to = from;
      } else {
        from = dateIn(Convert.required(e.from(), entry.field("from")), entry.field("from"), year);
        to = dateIn(Convert.required(e.to(), entry.field("to")), entry.field("to"), year);
        if (to.isBefore(from)) {
          throw new MappingProblem(entry.field("to"), new Message(
              "\"to\" " + to + " trước \"from\" " + from, "\"to\" " + to + " is before \"from\" " + from));
        }
      }
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        Trail other = entryOf.putIfAbsent(day, entry);
        if (other != null) {
          throw new MappingProblem(entry, new Message(
              "ngày " + day + " đã là ngày nghỉ ở " + other + " (" + daysOff.get(day) + "); các mục chồng lên nhau",
              day + " is already a day off in " + other + " (" + daysOff.get(day) + "); entries overlap"));
        }
        daysOff.put(day, reason);
        if (basis.notice() != null) {
          noticeOfDay.put(day, basis.notice());
        }
        if (basis.statutory()) {
          statutory.add(day);
        }
      }
    }

    Set<LocalDate> makeUp = new TreeSet<>();
    List<MakeUpDayDocument> worked = Convert.orEmpty(d.makeUpWorkingDays());
    for (int j = 0; j < worked.size(); j++) {
      Trail entry = t.field("makeUpWorkingDays").index(j);
      MakeUpDayDocument w = worked.get(j);
      LocalDate day = dateIn(Convert.required(w.date(), entry.field("date")), entry.field("date"), year);
      Basis basis = basis(w.notice(), null, entry, notices);
      DayOfWeek dow = day.getDayOfWeek();
      if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
        throw new MappingProblem(entry, new Message(
            "ngày " + day + " là " + weekdayVi(dow) + ", không phải thứ Bảy hay Chủ nhật; chỉ ngày cuối tuần mới là "
                + "ngày làm bù",
            day + " is a " + dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", not a Saturday or Sunday; only "
                + "a weekend day can be a make-up working day"));
      }
      if (daysOff.containsKey(day)) {
        throw new MappingProblem(entry, new Message(
            "ngày " + day + " vừa là ngày làm bù vừa là ngày nghỉ ở " + entryOf.get(day),
            day + " is both a make-up working day and a day off in " + entryOf.get(day)));
      }
      if (!makeUp.add(day)) {
        throw new MappingProblem(entry, new Message("ngày " + day + " được ghi hai lần", day + " is listed twice"));
      }
      if (basis.notice() != null) {
        noticeOfDay.put(day, basis.notice());
      }
    }
    return CalendarAccess.get().official(year, source, daysOff, makeUp, List.copyOf(notices.values()), noticeOfDay,
        statutory);
  }

  private static YearSchedule computedYear(YearScheduleDocument d, Trail t, int year) {
    YearSchedule computed = CalendarAccess.get().computed(year);
    List<DayOffDocument> list = Convert.orEmpty(d.daysOff());
    Map<LocalDate, DayOffReason> given = new TreeMap<>();
    for (int j = 0; j < list.size(); j++) {
      Trail entry = t.field("daysOff").index(j);
      DayOffDocument e = list.get(j);
      DayOffReason reason = reason(e.reason(), entry.field("reason"));
      LocalDate from = dateIn(e.date() != null ? e.date() : Convert.required(e.from(), entry.field("from")),
          entry.field(e.date() != null ? "date" : "from"), year);
      LocalDate to = e.date() != null ? from : dateIn(Convert.required(e.to(), entry.field("to")), entry.field("to"),
          year);
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        given.put(day, reason);
      }
    }
    if (d.source() != null || d.notices() != null || d.makeUpWorkingDays() != null
        || !given.equals(computed.daysOff())) {
      throw new MappingProblem(t, new Message(
          "một năm COMPUTED có đúng các ngày nghỉ theo Bộ luật Lao động 2019, không có nguồn, thông báo hay ngày làm bù",
          "a COMPUTED year has exactly the days off of the Labour Code 2019, and no source, notice or make-up day"));
    }
    return computed;
  }

  private static Map<String, Notice> notices(List<NoticeDocument> list, Trail t) {
    Map<String, Notice> notices = new LinkedHashMap<>();
    List<NoticeDocument> given = Convert.orEmpty(list);
    for (int i = 0; i < given.size(); i++) {
      Notice notice = toNotice(given.get(i), t.index(i));
      if (notices.putIfAbsent(notice.number(), notice) != null) {
        throw new MappingProblem(t.index(i).field("number"), new Message(
            "thông báo " + Problems.quote(notice.number()) + " được ghi hai lần",
            "notice " + Problems.quote(notice.number()) + " is listed twice"));
      }
    }
    return notices;
  }

  private static Notice toNotice(NoticeDocument n, Trail t) {
    String number = requiredText(n.number(), t.field("number"), new Message(
        "cần số, ký hiệu của thông báo, như 9441/TB-BNV", "expected the notice's number, such as 9441/TB-BNV"));
    String issuer = requiredText(n.issuer(), t.field("issuer"), new Message(
        "cần cơ quan ban hành thông báo, như Bộ Nội vụ", "expected the body that issued it, such as Bộ Nội vụ"));
    String subject = n.subject() == null ? "" : text(n.subject());
    LocalDate date = n.date() == null ? null : Convert.date(n.date(), t.field("date"));
    return CalendarAccess.get().notice(number, date, issuer, subject);
  }

  /**
   * Reads the {@code notice} or {@code statutory} field of an entry. Without either, the entry comes from the year's
   * only notice, or, when the year lists none or several, from the year's source as a whole.
   */
  private static Basis basis(String noticeField, Boolean statutoryField, Trail entry, Map<String, Notice> notices) {
    boolean statutory = Boolean.TRUE.equals(statutoryField);
    if (noticeField != null) {
      if (statutory) {
        throw new MappingProblem(entry, new Message("ghi \"notice\" hoặc \"statutory\": true, không ghi cả hai",
            "give either \"notice\" or \"statutory\": true, not both"));
      }
      String number = requiredText(noticeField, entry.field("notice"), new Message(
          "cần số của một thông báo của năm", "expected the number of one of the year's notices"));
      Notice notice = notices.get(number);
      if (notice == null) {
        String known = String.join(", ", notices.keySet());
        throw new MappingProblem(entry.field("notice"), new Message(
            "thông báo " + Problems.quote(number) + " không có trong các thông báo của năm"
                + (known.isEmpty() ? " (năm không ghi thông báo nào)" : ": " + known),
            "unknown notice " + Problems.quote(number) + "; the year's notices are "
                + (known.isEmpty() ? "none" : known)));
      }
      return new Basis(notice, false);
    }
    if (statutory) {
      return new Basis(null, true);
    }
    return new Basis(notices.size() == 1 ? notices.values().iterator().next() : null, false);
  }

  private static DayOffReason reason(String name, Trail t) {
    String code = Convert.required(name, t);
    if (DayOffReason.WEEKEND.name().equals(code)) {
      throw new MappingProblem(t, new Message(
          "WEEKEND suy ra từ thứ trong tuần, không ghi vào danh sách ngày nghỉ",
          "WEEKEND is implied by the day of the week and cannot be listed"));
    }
    if (!LISTED_REASONS.contains(code)) {
      throw new MappingProblem(t, Problems.unknownValue(code, LISTED_REASONS));
    }
    return DayOffReason.valueOf(code);
  }

  private static LocalDate dateIn(String text, Trail t, int year) {
    LocalDate date = Convert.date(text, t);
    if (date.getYear() != year) {
      throw new MappingProblem(t, new Message(
          "ngày " + date + " không thuộc năm " + year + " của mục này",
          date + " is not in the year " + year + " it is filed under"));
    }
    return date;
  }

  private static String requiredText(String value, Trail t, Message expected) {
    String text = text(value);
    if (text == null || text.isEmpty()) {
      throw new MappingProblem(t, expected);
    }
    return text;
  }

  private static String text(String value) {
    return value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
  }

  private static String weekdayVi(DayOfWeek dow) {
    return switch (dow) {
      case MONDAY -> "thứ Hai";
      case TUESDAY -> "thứ Ba";
      case WEDNESDAY -> "thứ Tư";
      case THURSDAY -> "thứ Năm";
      case FRIDAY -> "thứ Sáu";
      case SATURDAY -> "thứ Bảy";
      case SUNDAY -> "Chủ nhật";
    };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Writing

  /**
   * Returns the schedule file of a calendar's official years, in year order.
   *
   * @param calendar the calendar
   * @return the document
   */
  public static ScheduleFileDocument toDocument(WorkingCalendar calendar) {
    List<YearScheduleDocument> years = new TreeMap<>(CalendarAccess.get().official(calendar)).values().stream()
        .map(CalendarMapping::toDocument).toList();
    return new ScheduleFileDocument(FORMAT, VERSION, null, years);
  }

  /**
   * Returns the document of a year: consecutive days off of one reason and one notice as one range.
   *
   * @param y the year
   * @return the document
   */
  public static YearScheduleDocument toDocument(YearSchedule y) {
    boolean computed = y.status() == ScheduleStatus.COMPUTED;
    List<DayOffDocument> daysOff = new ArrayList<>();
    LocalDate start = null;
    LocalDate end = null;
    for (Map.Entry<LocalDate, DayOffReason> e : y.daysOff().entrySet()) {
      LocalDate day = e.getKey();
      if (start != null && day.equals(end.plusDays(1)) && sameEntry(y, start, day)) {
        end = day;
        continue;
      }
      if (start != null) {
        daysOff.add(dayOff(y, start, end));
      }
      start = day;
      end = day;
    }
    if (start != null) {
      daysOff.add(dayOff(y, start, end));
    }
    List<MakeUpDayDocument> makeUp = y.makeUpWorkingDays().stream()
        .map(d -> new MakeUpDayDocument(d.toString(), y.noticeFor(d).map(Notice::number).orElse(null), null))
        .toList();
    return new YearScheduleDocument(y.year(), computed ? ScheduleStatus.COMPUTED.name() : null,
        y.source().orElse(null), Convert.nullIfEmpty(y.notices().stream().map(CalendarMapping::toDocument).toList()),
        daysOff, Convert.nullIfEmpty(makeUp), null);
  }

  private static boolean sameEntry(YearSchedule y, LocalDate a, LocalDate b) {
    return y.daysOff().get(a) == y.daysOff().get(b) && y.noticeFor(a).equals(y.noticeFor(b))
        && y.statutoryDays().contains(a) == y.statutoryDays().contains(b);
  }

  private static DayOffDocument dayOff(YearSchedule y, LocalDate from, LocalDate to) {
    boolean one = from.equals(to);
    return new DayOffDocument(one ? from.toString() : null, one ? null : from.toString(), one ? null : to.toString(),
        y.daysOff().get(from).name(), y.noticeFor(from).map(Notice::number).orElse(null),
        y.statutoryDays().contains(from) ? Boolean.TRUE : null, null);
  }

  /**
   * Returns the document of a notice.
   *
   * @param n the notice
   * @return the document
   */
  public static NoticeDocument toDocument(Notice n) {
    return new NoticeDocument(n.number(), n.date().map(LocalDate::toString).orElse(null), n.issuer(),
        n.subject().isEmpty() ? null : n.subject(), null);
  }

  /**
   * Tells whether a calendar is the standard one, which a schedule request leaves out.
   *
   * @param calendar the calendar
   * @return true if it has exactly the bundled years
   */
  public static boolean isStandard(WorkingCalendar calendar) {
    return Objects.equals(calendar, WorkingCalendar.standard());
  }
}
