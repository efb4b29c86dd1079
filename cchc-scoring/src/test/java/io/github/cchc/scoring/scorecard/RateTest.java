package io.github.cchc.scoring.scorecard;

import static io.github.cchc.scoring.scorecard.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void parsesBothForms() {
    assertEquals(Rate.of(45, 50), Rate.parse("45/50"));
    assertEquals(Rate.of(bd("90.5"), bd("100")), Rate.parse("90.5%"));
    assertEquals("90.5/100", Rate.parse("90.5%").toString());
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
