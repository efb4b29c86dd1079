package io.github.cchc.cli;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.coverage.CoverageCheck;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.coverage.PastInspection;
import io.github.cchc.core.coverage.PlanningRequest;
import io.github.cchc.core.coverage.PlanningResult;
import io.github.cchc.core.coverage.TargetPlanner;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.InspectionPlanJson;
import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.json.PlanJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.PlanValidator;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.plan.Timeliness;
import io.github.cchc.core.schedule.ScheduleRequest;
import io.github.cchc.core.schedule.ScheduleResult;
import io.github.cchc.core.schedule.Visit;
import io.github.cchc.core.schedule.VisitScheduler;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.reporting.CompletedTasksAppendix;
import io.github.cchc.reporting.DossierDashboard;
import io.github.cchc.reporting.InspectionPlanSummary;
import io.github.cchc.reporting.NationalHeading;
import io.github.cchc.reporting.Signature;
import io.github.cchc.reporting.json.HeadingJson;
import io.github.cchc.reporting.PeriodicReport;
import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportOptions;
import io.github.cchc.reporting.ScorecardResults;
import io.github.cchc.reporting.StatisticsAppendix;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierIndicator;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.ObservationSet;
import io.github.cchc.scoring.json.BuiltInScorecard;
import io.github.cchc.scoring.json.ScorecardJson;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code demo --out DIR}: the whole pipeline on data embedded in the tool, writing every report in every format and
 * an {@code index.html} that links them.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    header = "Chạy thử toàn bộ trên dữ liệu minh họa. Run the end-to-end demo.",
    description = "Chạy toàn bộ quy trình trên dữ liệu minh họa có sẵn (tỉnh Thái Bình, năm 2024) và lập mọi báo cáo. "
        + "Runs the whole pipeline on embedded example data (a Thái Bình-like province, 2024): validation, "
        + "coverage, target planner, visit scheduler, dossier indicators, scores; writes every report in every "
        + "format into DIR with an index.html linking them, and the input data into DIR/data so that each command "
        + "can be tried on it. The data is generated from fixed seeds: every run gives the same figures.",
    footer = {"", "Example:", "  java -jar cchc.jar demo --out demo-output"})
final class DemoCommand extends StandardCommand {

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write into.")
  Path out;

  /** The most dossiers the demo generates: about 1.5 GB of CSV, and its reports. */
  static final int MAX_DOSSIERS = 10_000_000;

  /** What the demo writes, measured: about 140 bytes of CSV a dossier; the rest, a few megabytes. */
  static final long BYTES_PER_DOSSIER = 150;

  static final long BYTES_BESIDES = 16_000_000;

  @Option(names = "--dossiers", paramLabel = "N", defaultValue = "200000",
      description = "How many dossiers to generate, 1 to 10,000,000 (default ${DEFAULT-VALUE}).")
  int dossierCount;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "2024", description = "The seed of the generated data.")
  long seed;

  @Option(names = "--heading", paramLabel = "FILE",
      description = "The reports' heading, signature and recipients (JSON, docs/reporting.md); without it the demo's "
          + "example heading, which it writes to DIR/data/heading-thai-binh-2024.json.")
  Path heading;

  /** The demo's heading: an example, the signer's name a placeholder. */
  static NationalHeading exampleHeading() {
    return NationalHeading.builder().addIssuerLines("UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ").place("Thái Bình")
        .number("125/BC-SNV").date(DemoData.AS_OF)
        .documentType("BÁO CÁO").summary("Kết quả thực hiện công tác cải cách hành chính năm 2024")
        .signature(Signature.builder().authority("KT. GIÁM ĐỐC").title("PHÓ GIÁM ĐỐC").name("Nguyễn Văn A").build())
        .addRecipients("UBND tỉnh (để b/c);", "Bộ Nội vụ;", "Lưu: VT, CCHC.")
        .build();
  }

  /**
   * Says why there is not room for what the demo will write, before it writes anything.
   *
   * @param needed the bytes the demo will write
   * @param usable the bytes free where it writes, or -1 when unknown
   * @param lang the language
   * @return the message, or null when there is room (or the free space is unknown)
   */
  static String lackOfSpace(long needed, long usable, Lang lang) {
    if (usable < 0 || usable >= needed) {
      return null;
    }
    long neededMb = (needed + 999_999) / 1_000_000;
    long usableMb = usable / 1_000_000;
    return lang.pick("không đủ chỗ trống để ghi bản trình diễn: cần khoảng " + neededMb + " MB, chỉ còn " + usableMb
        + " MB; giảm --dossiers hoặc chọn --out khác",
        "not enough free space for the demo: it needs about " + neededMb + " MB and " + usableMb
        + " MB are free; lower --dossiers or choose another --out");
  }

  /** The bytes free on the file system of a directory or of its nearest existing parent, or -1 when unknown. */
  private static long usableSpace(Path dir) {
    Path at = dir.toAbsolutePath();
    while (at != null && !Files.exists(at)) {
      at = at.getParent();
    }
    try {
      return at == null ? -1 : Files.getFileStore(at).getUsableSpace();
    } catch (IOException e) {
      return -1;
    }
  }

  /** One report product, written in every format. */
  private record Product(String file, String title, List<Path> files) {}

  @Override
  public Integer call() throws IOException {
    if (dossierCount < 1 || dossierCount > MAX_DOSSIERS) {
      throw new ParameterException(spec.commandLine(), t("--dossiers phải từ 1 đến 10.000.000, không phải ",
          "--dossiers must be from 1 to 10,000,000, not ") + dossierCount);
    }
    String noSpace = lackOfSpace(BYTES_PER_DOSSIER * dossierCount + BYTES_BESIDES, usableSpace(out), lang());
    if (noSpace != null) {
      throw new ParameterException(spec.commandLine(), noSpace);
    }
    long started = System.nanoTime();
    // The heading file is read first, so that a mistake in it stops the demo before its work.
    NationalHeading documentHeading = heading == null ? exampleHeading() : read(heading, HeadingJson::read);
    Path data = out.resolve("data");
    Path reports = out.resolve("reports");
    Files.createDirectories(data);
    Files.createDirectories(reports);
    WorkingCalendar calendar = WorkingCalendar.standard();

    // 1. The organisation directory.
    OrgDirectory directory = DemoData.province();
    OrgDirectoryJson.write(directory, data.resolve("org-thai-binh-demo.json"));

    // 2. The annual plan with statuses, validated against the directory.
    Plan plan = DemoData.tracked(DemoData.plan(), seed);
    PlanJson.write(plan, data.resolve("thai-binh-2024-plan-tracked.json"));
    List<Finding> planFindings = PlanValidator.validate(plan, directory);

    // 3. Inspection: propose targets, check coverage, schedule the visits.
    InspectionPlan rules = DemoData.inspectionRules();
    List<PastInspection> history = DemoData.history(directory, seed);
    writeHistory(history, data.resolve("inspection-history.json"));
    java.time.LocalDate asOf = CoverageCommand.defaultAsOf(rules);
    PlanningResult proposal = TargetPlanner.propose(directory, PlanningRequest.builder()
        .asOf(asOf).year(rules.year()).addAllRules(rules.coverage()).addAllHistory(history).seed(seed).build());
    InspectionPlan planned = InspectionPlan.builder().from(rules).targets(proposal.targets()).build();
    CoverageVerdict verdict = CoverageCheck.check(directory, planned, asOf);
    ScheduleResult schedule = VisitScheduler.schedule(
        ScheduleRequest.builderFor(planned, calendar).visitDays(2).subTeams(2).build());
    // The visits made by the demo's date left findings, recorded in the plan as a user's file would hold them.
    InspectionPlan inspection = InspectionPlan.builder().from(planned)
        .findings(DemoData.findings(schedule.visits(), seed)).build();
    InspectionPlanJson.write(inspection, data.resolve("inspection-plan-2024.json"));

    // 4. Dossiers: generated to CSV, then read back as a user's file would be, and counted once, by month.
    Path csv = data.resolve("dossiers-2023-2024.csv");
    DemoData.writeDossiers(csv, directory, calendar, dossierCount, seed);
    DossierLoad load = DossierInput.read(csv, directory, false, StandardCharsets.UTF_8, err(), lang());
    ReportPeriod year = ReportPeriod.parse(String.valueOf(DemoData.YEAR));
    ReportPeriod lastYear = ReportPeriod.parse(String.valueOf(DemoData.YEAR - 1));
    List<ReportPeriod> months = new ArrayList<>(lastYear.split(ReportPeriod.Type.MONTH));
    months.addAll(year.split(ReportPeriod.Type.MONTH));
    DossierCounts counts = load.table().aggregate(DossierQuery.of(months).withFieldBreakdown(true),
        Math.max(1, Runtime.getRuntime().availableProcessors()));
    DossierCounts rolledUp = counts.rolledUp();
    // The years' figures follow from the months by the indicators' time aggregation.
    ObservationSet yearly = rolledUp.toObservations().overTime(ReportPeriod.Type.YEAR);

    // 5. Scores of the departments, this year and last, the on-time rate taken from the dossiers.
    Scorecard scorecard = BuiltInScorecard.EXAMPLE_DEPARTMENT.load();
    List<ScoreResult> scores = score(scorecard, directory, yearly, year, seed, data);
    List<ScoreResult> previousScores = score(scorecard, directory, yearly, lastYear, seed + 1, data);
    Ranking ranking = Ranking.of(scores, previousScores);

    // Phụ lục II: dossier rows, the plan's tasks, the inspection plan's findings, and an observations file for the
    // rest, read back as a user's would be.
    Path extra = data.resolve("so-lieu-bo-sung-2024.csv");
    Files.writeString(extra, DemoData.observations(), StandardCharsets.UTF_8);
    ObservationSet observations = new StatisticsInputs(DemoData.PROVINCE, DemoData.YEAR, DemoData.AS_OF)
        .dossiers(rolledUp, "Đất đai", "Xây dựng").plan(plan).inspection(inspection)
        .file(extra, Optional.of(directory), StandardCharsets.UTF_8, lang())
        .observations(replaced -> err().println("cchc: " + replaced));

    // 6. Every report in every format, and the index.
    HeadingJson.write(exampleHeading(), data.resolve("heading-thai-binh-2024.json"));
    ReportOptions options = ReportOptions.builder()
        .locale(ReportFiles.locale(lang()))
        .heading(documentHeading)
        .build();
    List<Product> products = new ArrayList<>();
    products.add(product(reports, "01-phu-luc-i-nhiem-vu-hoan-thanh",
        CompletedTasksAppendix.report(plan, year, options)));
    products.add(product(reports, "02-phu-luc-ii-thong-ke",
        StatisticsAppendix.report(observations, DemoData.PROVINCE, DemoData.YEAR,
            options)));
    products.add(product(reports, "03-bao-cao-cchc-nam-2024", PeriodicReport.builder().plan(plan).period(year)
        .directory(directory)
        .statistics(PeriodicReport.Statistics.of(observations, DemoData.PROVINCE))
        .addAllInspectionFindings(inspection.findings())
        .options(options).build().report()));
    products.add(product(reports, "04-ke-hoach-kiem-tra-2024",
        InspectionPlanSummary.report(directory, inspection, verdict, schedule, options)));
    products.add(product(reports, "05-ket-qua-cham-diem-2024", ScorecardResults.report(ranking, options)));
    products.add(product(reports, "06-ho-so-tthc-2024",
        DossierDashboard.report(counts, DemoData.PROVINCE, year, options)));
    Path index = out.resolve("index.html");
    long millis = (System.nanoTime() - started) / 1_000_000;
    Map<String, Object> summary = summary(directory, plan, planFindings, proposal, verdict, schedule, load, yearly,
        year, ranking, products, millis, index);
    List<String> lines = summaryLines(summary, ranking);
    // The index repeats the figures of the summary, without the paths and the time.
    List<String> figures = lines.subList(1, lines.size() - 3).stream()
        .map(l -> l.strip().replaceAll("\\s{2,}", " ")).toList();
    Files.writeString(index, DemoIndex.html(products.stream()
        .map(p -> new DemoIndex.Entry(p.title(), p.files().stream().map(f -> out.relativize(f).toString()).toList()))
        .toList(), listData(data), figures, lang()), StandardCharsets.UTF_8);
    if (json()) {
      printJson(summary);
    } else {
      lines.forEach(out()::println);
    }
    return ExitCodes.OK;
  }

  private List<ScoreResult> score(Scorecard scorecard, OrgDirectory directory, ObservationSet yearly,
      ReportPeriod period, long seed, Path data) throws IOException {
    Map<String, long[]> onTime = new HashMap<>();
    for (OrgUnit dept : directory.unitsOfKind(OrgKind.DEPARTMENT)) {
      onTime.put(dept.id(), new long[] {
        count(yearly, DossierIndicator.FINISHED_ON_TIME, dept.id(), period),
        count(yearly, DossierIndicator.FINISHED, dept.id(), period)});
    }
    int y = period.firstDay().getYear();
    String json = DemoData.assessments(scorecard, directory, y, onTime, seed);
    Files.writeString(data.resolve("assessments-" + y + ".json"), json, StandardCharsets.UTF_8);
    return ScorecardJson.readAssessments(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).stream()
        .map(scorecard::score).toList();
  }

  private static long count(ObservationSet set, DossierIndicator indicator, String unitId, ReportPeriod period) {
    return set.value(indicator.id(), unitId, period).map(IndicatorValue::numerator).orElse(0L);
  }

  private static Optional<BigDecimal> percent(ObservationSet set, DossierIndicator indicator, ReportPeriod period) {
    return set.value(indicator.id(), DemoData.PROVINCE, period).flatMap(v -> v.share(2, RoundingMode.HALF_UP));
  }

  private static Product product(Path dir, String name, Report report) {
    return new Product(name, report.title(), ReportFiles.writeAll(report, dir, name));
  }

  private static void writeHistory(List<PastInspection> history, Path file) throws IOException {
    StringBuilder b = new StringBuilder("{\"history\": [\n");
    for (int i = 0; i < history.size(); i++) {
      PastInspection p = history.get(i);
      b.append("  {\"unit\": \"").append(p.unit()).append("\", \"year\": ").append(p.year())
          .append(", \"form\": \"").append(p.form().name()).append("\"}").append(i + 1 < history.size() ? ",\n" : "\n");
    }
    Files.writeString(file, b.append("]}\n").toString(), StandardCharsets.UTF_8);
  }

  private List<String> listData(Path data) {
    try (var files = Files.list(data)) {
      return files.map(f -> out.relativize(f).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> summary(OrgDirectory directory, Plan plan, List<Finding> planFindings,
      PlanningResult proposal, CoverageVerdict verdict, ScheduleResult schedule, DossierLoad load,
      ObservationSet yearly, ReportPeriod year, Ranking ranking, List<Product> products, long millis, Path index) {
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("units", directory.size());
    for (OrgKind kind : List.of(OrgKind.DEPARTMENT, OrgKind.SUBORDINATE, OrgKind.DISTRICT, OrgKind.COMMUNE)) {
      org.put(kind.name(), directory.unitsOfKind(kind).size());
    }
    json.put("organisation", org);
    Map<String, Object> planJson = new LinkedHashMap<>();
    planJson.put("number", plan.number().toString());
    planJson.put("tasks", plan.tasks().size());
    planJson.put("errors", planFindings.stream().filter(f -> f.severity() == Severity.ERROR).count());
    planJson.put("warnings", planFindings.stream().filter(f -> f.severity() == Severity.WARNING).count());
    Map<Timeliness, Integer> timeliness = new EnumMap<>(Timeliness.class);
    for (Task t : plan.tasks()) {
      timeliness.merge(t.timeliness(DemoData.AS_OF), 1, Integer::sum);
    }
    Map<String, Integer> byTimeliness = new LinkedHashMap<>();
    timeliness.forEach((k, v) -> byTimeliness.put(k.name(), v));
    planJson.put("timeliness", byTimeliness);
    json.put("plan", planJson);
    Map<String, Object> inspection = new LinkedHashMap<>();
    inspection.put("targets", proposal.targets().size());
    inspection.put("coverageSatisfied", verdict.satisfied());
    inspection.put("rulesMet", verdict.rules().size() - verdict.unsatisfied().size());
    inspection.put("rules", verdict.rules().size());
    inspection.put("visits", schedule.visits().size());
    inspection.put("firstVisit", schedule.visits().stream().map(Visit::start).min(Comparator.naturalOrder())
        .map(Object::toString).orElse(null));
    inspection.put("lastVisit", schedule.visits().stream().map(Visit::end).max(Comparator.naturalOrder())
        .map(Object::toString).orElse(null));
    json.put("inspection", inspection);
    Map<String, Object> dossiers = new LinkedHashMap<>();
    dossiers.put("rowsRead", load.rowsRead());
    dossiers.put("rowsRejected", load.rowsRejected());
    dossiers.put("period", year.toString());
    dossiers.put("received", count(yearly, DossierIndicator.RECEIVED, DemoData.PROVINCE, year));
    dossiers.put("onTimePercent", percent(yearly, DossierIndicator.ON_TIME_RATE, year).orElse(null));
    dossiers.put("onlineFullPercent", percent(yearly, DossierIndicator.ONLINE_FULL_RATE, year).orElse(null));
    json.put("dossiers", dossiers);
    Map<String, Object> scores = new LinkedHashMap<>();
    scores.put("units", ranking.entries().size());
    Ranking.Entry first = ranking.entries().get(0);
    Ranking.Entry last = ranking.entries().get(ranking.entries().size() - 1);
    scores.put("first", Map.of("unit", first.result().unitId(), "index", first.result().index()));
    scores.put("last", Map.of("unit", last.result().unitId(), "index", last.result().index()));
    json.put("scores", scores);
    json.put("reports", products.size());
    json.put("files", products.stream().mapToInt(p -> p.files().size()).sum());
    json.put("seconds", BigDecimal.valueOf(millis, 3).setScale(1, RoundingMode.HALF_UP));
    json.put("index", index.toAbsolutePath().normalize().toString());
    return json;
  }

  @SuppressWarnings("unchecked")
  private List<String> summaryLines(Map<String, Object> s, Ranking ranking) {
    Map<String, Object> org = (Map<String, Object>) s.get("organisation");
    Map<String, Object> plan = (Map<String, Object>) s.get("plan");
    Map<String, Object> insp = (Map<String, Object>) s.get("inspection");
    Map<String, Object> dos = (Map<String, Object>) s.get("dossiers");
    Map<String, Integer> timeliness = (Map<String, Integer>) plan.get("timeliness");
    Ranking.Entry first = ranking.entries().get(0);
    Ranking.Entry last = ranking.entries().get(ranking.entries().size() - 1);
    List<String> w = new ArrayList<>();
    w.add(t("cchc demo — tỉnh Thái Bình (dữ liệu minh họa), năm 2024",
        "cchc demo — Thái Bình province (example data), 2024"));
    w.add(t("  Tổ chức:     ", "  Organisation: ") + org.get("units") + t(" đơn vị: ", " units: ")
        + org.get("DEPARTMENT") + t(" sở, ban, ngành; ", " departments; ") + org.get("DISTRICT")
        + t(" huyện, thành phố; ", " districts; ") + org.get("COMMUNE") + t(" xã, phường, thị trấn", " communes"));
    w.add(t("  Kế hoạch:    ", "  Plan:         ") + plan.get("number") + ", " + plan.get("tasks")
        + t(" nhiệm vụ; ", " tasks; ") + plan.get("errors") + t(" lỗi, ", " errors, ") + plan.get("warnings")
        + t(" cảnh báo; ", " warnings; ") + t("hoàn thành đúng hạn ", "done on time ")
        + timeliness.getOrDefault("ON_TIME", 0) + t(", trễ hạn ", ", late ") + timeliness.getOrDefault("LATE", 0)
        + t(", quá hạn ", ", overdue ") + timeliness.getOrDefault("OVERDUE", 0));
    w.add(t("  Kiểm tra:    ", "  Inspection:   ") + t("đề xuất ", "proposed ") + insp.get("targets")
        + t(" đối tượng; bao phủ ", " targets; coverage ") + insp.get("rulesMet") + "/" + insp.get("rules")
        + t(" quy tắc đạt; ", " rules met; ") + insp.get("visits") + t(" cuộc kiểm tra, ", " visits, ")
        + insp.get("firstVisit") + " → " + insp.get("lastVisit"));
    w.add(t("  Hồ sơ TTHC:  ", "  Dossiers:     ") + String.format(lang().locale(), "%,d", (Long) dos.get("rowsRead"))
        + t(" dòng đọc, ", " rows read, ") + dos.get("rowsRejected") + t(" bị loại; năm 2024: tiếp nhận ",
            " rejected; 2024: received ") + String.format(lang().locale(), "%,d", (Long) dos.get("received"))
        + t(", đúng hạn ", ", on time ") + percent(dos.get("onTimePercent"))
        + t(", trực tuyến toàn trình ", ", fully online ") + percent(dos.get("onlineFullPercent")));
    w.add(t("  Chấm điểm:   ", "  Scores:       ") + ranking.entries().size() + t(" sở; cao nhất ", " departments; first ")
        + first.result().unitName() + " " + percent(first.result().index()) + t(", thấp nhất ", ", last ")
        + last.result().unitName() + " " + percent(last.result().index()));
    w.add(t("  Báo cáo:     ", "  Reports:      ") + s.get("reports") + t(" sản phẩm × " + ReportFormat.values().length + " định dạng = ",
        " products × " + ReportFormat.values().length + " formats = ") + s.get("files") + t(" tệp, trong ", " files, in ") + out.resolve("reports"));
    w.add(t("  Thời gian:   ", "  Time:         ") + decimal(s.get("seconds")) + " s");
    w.add(t("Mở ", "Open ") + s.get("index"));
    return w;
  }

  private String percent(Object value) {
    return value == null ? "-" : decimal(value) + "%";
  }

  private String decimal(Object value) {
    String text = String.valueOf(value);
    return lang() == Lang.VI ? text.replace('.', ',') : text;
  }
}
