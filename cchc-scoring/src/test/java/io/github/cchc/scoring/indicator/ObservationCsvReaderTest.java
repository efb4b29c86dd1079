package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ObservationCsvReaderTest {

  private static final ReportPeriod Y2024 = ReportPeriod.ofYear(2024);
  private static final ObservationCsvReader READER = ObservationCsvReader.of(IndicatorCatalog.phuLucII());

  private static ObservationSet parse(String text) {
    return READER.parse(text, "so-lieu.csv");
  }

  private static InputFormatException error(String text) {
    return assertThrows(InputFormatException.class, () -> parse(text));
  }

  @Test
  @DisplayName("Mỗi dạng giá trị theo kiểu của chỉ tiêu: số, tỷ lệ, số = %, có/không, hai số")
  void eachValueIsReadAfterItsIndicatorsValueType() {
    ObservationSet o = parse("""
        code,unit,period,value,note
        I.1.3,TB,2024,12,văn bản chỉ đạo
        3.2.1,TB,2024,1.234,
        2.4.4,TB,2024,3/120,
        6.7.1,TB,2024, 12 / 8 ,
        2.4.5,TB,2024,Có,
        2.4.6,TB,2024,0,
        6.3.2,TB,2024,"85,5%",
        6.6.5,TB,2024,171/200,
        6.5.1,TB,2024,20/22,
        """);
    assertEquals(9, o.size());
    assertEquals(Optional.of(IndicatorValue.count(12)), o.value("I.1.3", "TB", Y2024));
    assertEquals(Optional.of(IndicatorValue.count(1234)), o.value("3.2.1", "TB", Y2024));
    assertEquals(Optional.of(IndicatorValue.pair(3, 120)), o.value("2.4.4", "TB", Y2024));
    assertEquals(Optional.of(IndicatorValue.pair(12, 8)), o.value("6.7.1", "TB", Y2024));
    assertEquals(Optional.of(IndicatorValue.flag(true)), o.value("2.4.5", "TB", Y2024));
    assertEquals(Optional.of(IndicatorValue.flag(false)), o.value("2.4.6", "TB", Y2024));
    assertEquals(Optional.of(IndicatorValue.reportedPercent(new BigDecimal("85.5"))), o.value("6.3.2", "TB", Y2024));
    assertEquals(Optional.of(IndicatorValue.ratio(171, 200)), o.value("6.6.5", "TB", Y2024));
    assertEquals(Optional.of(IndicatorValue.ratio(20, 22)), o.value("6.5.1", "TB", Y2024));
  }

  @Test
  void vietnameseHeadersASemicolonABomAndBlankRowsAreRead() {
    ObservationSet o = parse("\uFEFFGiá trị;Kỳ;Đơn vị;Mã chỉ tiêu\r\n40;2023;TB;I.1.1\r\n;;;\r\n41;2024Q4;TB;I.1.1\r\n");
    assertEquals(Optional.of(IndicatorValue.count(40)), o.value("I.1.1", "TB", ReportPeriod.ofYear(2023)));
    assertEquals(Optional.of(IndicatorValue.count(41)), o.value("I.1.1", "TB", ReportPeriod.parse("2024Q4")));
  }

  @Test
  @DisplayName("Lỗi nêu tệp, dòng, cột, giá trị, bằng tiếng Việt và tiếng Anh")
  void anErrorNamesTheLineTheColumnAndTheValueInBothLanguages() {
    InputFormatException e = error("code,unit,period,value\nI.1.3,TB,2024,12\n2.4.4,TB,2024,3\n");
    assertEquals(3, e.line());
    assertEquals(4, e.column());
    assertEquals("value", e.path());
    assertEquals("so-lieu.csv: value (line 3, column 4): indicator 2.4.4 needs two whole numbers a/b (such as 3/120),"
        + " found '3'", e.getMessage());
    assertEquals("so-lieu.csv: value (dòng 3, cột 4): chỉ tiêu 2.4.4 cần hai số a/b (như 3/120), gặp '3'",
        e.message(Locale.forLanguageTag("vi")));
    assertEquals("chỉ tiêu 2.4.4 cần hai số a/b (như 3/120), gặp '3'", e.problem(Locale.forLanguageTag("vi")));
  }

  @Test
  void everyKindOfProblemIsNamed() {
    assertEquals("so-lieu.csv: empty file: no header row (code, unit, period, value)", error("").getMessage());
    assertEquals("so-lieu.csv: (line 1): missing required column 'period' (kỳ)",
        error("code,unit,value\nI.1.3,TB,1\n").getMessage());
    assertEquals("so-lieu.csv: (line 1, column 4): column 'code' (mã chỉ tiêu) appears twice",
        error("code,unit,period,Mã chỉ tiêu,value\n").getMessage());
    assertEquals("so-lieu.csv: (line 2): the row has 3 cells, the header 4",
        error("code,unit,period,value\nI.1.3,TB,2024\n").getMessage());
    assertEquals("so-lieu.csv: unit (line 2, column 2): required cell is empty",
        error("code,unit,period,value\nI.1.3,,2024,1\n").getMessage());
    assertEquals("so-lieu.csv: code (line 2, column 1): no indicator with this code: 'tasks.set'",
        error("code,unit,period,value\ntasks.set,TB,2024,1\n").getMessage());
    assertEquals("so-lieu.csv: period (line 2, column 3): expected a period such as 2024, 2024S1, 2024Q1 or 2024-03, "
        + "found '2024Q5'",
        error("code,unit,period,value\nI.1.3,TB,2024Q5,1\n").getMessage());
    assertEquals("so-lieu.csv: value (line 2, column 4): indicator I.1.3 needs a whole number (such as 12), found "
        + "'1,5'",
        error("code,unit,period,value\nI.1.3,TB,2024,\"1,5\"\n").getMessage());
    assertEquals("so-lieu.csv: value (line 2, column 4): indicator 2.4.5 needs yes or no (1 or 0), found 'x'",
        error("code,unit,period,value\n2.4.5,TB,2024,x\n").getMessage());
    assertEquals("so-lieu.csv: value (line 2, column 4): indicator 6.3.2 needs a percentage from 0 to 100 (such as "
        + "85.5%) or a "
        + "numerator/denominator (such as 171/200), found '120%'",
        error("code,unit,period,value\n6.3.2,TB,2024,120%\n").getMessage());
    assertEquals("so-lieu.csv: value (line 2, column 4): indicator 2.4.1 needs a count and its total, count/total "
        + "(such as 95/120), "
        + "found '95'", error("code,unit,period,value\n2.4.1,TB,2024,95\n").getMessage());
    assertEquals("so-lieu.csv: (line 3): unclosed quote", error("code,unit,period,value\nI.1.3,TB,2024,1\n\"I.1.3,TB\n")
        .getMessage());
  }

  @Test
  void aFigureGivenTwiceForOverlappingPeriodsIsAnError() {
    assertEquals("so-lieu.csv: period (line 3, column 3): indicator I.1.3 of unit TB is already given on line 2 for "
        + "2024",
        error("code,unit,period,value\nI.1.3,TB,2024,1\nI.1.3,TB,2024,2\n").getMessage());
    assertEquals("so-lieu.csv: period (line 3, column 3): indicator I.1.3 of unit TB is already given on line 2 for "
        + "2024, which "
        + "overlaps 2024Q2", error("code,unit,period,value\nI.1.3,TB,2024,1\nI.1.3,TB,2024Q2,2\n").getMessage());
    ObservationSet quarters = parse("code,unit,period,value\nI.1.3,TB,2024Q1,1\nI.1.3,TB,2024Q2,2\nI.1.3,X,2024,5\n");
    assertEquals(3, quarters.size());
  }

  @Test
  void unitsAreCheckedAgainstADirectoryWhenOneIsGiven() {
    OrgDirectory dir = OrgDirectory.of(OrgUnit.builder().id("TB").name("UBND tỉnh Thái Bình").kind(OrgKind.PROVINCE)
        .build());
    ObservationCsvReader reader = READER.directory(dir);
    assertEquals(1, reader.parse("code,unit,period,value\nI.1.3,TB,2024,1\n", "a.csv").size());
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> reader.parse("code,unit,period,value\nI.1.3,TB-X,2024,1\n", "a.csv"));
    assertEquals("a.csv: unit (line 2, column 2): unit not in the directory: 'TB-X'", e.getMessage());
  }

  @Test
  void aQuotedCellMayHoldTheDelimiterAndALineBreak() {
    ObservationSet o = parse("code,unit,period,value,note\nI.1.3,TB,2024,7,\"một, hai\nba\"\nI.2.1,TB,2024,4,\n");
    assertEquals(Optional.of(IndicatorValue.count(4)), o.value("I.2.1", "TB", Y2024));
    InputFormatException e = error("code,unit,period,value,note\nI.1.3,TB,2024,7,\"a\nb\"\nI.2.1,TB,2024,x,\n");
    assertEquals(4, e.line(), "lines are counted through a quoted line break");
  }
}
