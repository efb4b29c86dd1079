package io.github.cchc.cli;

import io.github.cchc.core.calendar.DayOffReason;
import java.util.EnumMap;
import java.util.Map;

/** The English names of the reasons for a day off; the Vietnamese ones are {@link DayOffReason#label()}. */
final class DayOffLabels {

  private static final Map<DayOffReason, String> ENGLISH = new EnumMap<>(Map.of(
      DayOffReason.NEW_YEAR, "New Year's Day",
      DayOffReason.LUNAR_NEW_YEAR, "Lunar New Year (Tết)",
      DayOffReason.HUNG_KINGS, "Hùng Kings' Commemoration Day",
      DayOffReason.VICTORY_DAY, "Reunification Day",
      DayOffReason.LABOUR_DAY, "International Workers' Day",
      DayOffReason.NATIONAL_DAY, "National Day",
      DayOffReason.COMPENSATORY, "Compensatory day off",
      DayOffReason.SWAPPED, "Swapped day off",
      DayOffReason.OTHER, "Other day off",
      DayOffReason.WEEKEND, "Weekend"));

  private DayOffLabels() {}

  static String label(DayOffReason reason, Lang lang) {
    return lang == Lang.VI ? reason.label() : ENGLISH.getOrDefault(reason, reason.name());
  }
}
