package io.github.cchc.reporting;

import io.github.cchc.scoring.indicator.Indicator;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.ValueType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of Phụ lục II as the Sơn La outline prints them, read from {@code phu-luc-ii-layout.tsv}: its two parts,
 * numbered headings and sub-headings, and for each indicator the seed's STT, name and unit, how its value is written
 * and which input fills it.
 */
final class PhuLucIILayout {

  /** What a line of the table is. */
  enum Kind {
    /** A part, "I" or "II". */
    PART,
    /** A numbered heading of a part, "1" to "6". */
    HEADING,
    /** A heading under a heading, such as "2.1 Thống kê TTHC". */
    SUBHEADING,
    /** An indicator. */
    ROW
  }

  /** How a value is written, after the seed's unit. */
  enum Form {
    /** A whole number. */
    COUNT(ValueType.COUNT),
    /** A percentage. */
    PERCENT(ValueType.PERCENT),
    /** 0 or 1 for one unit. */
    FLAG(ValueType.FLAG),
    /** "95.530 hồ sơ = 95,57%". */
    SHARE(ValueType.COUNT_WITH_SHARE),
    /** "3/5", a count of a total. */
    FRACTION(ValueType.COUNT_WITH_SHARE),
    /** "12/20 = 60%". */
    FRACTION_SHARE(ValueType.COUNT_WITH_SHARE),
    /** "3/120", two counts. */
    PAIR(ValueType.PAIR);

    final ValueType valueType;

    Form(ValueType valueType) {
      this.valueType = valueType;
    }
  }

  /** The input that fills a row, named in the note of a row left blank. */
  enum Source {
    /** Procedure dossiers. */
    DOSSIERS("Cần dữ liệu hồ sơ TTHC", "Needs the procedure dossiers"),
    /** Procedure dossiers broken down by field. */
    DOSSIER_FIELDS("Cần dữ liệu hồ sơ TTHC theo lĩnh vực", "Needs the procedure dossiers by field"),
    /** The reform plan and its tracking. */
    PLAN("Cần kế hoạch CCHC", "Needs the reform plan"),
    /** The inspection plan and its findings. */
    INSPECTION("Cần kế hoạch, kết quả kiểm tra", "Needs the inspection plan and findings"),
    /** An observations file. */
    OBSERVATIONS("Cần tệp số liệu bổ sung", "Needs an observations file");

    final String vi;
    final String en;

    Source(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }
  }

  /**
   * One line of the table.
   *
   * @param kind what it is
   * @param stt the seed's STT, empty where it prints none
   * @param indicator the indicator of a row
   * @param form how a row's value is written
   * @param noun the counted noun of a {@link Form#SHARE}, else empty
   * @param source the input that fills a row
   * @param unit the seed's unit, empty for a heading
   * @param name the seed's name
   */
  record Line(Kind kind, String stt, Optional<Indicator> indicator, Optional<Form> form, String noun,
      Optional<Source> source, String unit, String name) {

    /** Returns the STT to print: the seed's, or the indicator's code where the seed prints none. */
    String number() {
      return stt.isEmpty() ? indicator.map(Indicator::code).orElse("") : stt;
    }
  }

  private static final List<Line> LINES = read();
  private static final Map<String, Line> BY_CODE = byCode();

  private PhuLucIILayout() {}

  /** Returns the lines in table order. */
  static List<Line> lines() {
    return LINES;
  }

  /** Returns the line of an indicator of the table. */
  static Optional<Line> line(String code) {
    return Optional.ofNullable(BY_CODE.get(Objects.requireNonNull(code, "code")));
  }

  private static Map<String, Line> byCode() {
    Map<String, Line> map = new LinkedHashMap<>();
    for (Line l : LINES) {
      l.indicator().ifPresent(i -> map.put(i.code(), l));
    }
    return map;
  }

  private static List<Line> read() {
    IndicatorCatalog catalog = IndicatorCatalog.phuLucII();
    List<Line> lines = new ArrayList<>();
    try (InputStream in = PhuLucIILayout.class.getResourceAsStream("phu-luc-ii-layout.tsv")) {
      if (in == null) {
        throw new IllegalStateException("Resource missing: phu-luc-ii-layout.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] c = text.split("\t", -1);
        if (c.length != 8) {
          throw new IllegalStateException("phu-luc-ii-layout.tsv line " + number + ": 8 columns expected: " + text);
        }
        Kind kind = Kind.valueOf(c[0]);
        if (kind == Kind.ROW) {
          Indicator indicator = catalog.require(c[2]);
          Form form = Form.valueOf(c[3]);
          if (form.valueType != indicator.valueType()) {
            throw new IllegalStateException("phu-luc-ii-layout.tsv line " + number + ": " + form + " does not fit "
                + indicator.code() + ", a " + indicator.valueType());
          }
          lines.add(new Line(kind, c[1], Optional.of(indicator), Optional.of(form), c[4],
              Optional.of(Source.valueOf(c[5])), c[6], c[7]));
        } else {
          lines.add(new Line(kind, c[1], Optional.empty(), Optional.empty(), "", Optional.empty(), c[6], c[7]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read phu-luc-ii-layout.tsv", e);
    }
    return List.copyOf(lines);
  }
}
