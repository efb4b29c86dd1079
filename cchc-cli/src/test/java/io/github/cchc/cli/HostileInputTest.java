package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken inputs of every kind the tool reads (each JSON family, calendar arguments, options, output paths), each run
 * in Vietnamese and in English: exit code 2, exactly one line on stderr, naming the place (the file or the option),
 * in the chosen language, and no Java, Jackson or library identifier.
 */
class HostileInputTest {

  /** What a message must not show: Java, Jackson or library names, token names. */
  static final Pattern INTERNAL = Pattern.compile(
      "\\b(java|javax|com\\.fasterxml|tools\\.jackson|io\\.github\\.cchc)\\.|Exception\\b|JsonToken|VALUE_STRING"
          + "|START_ARRAY|START_OBJECT|END_ARRAY|END_OBJECT|VALUE_NUMBER|StreamReadConstraints|JsonReadFeature"
          + "|\\bclass [a-z]+\\.|\\bLocalDate\\b|\\bjava\\.lang|`(int|long|boolean|java[^`]*)`");

  /** Words of an English message, which a Vietnamese one does not have. */
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b(the|expected|found|cannot|Cannot|must|unknown|Unknown|missing|needs|outside)\\b");

  private static final Path EXAMPLES = Path.of("..", "docs", "examples");
  private static final String PLAN = EXAMPLES.resolve("thai-binh-2024-plan.json").toString();
  private static final String ORG = EXAMPLES.resolve("org-dong-thap-2024.json").toString();
  private static final String INSPECTION = EXAMPLES.resolve("dong-thap-2024-inspection-plan.json").toString();
  private static final Path RESOURCES = Path.of("src", "test", "resources", "io", "github", "cchc", "cli");

  @TempDir
  Path dir;

  /** One hostile run: the arguments, and the text that names the place (a file name, an option). */
  record Case(String name, List<String> args, String place) {
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenInputGivesOneLineNamingThePlaceInTheUsersLanguage() throws IOException {
    List<Case> cases = new ArrayList<>();
    jsonFamilies(cases);
    scoring(cases);
    csv(cases);
    options(cases);
    outputs(cases);
    return cases.stream().flatMap(c -> Stream.of(
        DynamicTest.dynamicTest(c.name() + " (vi)", () -> check(c, Lang.VI)),
        DynamicTest.dynamicTest(c.name() + " (en)", () -> check(c, Lang.EN))));
  }

  private void check(Case c, Lang lang) {
    List<String> args = new ArrayList<>(c.args());
    if (lang == Lang.EN) {
      args.add("--lang");
      args.add("en");
    }
    Run run = Run.of(args.toArray(String[]::new));
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run::toString);
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run::toString);
    String line = lines.get(0);
    assertTrue(line.contains(c.place()), () -> "the place " + c.place() + " is not named: " + line);
    assertFalse(INTERNAL.matcher(line).find(), () -> "an internal identifier: " + line);
    assertTrue(line.length() < 2000, () -> "a line of " + line.length() + " characters");
    // The message without the place, whose file name may hold English words, and without quoted values and the
    // other language's name of a column, given in parentheses.
    String problem = line.replace(c.place(), "").replaceAll("'[^']*'|\"[^\"]*\"|\\([^)]*\\)", "");
    if (lang == Lang.VI) {
      assertTrue(line.codePoints().anyMatch(cp -> cp > 0x7f && Character.isLetter(cp)),
          () -> "no Vietnamese in: " + line);
      assertFalse(ENGLISH.matcher(problem).find(), () -> "English in Vietnamese mode: " + line);
    } else {
      assertTrue(problem.codePoints().allMatch(cp -> cp <= 0x7f || !Character.isLetter(cp)),
          () -> "Vietnamese in English mode: " + line);
      assertFalse(line.contains(" cần ") || line.contains("không "), () -> "Vietnamese in English mode: " + line);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private void jsonFamilies(List<Case> cases) throws IOException {
    String plan = Files.readString(Path.of(PLAN), StandardCharsets.UTF_8);
    List<String[]> broken = List.of(
        new String[] {"empty", ""},
        new String[] {"truncated", plan.substring(0, plan.length() / 2)},
        new String[] {"year-as-text", plan.replaceFirst("\"year\": 2024", "\"year\": \"2024\"")},
        new String[] {"unknown-field", plan.replaceFirst("\\{", "{\"foo\": 1,")},
        new String[] {"nan", plan.replaceFirst("\"year\": 2024", "\"year\": NaN")},
        new String[] {"null-year", plan.replaceFirst("\"year\": 2024", "\"year\": null")},
        new String[] {"deep", "[".repeat(10_000)},
        new String[] {"long-string", "{\"title\": \"" + "x".repeat(30_000_000) + "\"}"},
        new String[] {"array", "[1, 2, 3]"},
        new String[] {"garbage", "\u0000\u0001 not json"},
        new String[] {"long-timeframe", plan.replaceFirst("\"timeframe\": \"[^\"]*\"",
            "\"timeframe\": \"" + "Quý ".repeat(25_000) + "\"")});
    for (String[] b : broken) {
      Path file = write("plan-" + b[0] + ".json", b[1]);
      cases.add(new Case("validate " + b[0], List.of("validate", file.toString()), file.getFileName().toString()));
    }
    String org = Files.readString(Path.of(ORG), StandardCharsets.UTF_8);
    Path orgDup = write("org-bad.json", org.replaceFirst("\"kind\": \"[A-Z_]+\"", "\"kind\": \"GALAXY\""));
    cases.add(new Case("org kind", List.of("validate", PLAN, "--org", orgDup.toString()), "org-bad.json"));
    Path orgText = write("org-type.json", "{\"units\": \"many\"}");
    cases.add(new Case("org type", List.of("validate", PLAN, "--org", orgText.toString()), "org-type.json"));
    String inspection = Files.readString(Path.of(INSPECTION), StandardCharsets.UTF_8);
    Path year = write("inspection-year.json", inspection.replaceFirst("\"year\": 2024", "\"year\": 1899"));
    cases.add(new Case("inspection year", List.of("coverage", year.toString(), "--org", ORG),
        "inspection-year.json"));
    Path missing = dir.resolve("no-such-plan.json");
    cases.add(new Case("missing file", List.of("validate", missing.toString()), "no-such-plan.json"));
    Files.createDirectories(dir.resolve("a-directory.json"));
    cases.add(new Case("a directory", List.of("validate", dir.resolve("a-directory.json").toString()),
        "a-directory.json"));
  }

  private void scoring(List<Case> cases) throws IOException {
    String assessments = Files.readString(RESOURCES.resolve("assessments-2024.json"), StandardCharsets.UTF_8);
    String[][] broken = {
        {"rate-over-whole", assessments.replaceFirst("\"rate\": \"12/12\"", "\"rate\": \"13/12\"")},
        {"percent-over-100", assessments.replaceFirst("\"rate\": \"12/12\"", "\"rate\": \"130%\"")},
        {"points-as-text", assessments.replaceFirst("\"points\": 2", "\"points\": \"2\"")},
        {"yes-as-text", assessments.replaceFirst("\"yes\": true", "\"yes\": \"true\"")},
        {"yes-as-number", assessments.replaceFirst("\"yes\": true", "\"yes\": 2")},
        {"unknown-criterion", assessments.replaceFirst("\"1.1.2\"", "\"9.9.9\"")},
        {"unit-twice", assessments.replace("\"unit\": \"SNV\"", "\"unit\": \"STC\"")},
    };
    for (String[] b : broken) {
      Path file = write("assessments-" + b[0] + ".json", b[1]);
      cases.add(new Case("score " + b[0], List.of("score", "builtin:example-department", file.toString()),
          file.getFileName().toString()));
    }
    Path good = write("assessments.json", assessments);
    String card = "{\"id\": \"x\", \"name\": \"X\", \"maxPoints\": %s, \"areas\": [{\"code\": \"1\", \"name\": \"A\","
        + " \"maxPoints\": 10, \"children\": [{\"code\": \"1.1\", \"name\": \"B\", \"maxPoints\": 10,"
        + " \"method\": \"DERIVED\", \"indicator\": \"%s\", \"thresholdPercent\": 80}]}]}";
    Path maxText = write("card-max-text.json", card.formatted("\"10\"", "dossiers.onTimeRate"));
    cases.add(new Case("scorecard maxPoints as text", List.of("score", maxText.toString(), good.toString()),
        "card-max-text.json"));
    Path typo = write("card-typo.json", card.formatted("10", "dossiers.onTimeRat"));
    cases.add(new Case("scorecard unknown indicator", List.of("score", typo.toString(), good.toString()),
        "card-typo.json"));
  }

  private void csv(List<Case> cases) throws IOException {
    Path bad = RESOURCES.resolve("dossiers-bad-rows.csv");
    cases.add(new Case("strict dossier read", List.of("indicators", bad.toString(), "--org", ORG, "--period", "2024",
        "--strict"), "dossiers-bad-rows.csv"));
    Path noColumn = write("dossiers-no-due.csv", "id,unit,received,finished,channel\nA,DT,2024-01-10,2024-01-12,"
        + "DIRECT\n");
    cases.add(new Case("dossiers without a column", List.of("indicators", noColumn.toString(), "--org", ORG,
        "--period", "2024"), "dossiers-no-due.csv"));
    String[][] observations = {
        {"observations-pair", "code,unit,period,value\n2.4.4,DT,2024,3\n"},
        {"observations-period", "code,unit,period,value\nI.1.3,DT,2024Q5,3\n"},
        {"observations-unit", "code,unit,period,value\nI.1.3,NOPE,2024,3\n"},
        {"observations-header", "code,unit,value\nI.1.3,DT,3\n"},
    };
    for (String[] o : observations) {
      Path file = write(o[0] + ".csv", o[1]);
      cases.add(new Case("statistics " + o[0], List.of("report", "statistics", "--org", ORG, "--unit", "DT",
          "--year", "2024", "--observations", file.toString(), "-o", dir.resolve("pl2.md").toString()),
          file.getFileName().toString()));
    }
  }

  private void options(List<Case> cases) {
    cases.add(new Case("date that does not exist", List.of("calendar", "to-lunar", "2024-02-30"), "DATE"));
    cases.add(new Case("month 13", List.of("calendar", "to-lunar", "2024-13-01"), "DATE"));
    cases.add(new Case("not a date", List.of("calendar", "is-working-day", "ngày mai"), "DATE"));
    cases.add(new Case("working days not a number", List.of("calendar", "add-working-days", "2024-01-02", "năm"),
        "N"));
    cases.add(new Case("blackout", List.of("schedule", INSPECTION, "--blackout", "2024-02-30"), "--blackout"));
    cases.add(new Case("unknown option", List.of("validate", PLAN, "--frobnicate"), "--frobnicate"));
    cases.add(new Case("format", List.of("validate", PLAN, "--format", "xml"), "--format"));
    cases.add(new Case("period", List.of("report", "completed-tasks", PLAN, "--period", "2024Q5", "-o",
        dir.resolve("r.md").toString()), "--period"));
    cases.add(new Case("missing argument", List.of("validate"), "PLAN"));
    cases.add(new Case("year out of range", List.of("report", "statistics", "--org", ORG, "--unit", "DT",
        "--year", "1900", "-o", dir.resolve("s.md").toString()), "--year"));
    cases.add(new Case("unknown unit", List.of("report", "statistics", "--org", ORG, "--unit", "NOPE",
        "--year", "2024", "-o", dir.resolve("s.md").toString()), "--unit"));
    cases.add(new Case("long option value", List.of("calendar", "to-lunar", "9".repeat(5000)), "DATE"));
  }

  private void outputs(List<Case> cases) throws IOException {
    List<String> report = Arrays.asList("report", "completed-tasks", PLAN, "--period", "2024S1", "-o");
    Path file = write("a-file.txt", "x");
    cases.add(new Case("output under a file", concat(report, file.resolve("r.md").toString()), "a-file.txt"));
    cases.add(new Case("output is a folder", concat(report, dir.toString()), dir.getFileName().toString()));
    cases.add(new Case("empty output name", concat(report, ""), "-o"));
  }

  private static List<String> concat(List<String> a, String b) {
    List<String> all = new ArrayList<>(a);
    all.add(b);
    return all;
  }
}
