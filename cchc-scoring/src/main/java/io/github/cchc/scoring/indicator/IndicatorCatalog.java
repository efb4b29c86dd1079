package io.github.cchc.scoring.indicator;

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
 * tasks.*}); users add their own in
 * the same text format.
 *
 * <p>The format is one indicator per line, seven tab-separated columns: code, area (a {@link ReformArea} constant),
 * unit (an {@link IndicatorUnit} constant or label), value type, time aggregation, group heading (may be empty) and
 * Vietnamese name. Blank lines and lines starting with {@code #} are skipped.
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

  private final Map<String, Indicator> byCode;

  private IndicatorCatalog(Map<String, Indicator> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  private static final class BuiltIn {
    static final IndicatorCatalog PHU_LUC = resource(PHU_LUC_II);
    static final IndicatorCatalog ALL = PHU_LUC.plus(resource(DOSSIER_INDICATORS)).plus(resource(TASK_INDICATORS));
  }

  /**
   * Returns the built-in catalogue: every row of Phụ lục II, the dossier indicators {@code dossiers.*} and the task
   * indicators {@code tasks.*}.
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
   * Returns the codes of every built-in indicator: the Phụ lục II codes and the {@code dossiers.*} and {@code tasks.*}
   * ids. Other modules
   * check the indicator ids they refer to against this set.
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
   * @throws InvalidCatalogException if two indicators share a code
   */
  public static IndicatorCatalog of(Collection<Indicator> indicators) {
    Objects.requireNonNull(indicators, "indicators");
    Map<String, Indicator> map = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      Objects.requireNonNull(i, "indicator");
      if (map.putIfAbsent(i.code(), i) != null) {
        throw new InvalidCatalogException("Duplicate indicator code '" + i.code() + "'");
      }
    }
    return new IndicatorCatalog(map);
  }

  /**
   * Parses a catalogue in the text format.
   *
   * @param text the text
   * @return the catalogue
   * @throws InvalidCatalogException if a line is malformed, naming the line number and the bad value
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
   * @throws InvalidCatalogException if a line is malformed, naming the line number and the bad value
   */
  public static IndicatorCatalog read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<Indicator> list = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 7) {
        throw new InvalidCatalogException("Catalogue line " + number + ": expected 7 tab-separated columns (code, "
            + "area, unit, value type, time aggregation, group, name), found " + cols.length + ": '" + line + "'");
      }
      try {
        list.add(new Indicator(cols[0], cols[6], ReformArea.valueOf(cols[1].strip()), IndicatorUnit.parse(cols[2]),
            ValueType.valueOf(cols[3].strip()), TimeAggregation.valueOf(cols[4].strip()), cols[5]));
      } catch (IllegalArgumentException e) {
        throw new InvalidCatalogException("Catalogue line " + number + ": " + e.getMessage(), e);
      }
    }
    try {
      return of(list);
    } catch (InvalidCatalogException e) {
      throw new InvalidCatalogException("Catalogue: " + e.getMessage(), e);
    }
  }

  /**
   * Returns this catalogue followed by another one's indicators.
   *
   * @param other the indicators to add
   * @return the combined catalogue
   * @throws InvalidCatalogException if a code is in both
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
   * @throws UnknownIndicatorException if the code is not in the catalogue
   */
  public Indicator require(String code) {
    Indicator i = byCode.get(Objects.requireNonNull(code, "code"));
    if (i == null) {
      throw new UnknownIndicatorException(code);
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
