package io.github.cchc.reporting;

import io.github.cchc.reporting.chart.BarChart;
import io.github.cchc.reporting.chart.LineChart;
import io.github.cchc.reporting.chart.ShareChart;
import io.github.cchc.reporting.chart.TimelineChart;
import io.github.cchc.reporting.chart.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Example reports for the renderer tests; the figures are examples, not official data. */
public final class SampleReports {

  public static final String SCRIPT = "<script>alert('x')</script>";
  public static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid\",\"bấm vào đây\")";

  private SampleReports() {}

  /** A report with every kind of block, cell and chart. */
  public static Report full(ReportLocale locale) {
    Table units = Table.builder("Kết quả giải quyết hồ sơ")
        .column("STT", ColumnType.TEXT)
        .column("Đơn vị", ColumnType.TEXT)
        .column("Số hồ sơ", ColumnType.INTEGER)
        .column("Điểm", ColumnType.DECIMAL)
        .column("Tỷ lệ đúng hạn", ColumnType.PERCENT)
        .column("Ngày báo cáo", ColumnType.DATE)
        .column("Đúng hạn", ColumnType.COUNT_WITH_SHARE)
        .column("Ghi chú", ColumnType.MIXED)
        .row(Row.group(Cell.text("I"), Cell.text("Cấp tỉnh"), Cell.empty(), Cell.empty(), Cell.empty(),
            Cell.empty(), Cell.empty(), Cell.empty()))
        .row(Cell.text("1"), Cell.text("Sở Tư pháp"), Cell.integer(12345), Cell.decimal(new BigDecimal("87.50")),
            Cell.percent(new BigDecimal("95.12")), Cell.date(LocalDate.of(2024, 6, 14)),
            Cell.countWithShare(11742, 12345, "hồ sơ"), Cell.text("Thường xuyên"))
        .row(Cell.text("2"), Cell.text("Sở Tài chính, Kế hoạch"), Cell.integer(0), Cell.decimal(new BigDecimal("-1.5")),
            Cell.percent(new BigDecimal("100")), Cell.text("Quý II/2024"), Cell.countWithShare(0, 0, "hồ sơ"),
            Cell.countWithShare(3, 4, "cơ quan, đơn vị"))
        .row(Row.total(Cell.empty(), Cell.text("Cộng"), Cell.integer(12345), Cell.empty(), Cell.empty(), Cell.empty(),
            Cell.countWithShare(11742, 12345, "hồ sơ"), Cell.integer(1)))
        .note("Số liệu ví dụ.")
        .build();
    Table none = Table.builder("Phát hiện chưa khắc phục")
        .column("Đơn vị", ColumnType.TEXT)
        .column("Hạn khắc phục", ColumnType.DATE)
        .build();
    BarChart bars = BarChart.horizontal("Tỷ lệ hồ sơ đúng hạn theo đơn vị", "Đơn vị", "Tỷ lệ", ValueKind.PERCENT,
            List.of(BarChart.Bar.of("Sở Tài chính", new BigDecimal("88.4")),
                BarChart.Bar.of("Sở Tư pháp", new BigDecimal("95.12")),
                BarChart.Bar.of("UBND huyện Mai Sơn", new BigDecimal("91"))))
        .sortedDescending();
    LineChart trend = LineChart.of("Hồ sơ tiếp nhận và đúng hạn theo tháng", "Tháng", ValueKind.NUMBER,
        List.of("01/2024", "02/2024", "03/2024"),
        List.of(LineChart.Series.of("Tiếp nhận", List.of(new BigDecimal(1200), new BigDecimal(950),
                new BigDecimal(1430))),
            new LineChart.Series("Đúng hạn", List.of(Optional.of(new BigDecimal(1150)), Optional.empty(),
                Optional.of(new BigDecimal(1400))))));
    ShareChart channels = new ShareChart("Hình thức nộp hồ sơ", "Hình thức nộp", "Số hồ sơ", ShareChart.Style.DONUT,
        List.of(ShareChart.Slice.of("Trực tiếp", 600), ShareChart.Slice.of("Trực tuyến toàn trình", 300),
            ShareChart.Slice.of("Bưu chính", 100)));
    TimelineChart visits = TimelineChart.of("Lịch kiểm tra", List.of(
        TimelineChart.Item.of("UBND huyện Mai Sơn", LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 8)),
        TimelineChart.Item.of("Sở Tài chính", LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 11))));
    return Report.builder()
        .heading(NationalHeading.builder()
            .addIssuerLines("UBND TỈNH SƠN LA", "SỞ NỘI VỤ")
            .number("125/BC-SNV")
            .place("Sơn La")
            .date(LocalDate.of(2024, 6, 14))
            .documentType("BÁO CÁO")
            .summary("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024")
            .signature(Signature.builder().authority("KT. GIÁM ĐỐC").title("PHÓ GIÁM ĐỐC").name("Nguyễn Văn A")
                .build())
            .addRecipients("UBND tỉnh (để b/c);", "Bộ Nội vụ;", "Lưu: VT, CCHC.")
            .build())
        .title("Báo cáo kết quả thực hiện công tác cải cách hành chính")
        .subtitle("6 tháng đầu năm 2024")
        .locale(locale)
        .addBlocks(Section.of("Phần I", "Đặc điểm, tình hình",
            Paragraph.of("Tỉnh có 12 sở, ban, ngành.\n- dòng bắt đầu bằng gạch ngang"),
            Section.of("1", "Thuận lợi", BulletList.of(List.of("Có kế hoạch *sớm*", "Cán bộ ổn định"))),
            Section.of("2", "Khó khăn", Placeholder.of("nêu khó khăn, vướng mắc"),
                Section.of("a)", "Chi tiết", BulletList.of(List.of())))))
        .addBlocks(Section.of("Phần II", "Kết quả thực hiện", units, none, Figure.of(bars), Figure.of(trend),
            Figure.of(channels), Figure.of(visits)))
        .build();
  }

  /** A report with no body at all. */
  public static Report empty() {
    return Report.builder().title("Báo cáo").build();
  }

  /** A report whose texts are hostile: markup and spreadsheet formulas in unit names and titles. */
  public static Report hostile() {
    String unit = "Sở " + SCRIPT + " " + HYPERLINK;
    Table table = Table.builder("Đơn vị " + SCRIPT)
        .column("Đơn vị " + SCRIPT, ColumnType.TEXT)
        .column(HYPERLINK, ColumnType.INTEGER)
        .row(Cell.text(unit), Cell.integer(-5))
        .row(Cell.text(HYPERLINK), Cell.integer(7))
        .row(Cell.text("-1+2"), Cell.integer(0))
        .row(Cell.text("@SUM(A1)"), Cell.integer(1))
        .row(Cell.text("\tTab"), Cell.integer(1))
        .build();
    return Report.builder()
        .heading(NationalHeading.builder().addIssuerLines(SCRIPT, HYPERLINK).place("<b>Sơn La</b>")
            .documentType(SCRIPT).summary(HYPERLINK)
            .signature(Signature.builder().authority("TM. " + SCRIPT).title(HYPERLINK).name("<i>A</i>").build())
            .addRecipients(SCRIPT, "Lưu: " + HYPERLINK)
            .build())
        .title("Báo cáo " + SCRIPT)
        .addBlocks(Section.of("I", SCRIPT, Paragraph.of(unit), BulletList.of(List.of(SCRIPT, HYPERLINK)),
            Placeholder.of(SCRIPT), table,
            Figure.of(BarChart.horizontal(SCRIPT, "Đơn vị", "Tỷ lệ", ValueKind.PERCENT,
                List.of(BarChart.Bar.of(unit, new BigDecimal("50"))))),
            Figure.of(TimelineChart.of(HYPERLINK, List.of(
                TimelineChart.Item.of(unit, LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 8)))))))
        .build();
  }

  /** A text of 10,000 characters without a space, which must wrap, not widen the page. */
  public static String longWord() {
    return "Nguyễn".repeat(10_000 / 6) + "x".repeat(10_000 - 6 * (10_000 / 6));
  }

  /** A report holding a 10,000-character text in a paragraph, a cell and a chart label. */
  public static Report longText() {
    String text = longWord();
    return Report.builder()
        .title("Báo cáo")
        .addBlocks(Paragraph.of(text),
            Table.builder("Bảng").column("Nội dung", ColumnType.TEXT).row(Cell.text(text)).build(),
            Figure.of(BarChart.horizontal("Biểu đồ", "Đơn vị", "Số", ValueKind.NUMBER,
                List.of(BarChart.Bar.of(text, 3)))))
        .build();
  }
}
