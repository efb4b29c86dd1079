package io.github.cchc.cli;

import io.github.cchc.core.calendar.LunarDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON and text forms of a lunar date with its solar date, shared by {@code to-lunar} and {@code to-solar}. */
final class LunarJson {

  private LunarJson() {}

  static Map<String, Object> of(LunarDate lunar) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("solar", lunar.toLocalDate().toString());
    json.put("year", lunar.year());
    json.put("month", lunar.month());
    json.put("day", lunar.day());
    json.put("leap", lunar.isLeapMonth());
    json.put("yearName", lunar.yearName());
    return json;
  }

  static String text(LunarDate lunar, Lang lang) {
    return lang.pick(
        "Ngày " + lunar.day() + " tháng " + lunar.month() + (lunar.isLeapMonth() ? " nhuận" : "") + " năm "
            + lunar.yearName() + " (" + lunar.year() + ") âm lịch",
        "Day " + lunar.day() + " of " + (lunar.isLeapMonth() ? "leap " : "") + "month " + lunar.month()
            + ", year " + lunar.yearName() + " (" + lunar.year() + "), lunar calendar");
  }
}
