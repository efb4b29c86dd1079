package io.github.cchc.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Rate#parse(CharSequence)} on any text: it returns a rate that prints back to itself, or throws an {@link
 * IllegalArgumentException} that quotes the text; never a {@link NumberFormatException} alone, an {@link
 * ArithmeticException} or a runaway allocation for an absurd exponent.
 */
class RateParseProperties {

  @Provide
  Arbitrary<String> rateLike() {
    Arbitrary<String> number = Arbitraries.oneOf(
        Arbitraries.bigDecimals().map(BigDecimal::toString),
        Arbitraries.strings().withChars("0123456789.-+eE ").ofMaxLength(12),
        Arbitraries.of("0", "1", "-0", "1e2147483647", "1E-2147483648", "9e999999999", "1e-999999999", "NaN",
            "Infinity", "0x10", "１２", "٣", ""));
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().withChars("0123456789/%.- eE").ofMaxLength(20),
        number.map(n -> n + "%"),
        Arbitraries.strings().withChars("/% ").ofMaxLength(4),
        net.jqwik.api.Combinators.combine(number, number).as((a, b) -> a + "/" + b));
  }

  @Property(tries = 400)
  void anyTextIsARateOrANamedError(@ForAll("rateLike") String text) {
    Rate rate;
    try {
      rate = Rate.parse(text);
    } catch (InvalidRateException e) {
      assertTrue(e.getMessage().contains(text.strip()), e.getMessage());
      return;
    }
    assertTrue(rate.numerator().signum() >= 0);
    assertTrue(rate.denominator().signum() > 0);
    assertEquals(rate, Rate.parse(rate.toString()));
    assertTrue(rate.percent(2).signum() >= 0);
    assertEquals(0, rate.compareTo(Rate.parse(rate.toString())));
    rate.compareToPercent(new BigDecimal("80"));
  }

  @Example
  void absurdExponentsAreRefused() {
    for (String text : List.of("1e999999999/1", "1/1e-999999999", "1e-2147483647%", "1E+2147483647/3",
        "5e1000001%")) {
      InvalidRateException e = assertThrows(InvalidRateException.class, () -> Rate.parse(text), text);
      assertTrue(e.getMessage().contains(text), e.getMessage());
    }
    assertEquals(Rate.of(new BigDecimal("1E+3"), BigDecimal.ONE), Rate.parse("1e3/1"));
  }

  @Example
  void zeroAndNegativeDenominatorsAreRefusedNotDivided() {
    for (String text : List.of("1/0", "0/0", "1/-2", "-1/2", "-5%", "1/0.000")) {
      assertThrows(InvalidRateException.class, () -> Rate.parse(text), text);
    }
  }
}
