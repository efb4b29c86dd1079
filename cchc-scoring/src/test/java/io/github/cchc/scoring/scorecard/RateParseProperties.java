package io.github.cchc.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.error.TextParseException;
import io.github.cchc.testing.Gens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Rate#parse(CharSequence)} on any text: it returns a rate that prints back to itself, or throws an {@link
 * IllegalArgumentException} that quotes the text; never a {@link NumberFormatException} alone, an {@link
 * ArithmeticException} or a runaway allocation for an absurd exponent.
 */
class RateParseProperties {

  private static Gen<String> rateLike() {
    Gen<String> number = Generate.oneOf(
        Gens.decimals(24, -40, 40).map(BigDecimal::toString),
        Gens.stringsOf("0123456789.-+eE ", 0, 12),
        Gens.oneOf("0", "1", "-0", "1e2147483647", "1E-2147483648", "9e999999999", "1e-999999999", "NaN",
            "Infinity", "0x10", "１２", "٣", ""));
    return Generate.oneOf(
        Gens.anyText(30),
        Gens.stringsOf("0123456789/%.- eE", 0, 20),
        number.map(n -> n + "%"),
        Gens.stringsOf("/% ", 0, 4),
        number.zip(number, (a, b) -> a + "/" + b));
  }

  @Test
  void anyTextIsARateOrANamedError() {
    qt().withExamples(400).forAll(rateLike()).checkAssert(text -> {
      Rate rate;
      try {
        rate = Rate.parse(text);
      } catch (TextParseException e) {
        assertTrue(e.getMessage().contains(text.strip()), e.getMessage());
        return;
      }
      assertTrue(rate.numerator().signum() >= 0);
      assertTrue(rate.denominator().signum() > 0);
      assertEquals(rate, Rate.parse(rate.toString()));
      assertTrue(rate.percent(2).signum() >= 0);
      assertEquals(0, rate.compareTo(Rate.parse(rate.toString())));
      rate.compareToPercent(new BigDecimal("80"));
    });
  }

  @Test
  void absurdExponentsAreRefused() {
    for (String text : List.of("1e999999999/1", "1/1e-999999999", "1e-2147483647%", "1E+2147483647/3",
        "5e1000001%")) {
      TextParseException e = assertThrows(TextParseException.class, () -> Rate.parse(text), text);
      assertTrue(e.getMessage().contains(text), e.getMessage());
    }
    assertEquals(Rate.of(new BigDecimal("1E+3"), new BigDecimal("1E+4")), Rate.parse("1e3/1e4"));
  }

  @Test
  void zeroAndNegativeDenominatorsAreRefusedNotDivided() {
    for (String text : List.of("1/0", "0/0", "1/-2", "-1/2", "-5%", "1/0.000")) {
      assertThrows(TextParseException.class, () -> Rate.parse(text), text);
    }
  }
}
