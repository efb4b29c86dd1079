package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Choices;
import io.github.cchc.testing.Gens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One stray quote costs the rows it touches, not the rest of the file: inserted anywhere below the header of a valid
 * file, it changes the rows kept by at most two, every record is still read as kept or rejected, and in a file
 * without multi-line cells every data line is still one row read.
 */
class DossierCsvStrayQuoteProperties {
  private static final String HEADER = "id,unit,procedure,field,received,due,finished,channel";
  private static final String[] PLAIN = {"Cấp giấy phép xây dựng", "Đăng ký khai sinh", "1.001"};
  private static final String[] QUOTED = {"\"Đất, nhà\"", "\"Thủ tục \"\"A\"\"\"", "\"\"", " \"Hộ tịch\" "};
  private static final String[] MULTI_LINE = {"\"dòng một\ndòng hai\"", "\"a,b\r\n\r\nc\"", "\"x\n\"\"y\"\",z\n\""};

  /** A valid file: every row kept. With {@code multiLine}, some cells hold line breaks. */
  static String validFile(Choices r, boolean multiLine) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    List<String> rows = r.listOf(12, (c, i) -> {
      String procedure = text(c, multiLine);
      String field = text(c, multiLine);
      int day = 1 + c.nextInt(20);
      String eol = c.nextBoolean() ? "\r\n" : "\n";
      return "h" + i + "," + c.pick("X1", "X2", "S") + "," + procedure + "," + field + ","
          + String.format("2024-03-%02d,2024-03-%02d,2024-03-%02d", day, day + 5, day + 1) + ","
          + c.pick("DIRECT", "ONLINE_FULL") + eol;
    });
    rows.forEach(sb::append);
    return sb.toString();
  }

  private static String text(Choices c, boolean multiLine) {
    int kind = c.nextInt(3);
    String plain = c.pick(PLAIN);
    String quoted = c.pick(QUOTED);
    String lines = c.pick(MULTI_LINE);
    return kind == 0 ? plain : kind == 1 || !multiLine ? quoted : lines;
  }

  /** The file with one quote inserted at a place below the header, drawn as a fraction of the rest. */
  static String withStrayQuote(String file, Choices r) {
    int from = file.indexOf('\n') + 1;
    int at = from + (int) ((long) r.nextInt(1_000_001) * (file.length() - from) / 1_000_000);
    return file.substring(0, at) + '"' + file.substring(at);
  }

  private static DossierLoad read(String file) {
    try {
      return DossierCsvReader.of(Fixtures.DIR).read(
          new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "q.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The non-blank lines below the header, CR, LF and CRLF ending a line. */
  static long dataLines(String file) {
    return file.lines().skip(1).filter(l -> !l.isEmpty()).count();
  }

  @Test
  @DisplayName("Một dấu ngoặc kép lạc làm thay đổi nhiều nhất hai dòng; mỗi dòng dữ liệu vẫn được đọc")
  void oneStrayQuoteChangesAtMostTwoRows() {
    qt().withExamples(500).forAll(Gens.from(r -> {
      boolean multiLine = r.nextBoolean();
      String valid = validFile(r, multiLine);
      return List.of(valid, withStrayQuote(valid, r), String.valueOf(multiLine));
    })).checkAssert(c -> {
      String valid = c.get(0);
      String broken = c.get(1);
      DossierLoad before = read(valid);
      assertTrue(before.isClean(), before.findings()::toString);
      DossierLoad after = read(broken);
      long kept = after.table().size();
      assertEquals(after.rowsRead(), kept + after.rowsRejected(), "read = kept + rejected");
      assertTrue(kept <= before.table().size() && kept >= before.table().size() - 2,
          () -> kept + " rows kept of " + before.table().size() + ": " + after.findings());
      if (c.get(2).equals("false")) {
        assertEquals(dataLines(broken), after.rowsRead(), "every data line is one row read");
      }
    });
  }

  @Test
  @DisplayName("Dấu ngoặc kép lạc ở dòng 2 của ví dụ trong issue: chỉ dòng 2 bị loại, B và C được đọc")
  void theIssuesExampleLosesOnlyTheBrokenRow() {
    DossierLoad load = read("id,unit,received,due,finished,channel\n"
        + "A,X1,2024-01-10,2024-01-15,2024-01-12,\"DIRECT\n"
        + "B,X1,2024-01-10,2024-01-15,2024-01-12,DIRECT\n"
        + "C,X1,2024-01-10,2024-01-15,2024-01-12,DIRECT\n");
    assertEquals(3, load.rowsRead());
    assertEquals(2, load.table().size());
    DossierLoad.Rejection r = load.rejection(RejectReason.UNCLOSED_QUOTE).orElseThrow();
    assertEquals(List.of(2L), r.firstLines());
    assertEquals(1, r.rows());
  }

  @Test
  @DisplayName("Ô nhiều dòng hợp lệ vẫn được đọc nguyên vẹn, cả khi dòng tiếp theo có dạng một bản ghi")
  void aLegitimateMultiLineCellIsKept() {
    DossierLoad load = read("id,unit,procedure,received,due,finished,channel\n"
        + "A,X1,\"Thủ tục\nhai dòng\",2024-01-10,2024-01-15,2024-01-12,DIRECT\n"
        + "B,X1,\"\n\",2024-01-10,2024-01-15,2024-01-12,DIRECT\n");
    assertTrue(load.isClean(), load.findings()::toString);
    assertEquals(2, load.table().size());
    assertTrue(load.table().procedures().containsAll(List.of("Thủ tục\nhai dòng", "\n")),
        load.table().procedures()::toString);
  }

  @Test
  @DisplayName("Một ô trong ngoặc kép không kéo dài quá 100 dòng")
  void aQuotedCellSpansAtMostTheBoundOfLines() {
    StringBuilder sb = new StringBuilder("id,unit,procedure,received,due,finished,channel\n"
        + "A,X1,\"open");
    for (int i = 0; i < 150; i++) {
      sb.append("\nno record here");
    }
    sb.append("\nB,X1,p,2024-01-10,2024-01-15,2024-01-12,DIRECT\n");
    DossierLoad load = read(sb.toString());
    assertEquals(1, load.table().size(), load.findings()::toString);
    assertEquals(List.of(2L), load.rejection(RejectReason.UNCLOSED_QUOTE).orElseThrow().firstLines());
  }
}
