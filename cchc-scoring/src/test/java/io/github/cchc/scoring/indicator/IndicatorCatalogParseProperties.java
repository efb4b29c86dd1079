package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.plan.ReformArea;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link IndicatorCatalog#parse(String)} on any text: a catalogue that prints back to itself, or an {@link
 * InvalidCatalogException} naming the line; never another exception.
 */
class IndicatorCatalogParseProperties {

  @Provide
  Arbitrary<String> catalogueLike() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(8),
        Arbitraries.strings().withChars("#\t \r\n\uFEFFe\u0301X.1").ofMaxLength(6),
        Arbitraries.of("PROCEDURES", "DIGITAL_GOVERNMENT", "DOSSIER", "Hồ sơ", "COUNT", "PERCENT", "FLAG",
            "COUNT_WITH_SHARE", "SUM", "LAST", "", " ", "#X", "X.1", "Tên chỉ tiêu"));
    Arbitrary<String> line = cell.list().ofMinSize(0).ofMaxSize(9).map(l -> String.join("\t", l));
    Arbitrary<String> goodLine = Combinators.combine(
        Arbitraries.strings().alpha().numeric().withChars(".#").ofMinLength(1).ofMaxLength(6),
        Arbitraries.of(ReformArea.class), Arbitraries.of(IndicatorUnit.class), Arbitraries.of(ValueType.class),
        Arbitraries.of(TimeAggregation.class), Arbitraries.strings().ofMaxLength(6),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(10))
        .as((code, area, unit, type, agg, group, name) -> String.join("\t", " " + code, area.name(), unit.name(),
            type.name(), agg.name(), group, name));
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60), line, goodLine)
        .list().ofMaxSize(6).map(l -> String.join(Arbitraries.of("\n", "\r\n", "\r").sample(), l));
  }

  @Property(tries = 400)
  void anyTextIsACatalogueOrANamedError(@ForAll("catalogueLike") String text) {
    IndicatorCatalog c;
    try {
      c = IndicatorCatalog.parse(text);
    } catch (InvalidCatalogException e) {
      assertTrue(e.getMessage().startsWith("Catalogue"), e.getMessage());
      return;
    }
    assertEquals(c, IndicatorCatalog.parse(c.toString()), "toString reads back");
    for (Indicator i : c.indicators()) {
      assertEquals(i, c.require(i.code()));
    }
  }

  @Example
  void aCodeThatWouldReadBackAsACommentIsRefused() {
    InvalidCatalogException e = assertThrows(InvalidCatalogException.class,
        () -> IndicatorCatalog.parse(" #X\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tTên\n"));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Example
  void aByteOrderMarkAtTheStartIsNotPartOfTheFirstLine() {
    IndicatorCatalog c = IndicatorCatalog.parse("\uFEFF# mine\nX.1\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tTên\n");
    assertEquals(List.of("X.1"), List.copyOf(c.codes()));
    c = IndicatorCatalog.parse("\uFEFFX.1\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tTên\n");
    assertEquals("Tên", c.require("X.1").name());
  }

  @Example
  void codesAreKeptInNfcSoThatLookupsAgree() {
    IndicatorCatalog c = IndicatorCatalog.parse("Xe\u0301\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tTên\n");
    assertEquals(List.of("X\u00e9"), List.copyOf(c.codes()));
  }
}
