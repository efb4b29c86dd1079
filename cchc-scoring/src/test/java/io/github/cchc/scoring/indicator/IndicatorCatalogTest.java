package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.core.plan.ReformArea;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IndicatorCatalogTest {

  @Test
  @DisplayName("Phụ lục II: thống kê số liệu về kết quả thực hiện công tác CCHC — every row of the table loads")
  void phuLucIiLoadsWithAllItsRows() {
    IndicatorCatalog c = IndicatorCatalog.phuLucII();
    // Counted in the seed table: 16 rows in part I, then 10, 19 (the district row of 2.4 holds two), 13, 22, 5 and 20 in areas 1 to 6.
    assertEquals(105, c.size());
    Map<ReformArea, Integer> perArea = new EnumMap<>(ReformArea.class);
    c.indicators().forEach(i -> perArea.merge(i.area(), 1, Integer::sum));
    assertEquals(Map.of(ReformArea.DIRECTION, 16, ReformArea.INSTITUTIONS, 10, ReformArea.PROCEDURES, 19,
        ReformArea.APPARATUS, 13, ReformArea.CIVIL_SERVICE, 22, ReformArea.PUBLIC_FINANCE, 5,
        ReformArea.DIGITAL_GOVERNMENT, 20), perArea);
  }

  @Test
  void rowsAreFoundByTheirStt() {
    IndicatorCatalog c = IndicatorCatalog.builtIn();
    Indicator onTime = c.require("2.4.1");
    assertEquals("Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết đúng hạn", onTime.name());
    assertEquals(IndicatorUnit.DOSSIER, onTime.unit());
    assertEquals(ValueType.COUNT_WITH_SHARE, onTime.valueType());
    assertEquals(ReformArea.PROCEDURES, onTime.area());

    Indicator tasks = c.require("I.1.1");
    assertEquals("Số nhiệm vụ đề ra trong kế hoạch", tasks.name());
    assertEquals("Kế hoạch cải cách hành chính", tasks.group());
    assertEquals(IndicatorUnit.TASK, tasks.unit());
    assertEquals(ReformArea.DIRECTION, tasks.area());

    assertEquals(ValueType.FLAG, c.require("2.4.5").valueType());
    assertEquals(IndicatorUnit.PERSON, c.require("3.2.1").unit());
    assertEquals(TimeAggregation.LAST, c.require("3.2.1").timeAggregation());
    assertEquals(TimeAggregation.SUM, c.require("3.2.4").timeAggregation());
    assertEquals(IndicatorUnit.PERCENT, c.require("6.6.5").unit());
    assertEquals("Tỷ lệ số hóa hồ sơ giải quyết thủ tục hành chính", c.require("6.6.5").name());
    assertEquals(ReformArea.PUBLIC_FINANCE, c.require("5.5").area());
    assertEquals(IndicatorUnit.MEETING, c.require("I.5").unit());
    assertEquals("Số VBQPPL đã rà soát", c.require("1.6").name());
  }

  @Test
  void builtInKnowsTheDossierIndicators() {
    for (String id : new String[] {"dossiers.received", "dossiers.finished", "dossiers.finishedOnTime",
        "dossiers.finishedLate", "dossiers.pendingOverdue", "dossiers.onTimeRate", "dossiers.onlineFullRate",
        "dossiers.onlinePartialRate", "dossiers.postalRate", "dossiers.digitizedRate", "dossiers.apologyRate"}) {
      assertTrue(IndicatorCatalog.builtIn().contains(id), id);
      assertTrue(IndicatorCatalog.knownIds().contains(id), id);
    }
    assertTrue(IndicatorCatalog.knownIds().contains("2.4.1"));
    assertFalse(IndicatorCatalog.phuLucII().contains("dossiers.received"));
    assertFalse(IndicatorCatalog.knownIds().contains("9.9.9"));
    assertEquals(IndicatorCatalog.phuLucII().size() + 12 + 9 + 1, IndicatorCatalog.builtIn().size());
    assertTrue(IndicatorCatalog.knownIds().contains("tasks.overdue"));
    assertEquals(IndicatorCatalog.builtIn().codes(), IndicatorCatalog.knownIds());
  }

  @Test
  void theTextFormatReadsBackWhatItWrites() {
    IndicatorCatalog c = IndicatorCatalog.builtIn();
    assertEquals(c, IndicatorCatalog.parse(c.toString()));
  }

  @Test
  void usersAddTheirOwnIndicatorsInTheSameFormat() {
    IndicatorCatalog mine = IndicatorCatalog.parse("# my indicators\n\n"
        + "X.1\tPROCEDURES\tHồ sơ\tCOUNT\tSUM\t\tSố hồ sơ tiếp nhận tại bộ phận một cửa\n");
    IndicatorCatalog all = IndicatorCatalog.builtIn().plus(mine);
    assertEquals(IndicatorUnit.DOSSIER, all.require("X.1").unit());
    assertEquals("", all.require("X.1").group());
    assertEquals(IndicatorCatalog.builtIn().size() + 1, all.size());
  }

  @Test
  void aMalformedLineIsNamed() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> IndicatorCatalog.parse(
        "X.1\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tMột\nX.2\tNOWHERE\tDOSSIER\tCOUNT\tSUM\t\tHai\n"));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("NOWHERE"), e.getMessage());
    e = assertThrows(InputFormatException.class, () -> IndicatorCatalog.parse("X.1\tPROCEDURES\tDOSSIER\n"));
    assertEquals(1, e.line());
    assertTrue(e.message(Locale.forLanguageTag("vi")).contains("cần 7 cột"), e.message(Locale.forLanguageTag("vi")));
  }

  @Test
  void aCodeCannotBeAddedTwice() {
    IndicatorCatalog mine = IndicatorCatalog.parse("2.4.1\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tTrùng\n");
    ModelRuleException e =
        assertThrows(ModelRuleException.class, () -> IndicatorCatalog.builtIn().plus(mine));
    assertTrue(e.getMessage().contains("2.4.1"));
  }

  @Test
  void anUnknownCodeIsNamed() {
    UnknownReferenceException e =
        assertThrows(UnknownReferenceException.class, () -> IndicatorCatalog.builtIn().require("7.1"));
    assertEquals("7.1", e.id());
    assertTrue(IndicatorCatalog.builtIn().indicator("7.1").isEmpty());
  }

  @Test
  @DisplayName("The rates that scorecards read are built-in indicators with a percent value")
  void theRatesThatScorecardsReadAreKnown() {
    Indicator done = IndicatorCatalog.builtIn().require("tasks.doneRate");
    assertEquals(ValueType.PERCENT, done.valueType());
    assertEquals("Tỷ lệ nhiệm vụ đã hoàn thành trên số nhiệm vụ đề ra", done.name());
    Indicator self = IndicatorCatalog.builtIn().require("inspection.selfInspectedShare");
    assertEquals(ValueType.PERCENT, self.valueType());
    assertEquals(ReformArea.DIRECTION, self.area());
    assertFalse(IndicatorCatalog.phuLucII().contains("inspection.selfInspectedShare"));
  }
}
