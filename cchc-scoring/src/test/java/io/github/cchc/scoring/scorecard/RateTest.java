package io.github.cchc.scoring.scorecard;

import static io.github.cchc.scoring.scorecard.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.TextParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void parsesBothForms() {
    assertEquals(Rate.of(45, 50), Rate.parse("45/50"));
    assertEquals(Rate.of(bd("90.5"), bd("100")), Rate.parse("90.5%"));
    assertEquals("90.5/100", Rate.parse("90.5%").toString());
  }

  @Test
  void aPartAboveItsWholeIsRefused() {
    for (String text : new String[] {"13/12", "130%", "1300/1256", "100.0001%"}) {
      TextParseException e = assertThrows(TextParseException.class, () -> Rate.parse(text), text);
      assertEquals(TextParseException.Kind.RATE, e.kind());
      assertEquals(text, e.text());
      assertEquals("a part not above its whole (at most 100%)", e.expected());
      assertEquals("Không đọc được tỷ lệ \"" + text + "\" tại vị trí 0 (\"" + text
          + "\"): cần phần không lớn hơn tổng (tối đa 100%)", e.message(Locale.forLanguageTag("vi")));
    }
    ModelRuleException e = assertThrows(ModelRuleException.class, () -> Rate.of(13, 12));
    assertEquals(ModelRuleException.Kind.RATE, e.kind());
    assertEquals("13/12", e.subject());
    assertThrows(ModelRuleException.class, () -> Rate.ofPercent(bd("130")));
    assertEquals(Rate.of(12, 12), Rate.parse("12/12"));
    assertEquals(Rate.of(bd("100"), bd("100")), Rate.parse("100%"));
  }

  @Test
  void comparesExactly() {
    assertEquals(0, Rate.of(45, 50).compareTo(Rate.of(9, 10)));
    assertNotEquals(Rate.of(45, 50), Rate.of(9, 10));
    assertEquals(0, Rate.of(3, 10).compareToPercent(bd("30")));    // ≥30% of 10 is 3
    assertEquals(-1, Rate.of(5, 19).compareToPercent(bd("30")));   // 5 of 19 is below 30%
    assertEquals(1, Rate.of(6, 19).compareToPercent(bd("30")));
    assertEquals(bd("33.33"), Rate.of(1, 3).percent(2));
  }
}
