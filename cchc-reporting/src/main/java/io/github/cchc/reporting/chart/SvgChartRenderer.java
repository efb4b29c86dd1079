package io.github.cchc.reporting.chart;

import io.github.cchc.reporting.ReportLocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Draws a {@link Chart} as an inline SVG element, by hand: no script, no external font (the generic
 * {@code sans-serif} family), no external resource. Every text is XML-escaped; long labels are shortened with an
 * ellipsis and kept whole in a {@code <title>} tooltip, so that no text breaks the layout. A chart without data is
 * drawn as a frame saying "không có dữ liệu".
 *
 * <p>The values shown are formatted exactly from the chart's data; only the geometry (pixel positions) is computed
 * in floating point, where rounding has no consequence.
 *
 * <pre>{@code
 * String svg = SvgChartRenderer.render(chart, ReportLocale.VIETNAMESE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SvgChartRenderer {

  /** The colours of the series and slices, chosen to stay distinct when printed in grey. */
  static final List<String> PALETTE =
      List.of("#1f5fa8", "#d9822b", "#2e8b57", "#b03a48", "#6a4c93", "#8c6d31", "#3a9aa8", "#7f7f7f");

  private static final int WIDTH = 720;
  private static final int LABEL_CHARS = 34;

  private SvgChartRenderer() {}

  /**
   * Draws a chart.
   *
   * @param chart the chart
   * @param locale the number and date formats
   * @return an {@code <svg>} element with a {@code viewBox}, scaling to the width of its container
   */
  public static String render(Chart chart, ReportLocale locale) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(locale, "locale");
    if (chart.isEmpty()) {
      return empty(chart, locale);
    }
    if (chart instanceof BarChart bar) {
      return bar.orientation() == BarChart.Orientation.HORIZONTAL
          ? horizontalBars(bar, locale)
          : verticalBars(bar, locale);
    } else if (chart instanceof LineChart line) {
      return lines(line, locale);
    } else if (chart instanceof ShareChart share) {
      return share.style() == ShareChart.Style.STACKED_BAR ? stackedBar(share, locale) : pie(share, locale);
    }
    return timeline((TimelineChart) chart, locale);
  }

  private static String empty(Chart chart, ReportLocale locale) {
    Svg svg = new Svg(WIDTH, 80, chart.title());
    svg.raw("<rect x=\"0.5\" y=\"0.5\" width=\"719\" height=\"79\" fill=\"none\" stroke=\"#bbbbbb\"/>");
    svg.text(WIDTH / 2.0, 46, "middle", "no-data", locale.noData());
    return svg.close();
  }

  private static String horizontalBars(BarChart chart, ReportLocale locale) {
    int rowHeight = 24;
    int top = 10;
    int labelWidth = 250;
    int valueWidth = 90;
    int height = top + chart.bars().size() * rowHeight + 30;
    double plot = WIDTH - labelWidth - valueWidth;
    BigDecimal max = scaleMax(chart.bars().stream().map(BarChart.Bar::value).toList(), chart.kind());
    Svg svg = new Svg(WIDTH, height, chart.title());
    int i = 0;
    for (BarChart.Bar bar : chart.bars()) {
      double y = top + i * rowHeight;
      double w = fraction(bar.value(), max) * plot;
      svg.labelled(labelWidth - 8, y + 16, "end", bar.label());
      svg.raw("<rect class=\"bar\" x=\"" + n(labelWidth) + "\" y=\"" + n(y + 4) + "\" width=\"" + n(w)
          + "\" height=\"" + n(rowHeight - 8) + "\" fill=\"" + PALETTE.get(0) + "\"><title>"
          + Svg.escape(bar.label() + ": " + value(bar.value(), chart.kind(), locale)) + "</title></rect>");
      svg.text(labelWidth + w + 6, y + 16, "start", "value", value(bar.value(), chart.kind(), locale));
      i++;
    }
    double axisY = top + chart.bars().size() * rowHeight + 2;
    svg.raw("<line x1=\"" + n(labelWidth) + "\" y1=\"" + n(top) + "\" x2=\"" + n(labelWidth) + "\" y2=\""
        + n(axisY) + "\" stroke=\"#555555\"/>");
    svg.text(labelWidth + plot / 2, axisY + 20, "middle", "axis-title", chart.valueTitle());
    return svg.close();
  }

  private static String verticalBars(BarChart chart, ReportLocale locale) {
    int height = 320;
    int left = 60;
    int bottom = 70;
    int top = 20;
    double plotW = WIDTH - left - 20;
    double plotH = height - top - bottom;
    BigDecimal max = scaleMax(chart.bars().stream().map(BarChart.Bar::value).toList(), chart.kind());
    Svg svg = new Svg(WIDTH, height, chart.title());
    gridY(svg, left, top, plotW, plotH, max, chart.kind(), locale);
    double slot = plotW / chart.bars().size();
    int i = 0;
    for (BarChart.Bar bar : chart.bars()) {
      double h = fraction(bar.value(), max) * plotH;
      double x = left + i * slot + slot * 0.15;
      svg.raw("<rect class=\"bar\" x=\"" + n(x) + "\" y=\"" + n(top + plotH - h) + "\" width=\"" + n(slot * 0.7)
          + "\" height=\"" + n(h) + "\" fill=\"" + PALETTE.get(0) + "\"><title>"
          + Svg.escape(bar.label() + ": " + value(bar.value(), chart.kind(), locale)) + "</title></rect>");
      svg.labelled(left + i * slot + slot / 2, top + plotH + 16, "middle", shorten(bar.label(), 12), bar.label());
      i++;
    }
    svg.text(left + plotW / 2, height - 10, "middle", "axis-title", chart.categoryTitle());
    return svg.close();
  }

  private static String lines(LineChart chart, ReportLocale locale) {
    int height = 340;
    int left = 70;
    int top = 20 + 18 * ((chart.series().size() + 2) / 3);
    int bottom = 60;
    double plotW = WIDTH - left - 30;
    double plotH = height - top - bottom;
    List<BigDecimal> all = new ArrayList<>();
    chart.series().forEach(s -> s.values().forEach(v -> v.ifPresent(all::add)));
    BigDecimal max = scaleMax(all, chart.kind());
    Svg svg = new Svg(WIDTH, height, chart.title());
    for (int s = 0; s < chart.series().size(); s++) {
      double lx = 10 + (s % 3) * 235.0;
      double ly = 12 + (s / 3) * 18.0;
      String colour = PALETTE.get(s % PALETTE.size());
      svg.raw("<rect x=\"" + n(lx) + "\" y=\"" + n(ly - 9) + "\" width=\"14\" height=\"4\" fill=\"" + colour + "\"/>");
      svg.labelled(lx + 20, ly, "start", shorten(chart.series().get(s).name(), 30), chart.series().get(s).name());
    }
    gridY(svg, left, top, plotW, plotH, max, chart.kind(), locale);
    int count = chart.categories().size();
    double step = count > 1 ? plotW / (count - 1) : 0;
    int every = Math.max(1, (int) Math.ceil(count / 12.0));
    for (int i = 0; i < count; i++) {
      if (i % every == 0) {
        double x = left + (count > 1 ? i * step : plotW / 2);
        svg.labelled(x, top + plotH + 16, "middle", shorten(chart.categories().get(i), 10), chart.categories().get(i));
      }
    }
    for (int s = 0; s < chart.series().size(); s++) {
      LineChart.Series series = chart.series().get(s);
      String colour = PALETTE.get(s % PALETTE.size());
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < count; i++) {
        Optional<BigDecimal> v = series.values().get(i);
        double x = left + (count > 1 ? i * step : plotW / 2);
        if (v.isPresent()) {
          double y = top + plotH - fraction(v.get(), max) * plotH;
          points.append(points.length() == 0 ? "" : " ").append(n(x)).append(',').append(n(y));
          svg.raw("<circle class=\"point\" cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"3\" fill=\"" + colour
              + "\"><title>" + Svg.escape(series.name() + ", " + chart.categories().get(i) + ": "
                  + value(v.get(), chart.kind(), locale)) + "</title></circle>");
        } else {
          flushLine(svg, points, colour);
        }
      }
      flushLine(svg, points, colour);
    }
    svg.text(left + plotW / 2, height - 12, "middle", "axis-title", chart.categoryTitle());
    return svg.close();
  }

  private static void flushLine(Svg svg, StringBuilder points, String colour) {
    if (points.indexOf(" ") > 0) {
      svg.raw("<polyline class=\"series\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" points=\""
          + points + "\"/>");
    }
    points.setLength(0);
  }

  private static String pie(ShareChart chart, ReportLocale locale) {
    int legendRows = chart.slices().size();
    int height = Math.max(260, 30 + legendRows * 22);
    double cx = 130;
    double cy = 130;
    double r = 110;
    Svg svg = new Svg(WIDTH, height, chart.title());
    BigDecimal total = chart.total();
    double angle = -Math.PI / 2;
    int i = 0;
    for (ShareChart.Slice slice : chart.slices()) {
      String colour = PALETTE.get(i % PALETTE.size());
      String tip = Svg.escape(slice.label() + ": " + locale.formatDecimal(slice.value())
          + chart.shareOf(slice).map(p -> " (" + locale.formatPercent(p) + ")").orElse(""));
      double sweep = fraction(slice.value(), total) * 2 * Math.PI;
      if (sweep >= 2 * Math.PI - 1e-9) {
        svg.raw("<circle class=\"slice\" cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(r) + "\" fill=\""
            + colour + "\"><title>" + tip + "</title></circle>");
      } else if (sweep > 0) {
        double x1 = cx + r * Math.cos(angle);
        double y1 = cy + r * Math.sin(angle);
        double x2 = cx + r * Math.cos(angle + sweep);
        double y2 = cy + r * Math.sin(angle + sweep);
        svg.raw("<path class=\"slice\" d=\"M" + n(cx) + "," + n(cy) + " L" + n(x1) + "," + n(y1) + " A" + n(r)
            + "," + n(r) + " 0 " + (sweep > Math.PI ? 1 : 0) + ",1 " + n(x2) + "," + n(y2) + " Z\" fill=\""
            + colour + "\" stroke=\"#ffffff\"><title>" + tip + "</title></path>");
      }
      angle += sweep;
      double ly = 30 + i * 22;
      svg.raw("<rect x=\"290\" y=\"" + n(ly - 11) + "\" width=\"12\" height=\"12\" fill=\"" + colour + "\"/>");
      svg.labelled(310, ly, "start", shorten(slice.label(), 40) + ": " + locale.formatDecimal(slice.value())
          + chart.shareOf(slice).map(p -> " (" + locale.formatPercent(p) + ")").orElse(""), slice.label());
      i++;
    }
    if (chart.style() == ShareChart.Style.DONUT) {
      svg.raw("<circle cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(r * 0.55) + "\" fill=\"#ffffff\"/>");
      svg.text(cx, cy + 5, "middle", "total", locale.formatDecimal(total));
    }
    return svg.close();
  }

  private static String stackedBar(ShareChart chart, ReportLocale locale) {
    int height = 70 + chart.slices().size() * 22;
    Svg svg = new Svg(WIDTH, height, chart.title());
    BigDecimal total = chart.total();
    double x = 10;
    double plot = WIDTH - 20;
    int i = 0;
    for (ShareChart.Slice slice : chart.slices()) {
      String colour = PALETTE.get(i % PALETTE.size());
      double w = fraction(slice.value(), total) * plot;
      svg.raw("<rect class=\"slice\" x=\"" + n(x) + "\" y=\"10\" width=\"" + n(w) + "\" height=\"30\" fill=\""
          + colour + "\"><title>" + Svg.escape(slice.label() + ": " + locale.formatDecimal(slice.value()))
          + "</title></rect>");
      x += w;
      double ly = 62 + i * 22;
      svg.raw("<rect x=\"10\" y=\"" + n(ly - 11) + "\" width=\"12\" height=\"12\" fill=\"" + colour + "\"/>");
      svg.labelled(30, ly, "start", shorten(slice.label(), 60) + ": " + locale.formatDecimal(slice.value())
          + chart.shareOf(slice).map(p -> " (" + locale.formatPercent(p) + ")").orElse(""), slice.label());
      i++;
    }
    return svg.close();
  }

  private static String timeline(TimelineChart chart, ReportLocale locale) {
    int rowHeight = 24;
    int top = 30;
    int labelWidth = 230;
    int height = top + chart.items().size() * rowHeight + 20;
    double plot = WIDTH - labelWidth - 20;
    LocalDate first = chart.items().stream().map(TimelineChart.Item::start).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = chart.items().stream().map(TimelineChart.Item::end).max(LocalDate::compareTo).orElseThrow();
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    double perDay = plot / days;
    Svg svg = new Svg(WIDTH, height, chart.title());
    // Month boundaries as ticks when the span is long, otherwise the first and last day only.
    LocalDate tick = first.withDayOfMonth(1).plusMonths(1);
    svg.text(labelWidth, 16, "start", "tick", locale.formatDate(first));
    svg.text(WIDTH - 20, 16, "end", "tick", locale.formatDate(last));
    while (tick.isBefore(last) && days > 45) {
      double x = labelWidth + ChronoUnit.DAYS.between(first, tick) * perDay;
      svg.raw("<line x1=\"" + n(x) + "\" y1=\"" + (top - 6) + "\" x2=\"" + n(x) + "\" y2=\"" + (height - 20)
          + "\" stroke=\"#dddddd\"/>");
      if (x > labelWidth + 80 && x < WIDTH - 100) {
        svg.text(x, 16, "middle", "tick", String.format(Locale.ROOT, "%02d/%d", tick.getMonthValue(), tick.getYear()));
      }
      tick = tick.plusMonths(1);
    }
    int i = 0;
    for (TimelineChart.Item item : chart.items()) {
      double y = top + i * rowHeight;
      double x = labelWidth + ChronoUnit.DAYS.between(first, item.start()) * perDay;
      double w = Math.max(2, (ChronoUnit.DAYS.between(item.start(), item.end()) + 1) * perDay);
      svg.labelled(labelWidth - 8, y + 16, "end", item.label());
      svg.raw("<rect class=\"item\" x=\"" + n(x) + "\" y=\"" + n(y + 4) + "\" width=\"" + n(w) + "\" height=\""
          + n(rowHeight - 8) + "\" rx=\"3\" fill=\"" + PALETTE.get(i % PALETTE.size()) + "\"><title>"
          + Svg.escape(item.label() + ": " + locale.formatDate(item.start()) + " – " + locale.formatDate(item.end()))
          + "</title></rect>");
      i++;
    }
    return svg.close();
  }

  private static void gridY(
      Svg svg, int left, int top, double plotW, double plotH, BigDecimal max, ValueKind kind, ReportLocale locale) {
    int divisions = divisions(max);
    for (int g = 0; g <= divisions; g++) {
      BigDecimal tickValue = max.multiply(BigDecimal.valueOf(g))
          .divide(BigDecimal.valueOf(divisions), 4, RoundingMode.HALF_UP).stripTrailingZeros();
      if (tickValue.scale() < 0) {
        tickValue = tickValue.setScale(0, RoundingMode.UNNECESSARY);
      }
      double y = top + plotH - plotH * g / divisions;
      svg.raw("<line x1=\"" + left + "\" y1=\"" + n(y) + "\" x2=\"" + n(left + plotW) + "\" y2=\"" + n(y)
          + "\" stroke=\"" + (g == 0 ? "#555555" : "#dddddd") + "\"/>");
      svg.text(left - 6, y + 4, "end", "tick", value(tickValue, kind, locale));
    }
  }

  /** The number of grid steps: 5, 4 or 2, the first whose step needs no more decimals than the axis top. */
  static int divisions(BigDecimal max) {
    int scale = Math.max(0, max.stripTrailingZeros().scale());
    for (int divisions : new int[] {5, 4, 2}) {
      BigDecimal step = max.divide(BigDecimal.valueOf(divisions), 4, RoundingMode.HALF_UP).stripTrailingZeros();
      if (Math.max(0, step.scale()) <= scale) {
        return divisions;
      }
    }
    return 4;
  }

  /** The top of the value axis: the largest value rounded up to 1, 2, 2.5 or 5 times a power of ten. */
  static BigDecimal scaleMax(List<BigDecimal> values, ValueKind kind) {
    BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    if (kind == ValueKind.PERCENT && max.compareTo(BigDecimal.valueOf(100)) <= 0) {
      return BigDecimal.valueOf(100);
    }
    if (max.signum() <= 0) {
      return BigDecimal.ONE;
    }
    BigDecimal power = BigDecimal.ONE.movePointRight(max.precision() - max.scale() - 1);
    for (String step : List.of("1", "2", "2.5", "5", "10")) {
      BigDecimal candidate = power.multiply(new BigDecimal(step));
      if (candidate.compareTo(max) >= 0) {
        return candidate.stripTrailingZeros().setScale(Math.max(0, candidate.stripTrailingZeros().scale()));
      }
    }
    return power.multiply(BigDecimal.TEN);
  }

  private static double fraction(BigDecimal value, BigDecimal max) {
    if (max.signum() == 0) {
      return 0;
    }
    double f = value.divide(max, 6, RoundingMode.HALF_UP).doubleValue();
    return Math.max(0, Math.min(1, f));
  }

  private static String value(BigDecimal value, ValueKind kind, ReportLocale locale) {
    return kind == ValueKind.PERCENT ? locale.formatPercent(value) : locale.formatDecimal(value);
  }

  static String shorten(String text, int max) {
    int length = text.codePointCount(0, text.length());
    if (length <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static String n(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Accumulates the markup of one SVG element. */
  private static final class Svg {
    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height, String title) {
      out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(width)
          .append(' ').append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(title))
          .append("\" font-family=\"sans-serif\" font-size=\"12\"><title>").append(escape(title))
          .append("</title>");
    }

    void raw(String markup) {
      out.append(markup);
    }

    void text(double x, double y, String anchor, String cssClass, String text) {
      out.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
          .append("\" text-anchor=\"").append(anchor).append("\">").append(escape(text)).append("</text>");
    }

    void labelled(double x, double y, String anchor, String label) {
      labelled(x, y, anchor, shorten(label, LABEL_CHARS), label);
    }

    /** A label that may be shortened, with the whole text as its tooltip. */
    void labelled(double x, double y, String anchor, String shown, String whole) {
      out.append("<text class=\"label\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
          .append("\" text-anchor=\"").append(anchor).append("\"><title>").append(escape(whole)).append("</title>")
          .append(escape(shown)).append("</text>");
    }

    String close() {
      return out.append("</svg>").toString();
    }

    static String escape(String text) {
      StringBuilder b = new StringBuilder(text.length() + 16);
      text.codePoints().forEach(c -> {
        switch (c) {
          case '&' -> b.append("&amp;");
          case '<' -> b.append("&lt;");
          case '>' -> b.append("&gt;");
          case '"' -> b.append("&quot;");
          case '\'' -> b.append("&#39;");
          default -> {
            // Control characters are not allowed in XML 1.0; they are dropped rather than break the document.
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
              b.appendCodePoint(c);
            }
          }
        }
      });
      return b.toString();
    }
  }
}
