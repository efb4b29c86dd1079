package io.github.cchc.scoring.indicator;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.json.internal.Message;
import io.github.cchc.core.json.internal.Problems;
import io.github.cchc.core.plan.ReformArea;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A catalogue of indicators, looked up by code. The built-in catalogue holds every row of Phụ lục II of the Sơn La
 * report outline, the indicators computed from procedure dossiers ({@code dossiers.*}) and from plan tasks ({@code
 * tasks.*}), and the self-inspection share {@code inspection.selfInspectedShare}; users add their own in the same
 * text format.
 *
 * <p>The format is one indicator per line, seven tab-separated columns: code, area (a {@link ReformArea} constant),
 * unit (an {@link IndicatorUnit} constant or label), value type, time aggregation, group heading (may be empty) and
 * Vietnamese name. Blank lines and lines starting with {@code #} are skipped, and so is a byte-order mark at the start.
 *
 * <pre>{@code
 * IndicatorCatalog mine = IndicatorCatalog.builtIn().plus(IndicatorCatalog.parse(
 *     "X.1\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tSố hồ sơ tiếp nhận tại bộ phận một cửa\n"));
 * mine.require("2.4.1").name();   // "Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết đúng hạn"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorCatalog {
  private static final String PHU_LUC_II = "phu-luc-ii.tsv";
  private static final String DOSSIER_INDICATORS = "dossier-indicators.tsv";
  private static final String TASK_INDICATORS = "task-indicators.tsv";
  private static final String INSPECTION_INDICATORS = "inspection-indicators.tsv";

  /** The source a catalogue text is named by in errors. */
  private static final String SOURCE = "<catalogue>";

  private final Map<String, Indicator> byCode;

  private IndicatorCatalog(Map<String, Indicator> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  private static final class BuiltIn {
    static final IndicatorCatalog PHU_LUC = resource(PHU_LUC_II);
    static final IndicatorCatalog ALL = PHU_LUC.plus(resource(DOSSIER_INDICATORS)).plus(resource(TASK_INDICATORS))
        .plus(resource(INSPECTION_INDICATORS));
  }

  /**
   * Returns the built-in catalogue: every row of Phụ lục II, the dossier indicators {@code dossiers.*}, the task
   * indicators {@code tasks.*} (among them {@code tasks.doneRate}, tasks done ÷ tasks set) and {@code
   * inspection.selfInspectedShare} (subordinate units self-inspected in the year ÷ subordinate units).
   *
   * @return the catalogue
   */
  public static IndicatorCatalog builtIn() {
    return BuiltIn.ALL;
  }

  /**
   * Returns the rows of Phụ lục II alone, in the table's order.
   *
   * @return the catalogue
   */
  public static IndicatorCatalog phuLucII() {
    return BuiltIn.PHU_LUC;
  }

  /**
   * Returns the codes of every built-in indicator: the codes of {@link #builtIn()}, that is the Phụ lục II codes and
   * the {@code dossiers.*}, {@code tasks.*} and {@code inspection.*} ids. Scorecards check the indicator ids of their
   * derived criteria against this set: {@code scorecard.requireKnownIndicators(IndicatorCatalog.knownIds())}.
   *
   * <p>This method is static: it always answers for the built-in catalogue, whatever instance it is called on. For a
   * catalogue with indicators of your own, use that catalogue's {@link #codes()}.
   *
   * @return the codes, in catalogue order
   */
  public static Set<String> knownIds() {
    return BuiltIn.ALL.codes();
  }

  private static IndicatorCatalog resource(String name) {
    try (InputStream in = IndicatorCatalog.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Built-in catalogue resource missing: " + name);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the built-in catalogue " + name, e);
    }
  }

  /**
   * Returns a catalogue of the given indicators, in the given order.
   *
   * @param indicators the indicators
   * @return the catalogue
   * @throws ModelRuleException if two indicators share a code
   */
  public static IndicatorCatalog of(Collection<Indicator> indicators) {
    Objects.requireNonNull(indicators, "indicators");
    Map<String, Indicator> map = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      Objects.requireNonNull(i, "indicator");
      if (map.putIfAbsent(i.code(), i) != null) {
        throw Errors.rule(ModelRuleException.Kind.INDICATOR_CATALOG, i.code(),
            "Mã chỉ tiêu '" + i.code() + "' bị trùng", "Duplicate indicator code '" + i.code() + "'");
      }
    }
    return new IndicatorCatalog(map);
  }

  /**
   * Parses a catalogue in the text format.
   *
   * @param text the text
   * @return the catalogue
   * @throws InputFormatException if a line is malformed, naming the line number and the bad value (source {@code
   *     <catalogue>})
   * @throws ModelRuleException if two indicators share a code
   */
  public static IndicatorCatalog parse(String text) {
    try {
      return read(new StringReader(Objects.requireNonNull(text, "text")));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * Reads a catalogue in the text format. The reader is not closed.
   *
   * @param reader the reader
   * @return the catalogue
   * @throws IOException if reading fails
   * @throws InputFormatException if a line is malformed, naming the line number and the bad value (source {@code
   *     <catalogue>})
   * @throws ModelRuleException if two indicators share a code
   */
  public static IndicatorCatalog read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<Indicator> list = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) { // a byte-order mark, as editors save UTF-8 on Windows
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 7) {
        throw Errors.input(SOURCE, "", number, 0, new Message("cần 7 cột phân cách bằng tab (mã, lĩnh vực, đơn vị, "
            + "kiểu giá trị, cách gộp theo thời gian, nhóm, tên), gặp " + cols.length + ": " + Problems.quote(line),
            "expected 7 tab-separated columns (code, area, unit, value type, time aggregation, group, name), found "
            + cols.length + ": " + Problems.quote(line)), null);
      }
      try {
        list.add(new Indicator(cols[0], cols[6], ReformArea.valueOf(cols[1].strip()), IndicatorUnit.parse(cols[2]),
            ValueType.valueOf(cols[3].strip()), TimeAggregation.valueOf(cols[4].strip()), cols[5]));
      } catch (IllegalArgumentException e) {
        throw Errors.input(SOURCE, "", number, 0, Problems.refused(e), e);
      }
    }
    return of(list);
  }

  /**
   * Returns this catalogue followed by another one's indicators.
   *
   * @param other the indicators to add
   * @return the combined catalogue
   * @throws ModelRuleException if a code is in both
   */
  public IndicatorCatalog plus(IndicatorCatalog other) {
    Objects.requireNonNull(other, "other");
    List<Indicator> all = new ArrayList<>(byCode.values());
    all.addAll(other.byCode.values());
    return of(all);
  }

  /**
   * Returns the indicator with a code.
   *
   * @param code the code
   * @return the indicator, or empty if the code is unknown
   */
  public Optional<Indicator> indicator(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the indicator with a code, which must exist.
   *
   * @param code the code
   * @return the indicator
   * @throws UnknownReferenceException if the code is not in the catalogue
   */
  public Indicator require(String code) {
    Indicator i = byCode.get(Objects.requireNonNull(code, "code"));
    if (i == null) {
      throw Errors.unknown(UnknownReferenceException.Kind.INDICATOR, code, byCode.keySet());
    }
    return i;
  }

  /**
   * Tells whether a code is in the catalogue.
   *
   * @param code the code
   * @return true if present
   */
  public boolean contains(String code) {
    return byCode.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the codes, in catalogue order.
   *
   * @return the codes
   */
  public Set<String> codes() {
    return byCode.keySet();
  }

  /**
   * Returns the indicators, in catalogue order.
   *
   * @return the indicators
   */
  public List<Indicator> indicators() {
    return List.copyOf(byCode.values());
  }

  /**
   * Returns the indicators of one area, in catalogue order.
   *
   * @param area the area
   * @return the indicators
   */
  public List<Indicator> inArea(ReformArea area) {
    Objects.requireNonNull(area, "area");
    return byCode.values().stream().filter(i -> i.area() == area).toList();
  }

  /**
   * Returns the number of indicators.
   *
   * @return the size
   */
  public int size() {
    return byCode.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorCatalog c && List.copyOf(c.byCode.values()).equals(List.copyOf(byCode.values()));
  }

  @Override
  public int hashCode() {
    return List.copyOf(byCode.values()).hashCode();
  }

  /**
   * Returns the catalogue in its text format, which {@link #parse(String)} reads back.
   *
   * @return one line per indicator
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Indicator i : byCode.values()) {
      sb.append(i).append('\n');
    }
    return sb.toString();
  }
}
