package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.core.calendar.LunarDate;
import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentReference;
import io.github.cchc.core.error.CalendarException;
import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.TextParseException;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.core.timeframe.Timeframe;
import io.github.cchc.testing.Gens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Feeds the readers and parsers truncated, mutated and random input: each either succeeds or throws the specific
 * exception it documents, never a NullPointerException, ClassCastException, IndexOutOfBoundsException,
 * StackOverflowError, ArithmeticException or a bare RuntimeException, and never takes unbounded time or memory.
 * A JSON document that is read is written and read back to the same model.
 */
class HostileInputProperties {

  private static final ObjectMapper TREE = new ObjectMapper();
  private static final String MARK = "@@MUTATED@@";

  /** Values that have broken parsers: huge and tiny numbers, wrong types, nesting, odd text. */
  private static final List<String> NASTY_VALUES = List.of(
      "null", "true", "false", "0", "-1", "1.5", "-0", "2147483648", "-2147483649", "9223372036854775808",
      "1e999999999", "-1e999999999", "1e-999999999", "123456789012345678901234567890", "[]", "{}", "[null]",
      "[1]", "[\"\"]", "{\"x\": 1}", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"2024-02-30\"",
      "\"99999-01-01\"", "\"+999999999-01-01\"", "\"/\"", "\"số\"", "\"Quý 5/2024\"", "\"2024Q9\"", "\"ALL\"",
      "\"DEPARTMENT\"", "\"Ngày 31/02/2024\"", "\"Số: /KH-UBND\"", "\"e\\u0301\"",
      "[".repeat(3000) + "]".repeat(3000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));

  // -------------------------------------------------------------------------------------------------------------
  // JSON readers

  @Test
  void aMutatedPlanIsReadOrRefusedWithItsPath() {
    qt().withExamples(200).forAll(plans()).checkAssert(json -> {
      Plan plan = readOrRefuse(json, PlanJson::read);
      if (plan != null) {
        assertEquals(plan, PlanJson.read(PlanJson.write(plan)));
      }
    });
  }

  @Test
  void aMutatedOrgDirectoryIsReadOrRefusedWithItsPath() {
    qt().withExamples(200).forAll(orgDirectories()).checkAssert(json -> {
      OrgDirectory directory = readOrRefuse(json, OrgDirectoryJson::read);
      if (directory != null) {
        assertEquals(directory.units(), OrgDirectoryJson.read(OrgDirectoryJson.write(directory)).units());
      }
    });
  }

  @Test
  void aMutatedInspectionPlanIsReadOrRefusedWithItsPath() {
    qt().withExamples(200).forAll(inspectionPlans()).checkAssert(json -> {
      InspectionPlan plan = readOrRefuse(json, InspectionPlanJson::read);
      if (plan != null) {
        assertEquals(plan, InspectionPlanJson.read(InspectionPlanJson.write(plan)));
      }
    });
  }

  @Test
  void aMutatedScheduleFileIsReadOrRefusedNamingTheFile() {
    qt().withExamples(200).forAll(schedules()).checkAssert(json -> {
      InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
      try {
        WorkingCalendar.builder().withSchedules(in, "mutated.json").build();
      } catch (InputFormatException e) {
        assertTrue(e.getMessage().contains("mutated.json"), e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        throw unexpected(json, e);
      }
    });
  }

  /**
   * Not random: in each small seed document, every value in turn (the root included) is replaced by every nasty
   * value, and every field in turn is removed.
   */
  @Test
  void everyValueOfTheSmallDocumentsReplacedByEveryNastyValue() {
    List<String> problems = new ArrayList<>();
    sweep(PlanJsonTest.TEMPLATE.replace("TASK", PlanJsonTest.GOOD_TASK), PlanJson::read, problems);
    sweep(OrgDirectoryJsonTest.MINIMAL, OrgDirectoryJson::read, problems);
    sweep(InspectionPlanJsonTest.ISSUE_EXAMPLE, InspectionPlanJson::read, problems);
    sweep(PLANNING_REQUEST, json -> InspectionPlanJson.readPlanningRequest(json, "<string>",
        InspectionPlanJson.read(InspectionPlanJsonTest.ISSUE_EXAMPLE).coverage(), LocalDate.of(2024, 4, 1)),
        problems);
    sweep(SMALL_SCHEDULE, json -> WorkingCalendar.builder()
        .withSchedules(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mutated.json").build(),
        problems);
    assertEquals(List.of(), problems);
  }

  /** A parent chain far deeper than any real directory: no recursion may run out of stack on it. */
  @Test
  void aDirectoryTwentyThousandLevelsDeepIsReadAndWalked() {
    StringBuilder json =
        new StringBuilder("{\"units\": [{\"id\": \"U0\", \"name\": \"Gốc\", \"kind\": \"PROVINCE\"}");
    int depth = 20_000;
    for (int i = 1; i < depth; i++) {
      json.append(",\n{\"id\": \"U").append(i).append("\", \"name\": \"Đơn vị ").append(i)
          .append("\", \"kind\": \"SUBORDINATE\", \"parent\": \"U").append(i - 1).append("\"}");
    }
    OrgDirectory directory = OrgDirectoryJson.read(json.append("]}").toString());
    assertEquals(depth - 1, directory.ancestors("U" + (depth - 1)).size());
    assertEquals(depth - 1, directory.descendants("U0").size());
    assertEquals(directory.units(), OrgDirectoryJson.read(OrgDirectoryJson.write(directory)).units());
  }

  private static void sweep(String seed, Function<String, ?> reader, List<String> problems) {
    reader.apply(seed);
    int slots = slotCount(seed);
    for (int slot = -1; slot < slots; slot++) {
      List<String> variants = new ArrayList<>();
      for (String nasty : NASTY_VALUES) {
        variants.add(replaceSlot(seed, slot, nasty));
      }
      if (slot >= 0) {
        variants.add(removeSlot(seed, slot));
      }
      for (String json : variants) {
        try {
          reader.apply(json);
        } catch (InputFormatException e) {
          // refused as documented
        } catch (RuntimeException | StackOverflowError e) {
          problems.add(e.getClass().getName() + ": " + e.getMessage() + " for "
              + (json.length() > 200 ? json.substring(0, 200) + "…" : json));
        }
      }
    }
  }

  private static int slotCount(String json) {
    List<JsonNode[]> slots = new ArrayList<>();
    collect(tree(json), slots);
    return slots.size();
  }

  private static String replaceSlot(String json, int index, String raw) {
    if (index < 0) {
      return raw;
    }
    JsonNode tree = tree(json);
    List<JsonNode[]> slots = new ArrayList<>();
    collect(tree, slots);
    put(slots.get(index));
    return tree.toString().replace("\"" + MARK + "\"", raw);
  }

  private static String removeSlot(String json, int index) {
    JsonNode tree = tree(json);
    List<JsonNode[]> slots = new ArrayList<>();
    collect(tree, slots);
    JsonNode[] slot = slots.get(index);
    if (slot[0] instanceof ObjectNode object) {
      object.remove(slot[1].asText());
    } else {
      ((ArrayNode) slot[0]).remove(slot[1].asInt());
    }
    return tree.toString();
  }

  private static JsonNode tree(String json) {
    try {
      return TREE.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(JsonNode[] slot) {
    if (slot[0] instanceof ObjectNode object) {
      object.put(slot[1].asText(), MARK);
    } else {
      ((ArrayNode) slot[0]).set(slot[1].asInt(), TREE.getNodeFactory().textNode(MARK));
    }
  }

  private static final String PLANNING_REQUEST = """
      {"history": [{"unit": "DT-STC", "year": 2023}, {"unit": "DT-SYT", "year": 2022, "form": "SURPRISE"}],
       "signals": {"DT-STC": {"procedures": 120, "openFindings": 2}},
       "weights": {"procedures": 1, "openFindings": 10.5},
       "mustInclude": ["DT-SNV"], "mustExclude": ["DT-CA"], "recentInspectionPenalty": 50, "seed": 2024}
      """;

  private static final String SMALL_SCHEDULE = """
      {"format": "cchc-working-days", "version": 1, "years": [
        {"year": 2027, "source": "Ví dụ", "daysOff": [
          {"date": "2027-01-01", "reason": "NEW_YEAR"},
          {"from": "2027-02-05", "to": "2027-02-10", "reason": "LUNAR_NEW_YEAR", "note": "Ví dụ"}],
         "makeUpWorkingDays": ["2027-02-20"]}]}
      """;

  private static <T> T readOrRefuse(String json, Function<String, T> reader) {
    try {
      return reader.apply(json);
    } catch (InputFormatException e) {
      assertTrue(e.path().startsWith("$"), e.getMessage());
      assertTrue(e.getMessage().startsWith("<string>: $"), e.getMessage());
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      throw unexpected(json, e);
    }
  }

  private static Gen<String> plans() {
    return mutationsOf(file("thai-binh-2024-plan.json"), PlanJsonTest.TEMPLATE.replace("TASK", PlanJsonTest.GOOD_TASK));
  }

  private static Gen<String> orgDirectories() {
    return mutationsOf(file("org-three-tier.json"), file("org-two-tier.json"), OrgDirectoryJsonTest.MINIMAL);
  }

  private static Gen<String> inspectionPlans() {
    return mutationsOf(file("dong-thap-2024-inspection-plan.json"), InspectionPlanJsonTest.ISSUE_EXAMPLE);
  }

  private static Gen<String> schedules() {
    String bundled;
    try (InputStream in = WorkingCalendar.class.getResourceAsStream("schedules.json")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return mutationsOf(bundled, SMALL_SCHEDULE);
  }

  private static String file(String name) {
    try {
      return Files.readString(Examples.example(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A seed document, changed in one to three random ways. The changes are drawn from {@code Gens.randoms}, so a
   * failure shrinks to fewer and simpler changes (a draw of 0 cuts the document to nothing).
   */
  private static Gen<String> mutationsOf(String... seeds) {
    return Gens.oneOf(seeds).zip(Gens.randoms(200), (seed, random) -> {
      String text = seed;
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        text = mutate(text, random);
      }
      return text;
    });
  }

  private static String mutate(String text, Random random) {
    JsonNode tree;
    try {
      tree = TREE.readTree(text);
    } catch (IOException e) {
      tree = null;
    }
    int choice = tree == null || tree.isMissingNode() ? random.nextInt(2) : random.nextInt(6);
    return switch (choice) {
      case 0 -> text.substring(0, random.nextInt(text.length() + 1));
      case 1 -> {
        int at = random.nextInt(text.length() + 1);
        yield text.substring(0, at) + randomText(random, 3) + text.substring(at);
      }
      case 2 -> replaceValue(tree, random, NASTY_VALUES.get(random.nextInt(NASTY_VALUES.size())));
      case 3 -> replaceValue(tree, random, TREE.valueToTree(randomText(random, 12)).toString());
      case 4 -> replaceValue(tree, random, TREE.valueToTree(hostilePiece(random) + hostilePiece(random)).toString());
      default -> removeField(tree, random);
    };
  }

  /** Replaces one random value of the tree (the root included) with raw JSON text. */
  private static String replaceValue(JsonNode tree, Random random, String raw) {
    List<JsonNode[]> slots = new ArrayList<>();
    collect(tree, slots);
    if (slots.isEmpty()) {
      return raw;
    }
    JsonNode[] slot = slots.get(random.nextInt(slots.size()));
    put(slot);
    return tree.toString().replace("\"" + MARK + "\"", raw);
  }

  private static String removeField(JsonNode tree, Random random) {
    List<JsonNode[]> slots = new ArrayList<>();
    collect(tree, slots);
    slots.removeIf(s -> !(s[0] instanceof ObjectNode));
    if (!slots.isEmpty()) {
      JsonNode[] slot = slots.get(random.nextInt(slots.size()));
      ((ObjectNode) slot[0]).remove(slot[1].asText());
    }
    return tree.toString();
  }

  /** Every (container, key or index) pair of the tree. */
  private static void collect(JsonNode node, List<JsonNode[]> slots) {
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        slots.add(new JsonNode[] {node, TREE.getNodeFactory().textNode(name)});
        collect(node.get(name), slots);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        slots.add(new JsonNode[] {node, TREE.getNodeFactory().numberNode(i)});
        collect(node.get(i), slots);
      }
    }
  }

  /** Random text from the whole of Unicode, with JSON's and the parsers' own punctuation over-represented. */
  private static String randomText(Random random, int maxLength) {
    String punctuation = "{}[]\":,/\\-–.0123456789 QqSsLl\u0000\uFEFF\u0301";
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      if (random.nextBoolean()) {
        out.append(punctuation.charAt(random.nextInt(punctuation.length())));
      } else {
        out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      }
    }
    return out.toString();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Text parsers

  @Test
  void aTimeframeIsParsedOrRefusedWithTextParseException() {
    qt().withExamples(200).forAll(timeframeTexts()).checkAssert(text -> {
      try {
        Timeframe timeframe = Timeframe.parse(text);
        assertEquals(timeframe, Timeframe.parse(timeframe.toString()));
      } catch (TextParseException e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      } catch (RuntimeException | StackOverflowError e) {
        throw unexpected(text, e);
      }
    });
  }

  @Test
  void aDocumentNumberIsParsedOrRefusedWithTextParseException() {
    qt().withExamples(200).forAll(documentNumberTexts()).checkAssert(text -> {
      try {
        DocumentNumber number = DocumentNumber.parse(text);
        assertEquals(number, DocumentNumber.parse(number.toString()));
      } catch (TextParseException e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      } catch (RuntimeException | StackOverflowError e) {
        throw unexpected(text, e);
      }
    });
  }

  @Test
  void aDocumentReferenceIsParsedOrRefusedWithTextParseException() {
    qt().withExamples(200).forAll(documentReferenceTexts()).checkAssert(text -> {
      try {
        DocumentReference reference = DocumentReference.parse(text);
        assertEquals(reference, DocumentReference.parse(reference.toString()));
      } catch (TextParseException e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      } catch (RuntimeException | StackOverflowError e) {
        throw unexpected(text, e);
      }
    });
  }

  @Test
  void aReportPeriodIsParsedOrRefusedWithItsOwnExceptions() {
    qt().withExamples(200).forAll(reportPeriodTexts()).checkAssert(text -> {
      try {
        ReportPeriod period = ReportPeriod.parse(text);
        assertEquals(period, ReportPeriod.parse(period.toString()));
      } catch (CalendarException | TextParseException e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      } catch (RuntimeException | StackOverflowError e) {
        throw unexpected(text, e);
      }
    });
  }

  @Test
  void aLunarDateIsParsedOrRefusedWithItsOwnExceptions() {
    qt().withExamples(200).forAll(lunarDateTexts()).checkAssert(text -> {
      try {
        LunarDate date = LunarDate.parse(text);
        assertEquals(date, LunarDate.parse(date.toString()));
      } catch (CalendarException | TextParseException e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      } catch (RuntimeException | StackOverflowError e) {
        throw unexpected(text, e);
      }
    });
  }

  private static Gen<String> timeframeTexts() {
    return textMutationsOf("Quý I/2024", "Quý II, III năm 2024", "6 tháng đầu năm 2024", "Tháng 3/2024",
        "Trước ngày 15/12/2024", "Từ tháng 3 đến tháng 6/2024", "Thường xuyên", "Hằng quý", "Năm 2024",
        "Theo lịch của Bộ Nội vụ", "Quý I/2024 (kế hoạch); Quý IV/2024 (báo cáo)", "Ngày 31/12/2024",
        "Hằng tháng, trước ngày 20", "Năm 2024 và các năm tiếp theo");
  }

  private static Gen<String> documentNumberTexts() {
    return textMutationsOf("175/KH-UBND", "60/2021/NĐ-CP", "/KH-UBND", "Số: 12/QĐ-UBND", "01/2023/TT-BNV",
        "5673/BNV-CCVC");
  }

  private static Gen<String> documentReferenceTexts() {
    return textMutationsOf("Quyết định số 3486/QĐ-UBND ngày 31/12/2021 của Ủy ban nhân dân tỉnh",
        "Công văn số 5673/BNV-CCVC ngày 03/10/2023 của Bộ Nội vụ", "Nghị định số 60/2021/NĐ-CP",
        "Kế hoạch số 175/KH-UBND ngày 29 tháng 12 năm 2023 của UBND tỉnh Thái Bình");
  }

  private static Gen<String> reportPeriodTexts() {
    return textMutationsOf("2024", "2024S1", "2024Q1", "2024-03", "2024s2", "2024q4", "2024-12");
  }

  private static Gen<String> lunarDateTexts() {
    return textMutationsOf("2024-01-01", "2023-02L-11", "2023-02L-29", "1900-01-01", "2100-12-30", "2024-12-30");
  }

  /**
   * A seed text with characters inserted (random or hostile), removed, replaced, digits lengthened or decomposed to
   * NFD, or random text. The changes are drawn from {@code Gens.randoms}, so a failure shrinks to fewer and simpler
   * changes (a draw of 0 gives the empty text).
   */
  private static Gen<String> textMutationsOf(String... seeds) {
    return Gens.oneOf(seeds).zip(Gens.randoms(200), (seed, random) -> {
      int count = random.nextInt(5);
      if (count == 0) {
        return randomText(random, 40);
      }
      String text = seed;
      for (int i = 0; i < count; i++) {
        int at = random.nextInt(text.length() + 1);
        text = switch (random.nextInt(7)) {
          case 0 -> text.substring(0, at);
          case 1 -> text.substring(0, at) + randomText(random, 3) + text.substring(at);
          case 2 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(3)));
          case 3 -> text.substring(0, at) + "9".repeat(1 + random.nextInt(25)) + text.substring(at);
          case 4 -> text.substring(0, at) + hostilePiece(random) + text.substring(at);
          case 5 -> Gens.nfd(text);
          default -> text.substring(0, at) + (random.nextBoolean() ? "0" : "-") + text.substring(at);
        };
      }
      return text;
    });
  }

  /** One of the shared hostile pieces: a control, an escape sequence, a bidirectional override, markup... */
  private static String hostilePiece(Random random) {
    return Gens.HOSTILE_PIECES.get(random.nextInt(Gens.HOSTILE_PIECES.size()));
  }

  private static AssertionError unexpected(String input, Throwable e) {
    String shown = input.length() > 300 ? input.substring(0, 300) + "…" : input;
    return new AssertionError("Unexpected " + e.getClass().getName() + " for input: " + shown, e);
  }
}
