package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.testing.Gens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link IndicatorCatalog#parse(String)} on any text: a catalogue that prints back to itself, or an {@link
 * ModelRuleException} naming the line; never another exception.
 */
class IndicatorCatalogParseProperties {

  /**
   * Free text, lines of cells that are nearly right and well-formed lines under one kind of line end; half of the
   * texts hold only well-formed lines, comments and blank lines, so that many parse and the read-back is tested.
   */
  private static Gen<String> catalogueLike() {
    Gen<String> cell = Generate.oneOf(
        Gens.anyText(8),
        Gens.stringsOf("#\t \r\n\uFEFFe\u0301X.1", 0, 6),
        Gens.vietnameseTextNfcOrNfd(1, 2),
        Gens.oneOf("PROCEDURES", "DIGITAL_GOVERNMENT", "DOSSIER", "Hồ sơ", "COUNT", "PERCENT", "FLAG",
            "COUNT_WITH_SHARE", "SUM", "LAST", "", " ", "#X", "X.1", "Tên chỉ tiêu"));
    Gen<String> line = Gens.listsOf(cell, 0, 9).map(l -> String.join("\t", l));
    Gen<String> code = Gens.withEdges(
        Gens.stringsOf("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.#", 1, 6),
        List.of("#", "#X", "X.1", "2.4.1", "Xe\u0301", "\uFEFFX", "X#"));
    Gen<String> goodLine = Gens.from(c -> String.join("\t", " " + c.draw(code),
        c.pick(ReformArea.values()).name(), c.pick(IndicatorUnit.values()).name(), c.pick(ValueType.values()).name(),
        c.pick(TimeAggregation.values()).name(), c.draw(Gens.anyText(6)),
        c.draw(Generate.oneOf(Gens.anyText(10), Gens.vietnameseTextNfcOrNfd(1, 4)).assuming(n -> !n.isEmpty()))));
    Gen<String> comment = Gens.oneOf("", " ", "#", "# Bộ chỉ tiêu", "\t");
    Gen<List<String>> lines = Generate.oneOf(
        Gens.listsOf(Generate.oneOf(Gens.anyText(60), line, goodLine), 0, 6),
        Gens.listsOf(Generate.frequency(Pair.of(4, goodLine), Pair.of(1, comment)), 1, 6));
    return lines.zip(Gens.oneOf("\n", "\r\n", "\r"), (l, end) -> String.join(end, l));
  }

  @Test
  void anyTextIsACatalogueOrANamedError() {
    qt().withExamples(400).forAll(catalogueLike()).checkAssert(text -> {
      IndicatorCatalog c;
      try {
        c = IndicatorCatalog.parse(text);
      } catch (InputFormatException e) {
        assertEquals("<catalogue>", e.source());
        assertTrue(e.line() > 0, e.getMessage());
        return;
      } catch (ModelRuleException e) {
        assertEquals(ModelRuleException.Kind.INDICATOR_CATALOG, e.kind());
        assertTrue(e.getMessage().startsWith("Duplicate indicator code"), e.getMessage());
        return;
      }
      assertEquals(c, IndicatorCatalog.parse(c.toString()), "toString reads back");
      for (Indicator i : c.indicators()) {
        assertEquals(i, c.require(i.code()));
      }
    });
  }

  @Test
  void aCodeThatWouldReadBackAsACommentIsRefused() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> IndicatorCatalog.parse(" #X\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tTên\n"));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void aCodeThatWouldReadBackWithoutItsByteOrderMarkIsRefused() {
    // A code after a space keeps its U+FEFF; written first by toString, the mark would be read back as a BOM.
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> IndicatorCatalog.parse(" \uFEFFX\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tTên\n"));
    assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("U+FEFF"), e.getMessage());
    e = assertThrows(InputFormatException.class,
        () -> IndicatorCatalog.parse("# mine\n\uFEFFX\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tTên\n"));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aByteOrderMarkAtTheStartIsNotPartOfTheFirstLine() {
    IndicatorCatalog c = IndicatorCatalog.parse("\uFEFF# mine\nX.1\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tTên\n");
    assertEquals(List.of("X.1"), List.copyOf(c.codes()));
    c = IndicatorCatalog.parse("\uFEFFX.1\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tTên\n");
    assertEquals("Tên", c.require("X.1").name());
  }

  @Test
  void codesAreKeptInNfcSoThatLookupsAgree() {
    IndicatorCatalog c = IndicatorCatalog.parse("Xe\u0301\tPROCEDURES\tDOSSIER\tCOUNT\tSUM\t\tTên\n");
    assertEquals(List.of("X\u00e9"), List.copyOf(c.codes()));
  }
}
