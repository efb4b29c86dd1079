package io.github.cchc.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days off of a year without a published schedule, from the Labour Code 2019 (Bộ luật Lao động số
 * 45/2019/QH14, Article 112) and the civil servants' five-day week.
 *
 * <ul>
 *   <li>1 January; 30 April; 1 May; the 10th day of the 3rd lunar month (Hùng Kings).
 *   <li>Tết, five days, which the law leaves to the Prime Minister each year: here the five weekdays from the 29th
 *       day of the last lunar month (or from the first weekday after it), with the weekend days between them. This
 *       reproduces the published schedules of 2020–2024 and 2026; in 2025 the published days began one day
 *       earlier, on the 28th.
 *   <li>2 September and "01 ngày liền kề trước hoặc sau": the adjacent day is chosen to join the weekend, as the
 *       published schedules of 2021–2025 did: 3 September when the 2nd is a Monday, Thursday or Sunday; 1 September
 *       when it is a Tuesday, Wednesday, Friday or Saturday.
 *   <li>A holiday on a Saturday or Sunday, or on a day already off, gives a compensatory day (<i>nghỉ bù</i>) on the
 *       next weekday that is not off.
 * </ul>
 *
 * <p>The rules are applied to every year, including years before 2021 when older laws applied.
 */
final class StatutoryHolidays {

  private static final Map<Integer, YearSchedule> CACHE = new ConcurrentHashMap<>();

  private StatutoryHolidays() {}

  static YearSchedule of(int year) {
    return CACHE.computeIfAbsent(year, StatutoryHolidays::compute);
  }

  private static YearSchedule compute(int year) {
    List<NonWorkingDay> holidays = new ArrayList<>();
    holidays.add(new NonWorkingDay(LocalDate.of(year, 1, 1), DayOffReason.NEW_YEAR));
    holidays.add(new NonWorkingDay(LunarDate.of(year, 3, 10).toLocalDate(), DayOffReason.HUNG_KINGS));
    holidays.add(new NonWorkingDay(LocalDate.of(year, 4, 30), DayOffReason.VICTORY_DAY));
    holidays.add(new NonWorkingDay(LocalDate.of(year, 5, 1), DayOffReason.LABOUR_DAY));
    LocalDate nationalDay = LocalDate.of(year, 9, 2);
    holidays.add(new NonWorkingDay(nationalDay, DayOffReason.NATIONAL_DAY));
    holidays.add(new NonWorkingDay(adjacentToNationalDay(nationalDay), DayOffReason.NATIONAL_DAY));
    holidays.sort((a, b) -> a.date().compareTo(b.date()));

    TreeMap<LocalDate, DayOffReason> off = new TreeMap<>();
    // Tết days are chosen as weekdays, so they never fall on a weekend and owe no compensatory day.
    for (LocalDate d : tetDays(year)) {
      off.put(d, DayOffReason.LUNAR_NEW_YEAR);
    }
    List<LocalDate> owed = new ArrayList<>();
    for (NonWorkingDay h : holidays) {
      if (off.putIfAbsent(h.date(), h.reason()) != null || YearSchedule.isWeekend(h.date())) {
        owed.add(h.date());
      }
    }
    for (LocalDate date : owed) {
      LocalDate c = date.plusDays(1);
      while (YearSchedule.isWeekend(c) || off.containsKey(c)) {
        c = c.plusDays(1);
      }
      off.put(c, DayOffReason.COMPENSATORY);
    }
    return YearSchedule.computed(year, off);
  }

  /**
   * Returns the Tết days off of a year: five weekdays from the 29th day of the last lunar month (or the first weekday
   * after it), and the weekend days between them.
   */
  static List<LocalDate> tetDays(int year) {
    LocalDate eve = LunarDate.of(year, 1, 1).toLocalDate().minusDays(1);
    LocalDate d = eve.minusDays(LunarDate.from(eve).day() - 29L); // the 29th of the last month, leap or not
    List<LocalDate> days = new ArrayList<>();
    for (int weekdays = 0; weekdays < 5; d = d.plusDays(1)) {
      if (!YearSchedule.isWeekend(d)) {
        weekdays++;
        days.add(d);
      } else if (!days.isEmpty()) {
        days.add(d);
      }
    }
    return days;
  }

  static LocalDate adjacentToNationalDay(LocalDate nationalDay) {
    DayOfWeek dow = nationalDay.getDayOfWeek();
    boolean after = dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY || dow == DayOfWeek.SUNDAY;
    return after ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
  }
}
