package io.github.cchc.scoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.calendar.LunarDate;
import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentReference;
import io.github.cchc.core.error.LocalizedError;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.core.timeframe.Timeframe;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.scorecard.Rate;
import io.github.cchc.testing.Gens;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every error the library raises for a caller's input says what is wrong in both languages: a Vietnamese message and
 * an English one, different, neither blank, neither showing a Java name.
 */
class BilingualErrorProperties {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static final Pattern INTERNAL = Pattern.compile(
      "\\b(java|javax|com\\.fasterxml|tools\\.jackson|io\\.github\\.cchc)\\.|Exception\\b");

  private static final List<Function<String, Object>> PARSERS = List.of(Timeframe::parse, DocumentNumber::parse,
      DocumentReference::parse, LunarDate::parse, ReportPeriod::parse, Rate::parse,
      code -> IndicatorCatalog.builtIn().require(code), IndicatorCatalog::parse);

  /** Texts near the forms the parsers read, and any text. */
  private static Gen<String> texts() {
    Gen<String> near = Gens.oneOf("Quý V/2024", "Tháng 13/2024", "175 KH-UBND", "0/KH", "2023-02L-30", "2024-13-01",
        "2024Q5", "2024S3", "13/12", "130%", "1/0", "-1/2", "abc", "", " ", "2.4.99", "X\tY", "1899",
            "Từ tháng 12/2024 "
        + "đến tháng 3/2024", "Trước ngày 30/02/2024", "Quyết định số", "Kế hoạch số 1/KH ngày 32/1/2024");
    return Generate.oneOf(near, Gens.anyText(40), near.zip(Gens.anyText(5), String::concat));
  }

  @Test
  void everyRefusalIsSaidInBothLanguages() {
    qt().withExamples(1500).forAll(Generate.range(0, PARSERS.size() - 1), texts()).checkAssert((parser, text) -> {
      try {
        PARSERS.get(parser).apply(text);
      } catch (RuntimeException e) {
        if (!(e instanceof LocalizedError le)) {
          fail("not the library's error for " + text + ": " + e, e);
          return;
        }
        String vi = le.message(VI);
        String en = le.message(Locale.ENGLISH);
        assertFalse(vi.isBlank() || en.isBlank(), e::toString);
        assertNotEquals(vi, en, "one language only: " + en);
        assertTrue(vi.equals(le.message(Locale.forLanguageTag("vi-VN"))), vi);
        assertTrue(en.equals(e.getMessage()), "getMessage() is the English line: " + e.getMessage());
        assertFalse(INTERNAL.matcher(vi).find() || INTERNAL.matcher(en).find(), en);
        assertTrue(vi.codePoints().anyMatch(cp -> cp > 0x7f && Character.isLetter(cp)),
            "no Vietnamese in: " + vi);
      }
    });
  }
}
