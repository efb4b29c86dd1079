package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.reporting.render.csv.CsvRenderer;
import io.github.cchc.reporting.render.html.HtmlRenderer;
import io.github.cchc.reporting.render.markdown.MarkdownRenderer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

class RendererProperties {

  @Provide
  Arbitrary<String> texts() {
    // Markup, quotes, separators, formula starters, line breaks and Vietnamese letters.
    return Arbitraries.strings()
        .withChars("<>&\"',;=+-@\t\r\n|*_[]#\\` aăâđêôơưÁẠỹ0123456789")
        .ofMinLength(1).ofMaxLength(40)
        .map(s -> Normalizer.normalize(s, Normalizer.Form.NFC))
        .filter(s -> !s.isBlank());
  }

  private static Report report(String text) {
    return Report.builder().title("T")
        .addBlocks(Table.builder("Bảng").column("A", ColumnType.TEXT).column("B", ColumnType.INTEGER)
            .row(Cell.text(text), Cell.integer(-1)).build())
        .build();
  }

  @Property(tries = 200)
  void htmlShowsEveryTextAsWrittenAndAddsNoElement(@ForAll("texts") String text) {
    Document doc = Jsoup.parse(HtmlRenderer.render(report(text)));
    assertEquals(2, doc.select("tbody td").size());
    assertEquals(text.strip().replaceAll("\\s+", " "), doc.select("tbody td").first().text());
    assertTrue(doc.select("script, b, a, img").isEmpty());
  }

  @Property(tries = 200)
  void csvReadsBackToTheNeutralisedText(@ForAll("texts") String text) {
    String csv = CsvRenderer.render(report(text)).get(0).text();
    List<List<String>> rows = parse(csv.substring(1));
    assertEquals(2, rows.size());
    assertEquals(List.of(CsvRenderer.neutralise(text), "-1"), rows.get(1));
    char first = rows.get(1).get(0).charAt(0);
    assertTrue("=+-@\t\r".indexOf(first) < 0);
  }

  @Property(tries = 200)
  void markdownNeverLetsMarkupThrough(@ForAll("texts") String text) {
    String md = MarkdownRenderer.render(report(text));
    assertTrue(!md.contains("<") && !md.contains(">"), md);
    long tableLines = md.lines().filter(l -> l.startsWith("|")).count();
    assertEquals(3, tableLines, md);
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
