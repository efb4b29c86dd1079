package io.github.cchc.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReformAreaTest {

  @Test
  void sevenAreasInTheirFixedOrder() {
    assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII"),
        Arrays.stream(ReformArea.values()).map(ReformArea::roman).toList());
    assertEquals(6, ReformArea.reformAreas().size());
    assertEquals("Cải cách thủ tục hành chính", ReformArea.PROCEDURES.label());
    assertEquals("Institutional reform", ReformArea.INSTITUTIONS.label(Locale.ENGLISH));
  }

  @Test
  void parsesRomanNumerals() {
    assertEquals(ReformArea.DIGITAL_GOVERNMENT, ReformArea.ofRoman(" vii. "));
    var e = assertThrows(IllegalArgumentException.class, () -> ReformArea.ofRoman("VIII"));
    assertEquals("Not the Roman numeral of a reform area (I to VII): 'VIII'", e.getMessage());
  }
}
