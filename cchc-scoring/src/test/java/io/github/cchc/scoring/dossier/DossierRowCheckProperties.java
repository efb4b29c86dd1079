package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierRowCheck.Column;
import io.github.cchc.testing.Gens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader and the row check over text cells are one set of rules: the cells of a file, split by the same
 * tokenizer and given to {@link DossierRowCheck} as text, give the reader's table, its rejected rows by reason and its
 * first details.
 */
class DossierRowCheckProperties {
  private static final DossierQuery QUERY = DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER)
      .withProfile(DossierProfile.PROFILE_766).withFieldBreakdown(true);

  private record Checked(DossierTable table, Map<RejectReason, Long> rows, Map<RejectReason, String> first) {}

  private static Checked viaRowCheck(byte[] file) throws IOException {
    CsvTokenizer csv = new CsvTokenizer(new ByteArrayInputStream(file));
    csv.delimiter(csv.sniffDelimiter());
    csv.next();
    int cells = csv.count;
    int[] at = new int[Column.values().length];
    String[] names = new String[at.length];
    java.util.Arrays.fill(at, -1);
    for (int i = 0; i < csv.count; i++) {
      int k = i;
      Column.forHeader(csv.field(i)).ifPresent(c -> {
        at[c.ordinal()] = k;
        names[c.ordinal()] = csv.field(k);
      });
    }
    DossierTable.Builder into = DossierTable.builder(Fixtures.DIR);
    DossierRowCheck check = DossierRowCheck.create();
    Map<RejectReason, Long> rows = new EnumMap<>(RejectReason.class);
    Map<RejectReason, String> first = new EnumMap<>(RejectReason.class);
    csv.recordCells(cells);
    while (csv.next()) {
      if (csv.unclosed) {
        rows.merge(RejectReason.UNCLOSED_QUOTE, 1L, Long::sum);
        first.putIfAbsent(RejectReason.UNCLOSED_QUOTE, "'" + csv.count + " cells, header has " + cells + "'");
        continue;
      }
      if (csv.malformed || csv.count != cells) {
        rows.merge(RejectReason.MALFORMED_ROW, 1L, Long::sum);
        first.putIfAbsent(RejectReason.MALFORMED_ROW, "'" + csv.count + " cells, header has " + cells + "'");
        continue;
      }
      Object[] row = new Object[at.length];
      for (Column c : Column.values()) {
        int i = at[c.ordinal()];
        row[c.ordinal()] = i < 0 ? null : new String(csv.text, csv.start[i], csv.end[i] - csv.start[i],
            java.nio.charset.StandardCharsets.UTF_8);
      }
      Optional<DossierRowCheck.Rejected> r = check.check(row, into);
      if (r.isPresent()) {
        rows.merge(r.get().reason(), 1L, Long::sum);
        first.putIfAbsent(r.get().reason(), r.get().detail(r.get().column().map(c -> names[c.ordinal()]).orElse("")));
      }
    }
    return new Checked(into.build(), rows, first);
  }

  @Test
  void textCellsThroughTheRowCheckGiveTheReadersAnswer() {
    qt().withExamples(300).forAll(Gens.from(DossierCsvHostileProperties::file)).checkAssert(file -> {
      try {
        DossierLoad load = DossierCsvReader.of(Fixtures.DIR).read(new ByteArrayInputStream(file), "f.csv");
        if (load.fileRejected()) {
          return;
        }
        Checked checked = viaRowCheck(file);
        assertEquals(load.table().aggregate(QUERY), checked.table().aggregate(QUERY));
        assertEquals(load.table().fields(), checked.table().fields());
        Map<RejectReason, Long> rows = new EnumMap<>(RejectReason.class);
        Map<RejectReason, String> first = new EnumMap<>(RejectReason.class);
        load.rejections().forEach(x -> {
          rows.put(x.reason(), x.rows());
          first.put(x.reason(), x.detail());
        });
        assertEquals(rows, checked.rows());
        assertEquals(first, checked.first());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
