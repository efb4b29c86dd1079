package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.reporting.render.csv.CsvRenderer;
import io.github.cchc.reporting.render.html.HtmlRenderer;
import io.github.cchc.reporting.render.markdown.MarkdownRenderer;
import io.github.cchc.core.text.TextPolicy;
import io.github.cchc.reporting.render.json.JsonRenderer;
import io.github.cchc.reporting.render.xlsx.XlsxRenderer;
import io.github.cchc.testing.Gens;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RendererProperties {

  /** Markup, quotes, separators, formula starters, line breaks and Vietnamese letters. */
  private static final String ALPHABET = "<>&\"',;=+-@\t\r\n|*_[]#\\` aăâđêôơưÁẠỹ0123456789";

  /** Strings of the alphabet, and a quarter of them mixed with Vietnamese words in NFC or NFD; never blank. */
  private static Gen<String> texts() {
    Gen<String> piece = Generate.frequency(
        Pair.of(4, Gens.stringsOf(ALPHABET, 1, 4)), Pair.of(1, Gens.vietnameseTextNfcOrNfd(1, 2)));
    Gen<String> mixed = Gens.listsOf(piece, 1, 10).map(l -> String.join("", l));
    return Generate.frequency(Pair.of(3, Gens.stringsOf(ALPHABET, 1, 40)), Pair.of(1, mixed))
        .assuming(s -> !s.isBlank());
  }

  // The text as the text policy shows it: NFC, a carriage return as its picture.
  private static String nfc(String text) {
    return TextPolicy.displayLines(text);
  }

  private static Report report(String text) {
    return Report.builder().title("T")
        .addBlocks(Table.builder("Bảng").column("A", ColumnType.TEXT).column("B", ColumnType.INTEGER)
            .row(Cell.text(text), Cell.integer(-1)).build())
        .build();
  }

  /** Any UTF-16 text, lone surrogates included, with controls and bidirectional characters often. */
  private static Gen<String> anyText() {
    Gen<Integer> unit = Generate.pick(List.of(0, 1, 2, 3, 4, 5, 6, 7)).flatMap(kind -> switch (kind) {
      case 0 -> Generate.range(0, 0x20);
      case 1 -> Generate.range(0x7F, 0x9F);
      case 2 -> Generate.range(0x202A, 0x202E);
      case 3 -> Generate.range(0x2066, 0x2069);
      case 4 -> Generate.range(0xD800, 0xDFFF);
      default -> Generate.range(0x20, 0xFFFF);
    });
    return Gens.listsOf(unit, 1, 30).map(units -> {
      StringBuilder b = new StringBuilder("x");
      units.forEach(u -> b.append((char) (int) u));
      return b.toString();
    });
  }

  @Test
  void anyCodePointSequenceIsRenderedSafelyInEveryFormat() {
    qt().withExamples(200).forAll(anyText()).checkAssert(text -> {
      Report report = report(text);
      List<String> outputs = new ArrayList<>(List.of(HtmlRenderer.render(report), MarkdownRenderer.render(report),
          CsvRenderer.render(report).get(0).text(), JsonRenderer.render(report)));
      for (String out : outputs) {
        assertTrue(out.codePoints().noneMatch(cp -> TextPolicy.isUnsafe(cp) && cp != '\n' && cp != '\t'
            && cp != '\r'), () -> "unsafe code point in " + out);
        assertTrue(TextPolicy.firstLoneSurrogate(out).isEmpty());
      }
      assertTrue(XlsxRenderer.render(report).length > 0);
    });
  }

  @Test
  void htmlShowsEveryTextAsWrittenAndAddsNoElement() {
    qt().withExamples(200).forAll(texts()).checkAssert(text -> {
      Document doc = Jsoup.parse(HtmlRenderer.render(report(text)));
      assertEquals(2, doc.select("tbody td").size());
      assertEquals(nfc(text).strip().replaceAll("\\s+", " "), doc.select("tbody td").first().text());
      assertTrue(doc.select("script, b, a, img").isEmpty());
    });
  }

  @Test
  void csvReadsBackToTheNeutralisedText() {
    qt().withExamples(200).forAll(texts()).checkAssert(text -> {
      String csv = CsvRenderer.render(report(text)).get(0).text();
      List<List<String>> rows = parse(csv.substring(1));
      assertEquals(2, rows.size());
      assertEquals(List.of(CsvRenderer.neutralise(nfc(text)), "-1"), rows.get(1));
      char first = rows.get(1).get(0).charAt(0);
      assertTrue("=+-@\t\r".indexOf(first) < 0);
    });
  }

  @Test
  void markdownNeverLetsMarkupThrough() {
    qt().withExamples(200).forAll(texts()).checkAssert(text -> {
      String md = MarkdownRenderer.render(report(text));
      assertTrue(!md.contains("<") && !md.contains(">"), md);
      long tableLines = md.lines().filter(l -> l.startsWith("|")).count();
      assertEquals(3, tableLines, md);
    });
  }

  /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          char q = csv.charAt(i);
          if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
          } else if (q == '"') {
            i++;
            break;
          } else {
            field.append(q);
            i++;
          }
        }
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        field.append(c);
        i++;
      }
    }
    return rows;
  }
}
