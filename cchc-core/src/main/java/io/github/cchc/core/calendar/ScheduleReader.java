package io.github.cchc.core.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a file of yearly schedules (format {@value #FORMAT}, version {@value #VERSION}; see {@code docs/calendar.md})
 * and checks it, naming the file and the entry of every problem.
 *
 * <p>The tree model is walked by hand, rather than bound to classes, so that each error can name its entry.
 */
final class ScheduleReader {

  static final String FORMAT = "cchc-working-days";
  static final int VERSION = 1;

  // Duplicate keys and trailing content would otherwise be dropped without a word.
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final Set<String> ROOT_FIELDS = Set.of("format", "version", "years", "description");
  private static final Set<String> YEAR_FIELDS =
      Set.of("year", "source", "notices", "daysOff", "makeUpWorkingDays", "note");
  private static final Set<String> NOTICE_FIELDS = Set.of("number", "date", "issuer", "subject", "note");
  private static final Set<String> DAY_OFF_FIELDS =
      Set.of("date", "from", "to", "reason", "notice", "statutory", "note");
  private static final Set<String> MAKE_UP_FIELDS = Set.of("date", "notice", "note");

  /** Where one entry comes from: a notice, the statute, or (both null and false) only the year's source. */
  private record Basis(Notice notice, boolean statutory) {}

  private final String sourceName;

  private ScheduleReader(String sourceName) {
    this.sourceName = sourceName;
  }

  /** Reads the schedules of a stream; the stream is not closed. */
  static Map<Integer, YearSchedule> read(InputStream in, String sourceName) {
    return new ScheduleReader(sourceName).read(in);
  }

  private Map<Integer, YearSchedule> read(InputStream in) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw fail("$", "not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + sourceName, e);
    }
    if (root == null || !root.isObject()) {
      throw fail("$", "expected a JSON object with \"format\": \"" + FORMAT + "\"");
    }
    checkFields(root, ROOT_FIELDS, "$");
    JsonNode format = root.get("format");
    if (format == null || !FORMAT.equals(format.asText())) {
      throw fail("format", "unknown format " + (format == null ? "(missing)" : "'" + format.asText() + "'")
          + ", expected '" + FORMAT + "'");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt() || version.intValue() != VERSION) {
      throw fail("version", "unsupported version " + (version == null ? "(missing)" : version.toString())
          + ", expected " + VERSION);
    }
    JsonNode years = root.get("years");
    if (years == null || !years.isArray()) {
      throw fail("years", "expected an array of years");
    }
    Map<Integer, YearSchedule> result = new LinkedHashMap<>();
    Map<Integer, String> firstEntry = new HashMap<>();
    for (int i = 0; i < years.size(); i++) {
      String path = "years[" + i + "]";
      YearSchedule schedule = readYear(years.get(i), path);
      String earlier = firstEntry.putIfAbsent(schedule.year(), path);
      if (earlier != null) {
        throw fail(path, "year " + schedule.year() + " is already given in " + earlier);
      }
      result.put(schedule.year(), schedule);
    }
    return result;
  }

  private YearSchedule readYear(JsonNode node, String path) {
    if (!node.isObject()) {
      throw fail(path, "expected an object with \"year\", \"source\" and \"daysOff\"");
    }
    checkFields(node, YEAR_FIELDS, path);
    JsonNode yearNode = node.get("year");
    if (yearNode == null || !yearNode.isInt()) {
      throw fail(path + ".year", "expected a year number, found " + (yearNode == null ? "nothing" : yearNode));
    }
    int year = yearNode.intValue();
    if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
      throw fail(path + ".year", "year " + year + " is outside the supported range "
          + WorkingCalendar.MIN_YEAR + ".." + WorkingCalendar.MAX_YEAR);
    }
    JsonNode sourceNode = node.get("source");
    if (sourceNode == null || !sourceNode.isTextual() || sourceNode.asText().isBlank()) {
      throw fail(path + ".source", "expected the published source of the schedule, such as the notice number");
    }
    String source = text(sourceNode);
    Map<String, Notice> notices = notices(node.get("notices"), path + ".notices");

    Map<LocalDate, DayOffReason> daysOff = new TreeMap<>();
    Map<LocalDate, String> entryOf = new HashMap<>();
    Map<LocalDate, Notice> noticeOfDay = new HashMap<>();
    Set<LocalDate> statutory = new TreeSet<>();
    JsonNode list = node.get("daysOff");
    if (list == null || !list.isArray()) {
      throw fail(path + ".daysOff", "expected an array of days off");
    }
    for (int j = 0; j < list.size(); j++) {
      String entry = path + ".daysOff[" + j + "]";
      JsonNode e = list.get(j);
      if (!e.isObject()) {
        throw fail(entry, "expected an object with \"date\" (or \"from\" and \"to\") and \"reason\"");
      }
      checkFields(e, DAY_OFF_FIELDS, entry);
      DayOffReason reason = reason(e.get("reason"), entry + ".reason");
      Basis basis = basis(e, entry, notices);
      LocalDate from;
      LocalDate to;
      if (e.has("date")) {
        if (e.has("from") || e.has("to")) {
          throw fail(entry, "give either \"date\" or \"from\" and \"to\", not both");
        }
        from = date(e.get("date"), entry + ".date", year);
        to = from;
      } else {
        from = date(e.get("from"), entry + ".from", year);
        to = date(e.get("to"), entry + ".to", year);
        if (to.isBefore(from)) {
          throw fail(entry, "\"to\" " + to + " is before \"from\" " + from);
        }
      }
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        String other = entryOf.putIfAbsent(d, entry);
        if (other != null) {
          throw fail(entry, d + " is already a day off in " + other + " (" + daysOff.get(d) + "); entries overlap");
        }
        daysOff.put(d, reason);
        if (basis.notice() != null) {
          noticeOfDay.put(d, basis.notice());
        }
        if (basis.statutory()) {
          statutory.add(d);
        }
      }
    }

    Set<LocalDate> makeUp = new TreeSet<>();
    JsonNode workedList = node.get("makeUpWorkingDays");
    if (workedList != null) {
      if (!workedList.isArray()) {
        throw fail(path + ".makeUpWorkingDays", "expected an array of dates");
      }
      for (int j = 0; j < workedList.size(); j++) {
        String entry = path + ".makeUpWorkingDays[" + j + "]";
        JsonNode worked = workedList.get(j);
        LocalDate d;
        Basis basis;
        if (worked.isObject()) {
          checkFields(worked, MAKE_UP_FIELDS, entry);
          d = date(worked.get("date"), entry + ".date", year);
          basis = basis(worked, entry, notices);
        } else {
          d = date(worked, entry, year);
          basis = basis(MAPPER.createObjectNode(), entry, notices);
        }
        if (!YearSchedule.isWeekend(d)) {
          throw fail(entry, d + " is a " + d.getDayOfWeek() + ", not a Saturday or Sunday; only a weekend day"
              + " can be a make-up working day");
        }
        if (daysOff.containsKey(d)) {
          throw fail(entry, d + " is both a make-up working day and a day off in " + entryOf.get(d));
        }
        if (!makeUp.add(d)) {
          throw fail(entry, d + " is listed twice");
        }
        if (basis.notice() != null) {
          noticeOfDay.put(d, basis.notice());
        }
      }
    }
    return new YearSchedule(year, ScheduleStatus.OFFICIAL, source, daysOff, makeUp, List.copyOf(notices.values()),
        noticeOfDay, statutory);
  }

  private Map<String, Notice> notices(JsonNode list, String path) {
    Map<String, Notice> notices = new LinkedHashMap<>();
    if (list == null) {
      return notices;
    }
    if (!list.isArray()) {
      throw fail(path, "expected an array of notices, each with \"number\", \"date\" and \"issuer\"");
    }
    for (int i = 0; i < list.size(); i++) {
      String entry = path + "[" + i + "]";
      JsonNode n = list.get(i);
      if (!n.isObject()) {
        throw fail(entry, "expected an object with \"number\", \"date\" and \"issuer\"");
      }
      checkFields(n, NOTICE_FIELDS, entry);
      String number = requiredText(n.get("number"), entry + ".number", "the notice's number, such as 9441/TB-BNV");
      String issuer = requiredText(n.get("issuer"), entry + ".issuer", "the body that issued it, such as Bộ Nội vụ");
      JsonNode subjectNode = n.get("subject");
      if (subjectNode != null && !subjectNode.isTextual()) {
        throw fail(entry + ".subject", "expected text, found " + subjectNode);
      }
      String subject = subjectNode == null ? "" : text(subjectNode);
      LocalDate date = n.has("date") ? anyDate(n.get("date"), entry + ".date") : null;
      if (notices.putIfAbsent(number, new Notice(number, date, issuer, subject)) != null) {
        throw fail(entry + ".number", "notice " + number + " is listed twice");
      }
    }
    return notices;
  }

  /**
   * Reads the {@code notice} or {@code statutory} field of an entry. Without either, the entry comes from the year's
   * only notice, or, when the year lists none or several, from the year's source as a whole.
   */
  private Basis basis(JsonNode e, String entry, Map<String, Notice> notices) {
    JsonNode noticeNode = e.get("notice");
    JsonNode statutoryNode = e.get("statutory");
    if (statutoryNode != null && !statutoryNode.isBoolean()) {
      throw fail(entry + ".statutory", "expected true or false, found " + statutoryNode);
    }
    boolean statutory = statutoryNode != null && statutoryNode.booleanValue();
    if (noticeNode != null) {
      if (statutory) {
        throw fail(entry, "give either \"notice\" or \"statutory\": true, not both");
      }
      String number = requiredText(noticeNode, entry + ".notice", "the number of one of the year's notices");
      Notice notice = notices.get(number);
      if (notice == null) {
        throw fail(entry + ".notice", "unknown notice '" + number + "', expected one of the year's notices "
            + notices.keySet());
      }
      return new Basis(notice, false);
    }
    if (statutory) {
      return new Basis(null, true);
    }
    return new Basis(notices.size() == 1 ? notices.values().iterator().next() : null, false);
  }

  private String requiredText(JsonNode node, String path, String expected) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw fail(path, "expected " + expected + ", found " + (node == null ? "nothing" : node));
    }
    return text(node);
  }

  private static String text(JsonNode node) {
    return Normalizer.normalize(node.asText().strip(), Normalizer.Form.NFC);
  }

  private LocalDate anyDate(JsonNode node, String path) {
    if (node == null || !node.isTextual()) {
      throw fail(path, "expected a date like 2025-10-16, found " + (node == null ? "nothing" : node));
    }
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw fail(path, "not a date (expected yyyy-MM-dd): '" + node.asText() + "'");
    }
  }

  private DayOffReason reason(JsonNode node, String path) {
    if (node == null || !node.isTextual()) {
      throw fail(path, "expected a reason, one of " + Arrays.toString(DayOffReason.values()));
    }
    DayOffReason reason;
    try {
      reason = DayOffReason.valueOf(node.asText());
    } catch (IllegalArgumentException e) {
      throw fail(path, "unknown reason '" + node.asText() + "', expected one of "
          + Arrays.toString(DayOffReason.values()));
    }
    if (reason == DayOffReason.WEEKEND) {
      throw fail(path, "WEEKEND is implied by the day of the week and cannot be listed");
    }
    return reason;
  }

  private LocalDate date(JsonNode node, String path, int year) {
    if (node == null || !node.isTextual()) {
      throw fail(path, "expected a date like " + year + "-01-01, found " + (node == null ? "nothing" : node));
    }
    LocalDate date;
    try {
      date = LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw fail(path, "not a date (expected yyyy-MM-dd): '" + node.asText() + "'");
    }
    if (date.getYear() != year) {
      throw fail(path, date + " is not in the year " + year + " it is filed under");
    }
    return date;
  }

  private void checkFields(JsonNode node, Set<String> known, String path) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        throw fail(path, "unknown field \"" + name + "\", expected one of " + new TreeSet<>(known));
      }
    }
  }

  private ScheduleFormatException fail(String entry, String problem) {
    return new ScheduleFormatException(sourceName, entry, problem);
  }
}
