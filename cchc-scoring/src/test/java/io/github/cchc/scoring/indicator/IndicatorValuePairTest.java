package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.AggregationException;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two figures in one cell: "Cuộc/người tham gia" (2.4.4) and "TTHC/KQ giải quyết" (6.7.1). */
class IndicatorValuePairTest {

  @Test
  @DisplayName("Số cuộc đối thoại và số người tham gia: mỗi số cộng riêng")
  void meetingsAndParticipantsAddEachFigure() {
    IndicatorValue sum = IndicatorValue.pair(3, 120).plus(IndicatorValue.pair(2, 45));
    assertEquals(IndicatorValue.pair(5, 165), sum);
    assertEquals(5, sum.numerator());
    assertEquals(OptionalLong.of(165), sum.second());
    assertEquals(OptionalLong.empty(), sum.denominator());
    assertEquals(Optional.empty(), sum.share(2, RoundingMode.HALF_UP), "neither figure is a share of the other");
  }

  @Test
  void aPairReadsBackFromItsText() {
    IndicatorValue v = IndicatorValue.pair(12, 8);
    assertEquals("pair 12/8", v.toString());
    assertEquals(v, IndicatorValue.parse("pair 12/8"));
    assertEquals(IndicatorValue.Kind.RATIO, IndicatorValue.parse("12/8").kind());
  }

  @Test
  void aPairIsWrittenAsItsTwoFigures() {
    Indicator dialogues = IndicatorCatalog.phuLucII().require("2.4.4");
    assertEquals("3/120", IndicatorValue.pair(3, 120).format(dialogues, 2, RoundingMode.HALF_UP));
  }

  @Test
  void onlyThePairRowsHoldPairs() {
    Indicator dialogues = IndicatorCatalog.phuLucII().require("2.4.4");
    Indicator postal = IndicatorCatalog.phuLucII().require("6.7.1");
    assertEquals(ValueType.PAIR, dialogues.valueType());
    assertEquals(ValueType.PAIR, postal.valueType());
    assertTrue(dialogues.accepts(IndicatorValue.pair(1, 2)));
    assertFalse(dialogues.accepts(IndicatorValue.count(1)));
    assertFalse(IndicatorCatalog.phuLucII().require("2.4.1").accepts(IndicatorValue.pair(1, 2)));
  }

  @Test
  void aPairHasNoNegativeFigureAndDoesNotAddToOtherKinds() {
    assertThrows(IllegalArgumentException.class, () -> IndicatorValue.pair(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> IndicatorValue.pair(1, -2));
    assertThrows(AggregationException.class, () -> IndicatorValue.pair(1, 2).plus(IndicatorValue.ratio(1, 2)));
  }
}
