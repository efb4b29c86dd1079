package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierRowCheck.Column;
import io.github.cchc.scoring.dossier.DossierRowCheck.Rejected;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DossierRowCheckTest {
  private static final DossierQuery QUARTERS = DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER)
      .withProfile(DossierProfile.PROFILE_766).withFieldBreakdown(true);

  private static Object[] row(Object id, Object unit, Object received, Object due, Object finished, Object channel) {
    Object[] row = new Object[Column.values().length];
    row[Column.ID.ordinal()] = id;
    row[Column.UNIT.ordinal()] = unit;
    row[Column.RECEIVED.ordinal()] = received;
    row[Column.DUE.ordinal()] = due;
    row[Column.FINISHED.ordinal()] = finished;
    row[Column.CHANNEL.ordinal()] = channel;
    return row;
  }

  private static Object[] with(Object[] row, Column c, Object value) {
    row[c.ordinal()] = value;
    return row;
  }

  @Test
  @DisplayName("Typed values count as the same values written as text")
  void typedValuesEqualTheirText() {
    DossierTable.Builder typed = DossierTable.builder(Fixtures.DIR);
    DossierTable.Builder text = DossierTable.builder(Fixtures.DIR);
    DossierRowCheck a = DossierRowCheck.create();
    DossierRowCheck b = DossierRowCheck.create();
    Object[] t1 = row("a", "X1", LocalDate.of(2024, 1, 10), LocalDateTime.of(2024, 1, 20, 14, 30),
        LocalDateTime.of(2024, 1, 20, 14, 31), Channel.ONLINE_FULL);
    with(t1, Column.DIGITIZED, Boolean.TRUE);
    with(t1, Column.SUPPLEMENT_REQUESTS, 2);
    with(t1, Column.FIELD, "Đất đai");
    with(t1, Column.APOLOGY, 1L);
    Object[] s1 = row("a", " X1 ", "10/01/2024", "2024-01-20T14:30", "20/01/2024 14:31", "trực tuyến toàn trình");
    with(s1, Column.DIGITIZED, "có");
    with(s1, Column.SUPPLEMENT_REQUESTS, " 2 ");
    with(s1, Column.FIELD, "Đất đai");
    with(s1, Column.APOLOGY, "1");
    assertEquals(Optional.empty(), a.check(t1, typed));
    assertEquals(Optional.empty(), b.check(s1, text));
    assertEquals(text.build().aggregate(QUARTERS), typed.build().aggregate(QUARTERS));
  }

  @Test
  @DisplayName("A bad row is rejected for its first fault, with the CSV reader's reason, column and value")
  void rejectionsInTheReadersOrder() {
    DossierRowCheck check = DossierRowCheck.create();
    DossierTable.Builder into = DossierTable.builder(Fixtures.DIR);
    assertEquals(Optional.of(new Rejected(RejectReason.MISSING_VALUE, Optional.of(Column.UNIT), "")),
        check.check(row("a", "  ", "x", "x", null, "fax"), into));
    assertEquals(Optional.of(new Rejected(RejectReason.UNPARSEABLE_DATE, Optional.of(Column.RECEIVED), "2024-13-10")),
        check.check(row("a", "NOPE", " 2024-13-10 ", "x", null, "fax"), into));
    assertEquals(Optional.of(new Rejected(RejectReason.UNPARSEABLE_DATE, Optional.of(Column.DUE), "0999-12-31")),
        check.check(row("a", "NOPE", "2024-01-01", LocalDate.of(999, 12, 31), null, "fax"), into));
    assertEquals(Optional.of(new Rejected(RejectReason.FINISHED_BEFORE_RECEIVED, Optional.of(Column.FINISHED),
        "2024-01-09 < 2024-01-10")),
        check.check(row("a", "NOPE", LocalDate.of(2024, 1, 10), "2024-01-20", LocalDate.of(2024, 1, 9), "fax"), into));
    assertEquals(Optional.of(new Rejected(RejectReason.UNKNOWN_UNIT, Optional.of(Column.UNIT), "NOPE")),
        check.check(row("a", "NOPE", "2024-01-10", "2024-01-20", "", "fax"), into));
    assertEquals(Optional.of(new Rejected(RejectReason.UNKNOWN_CHANNEL, Optional.of(Column.CHANNEL), "fax")),
        check.check(row("a", "X1", "2024-01-10", "2024-01-20", "", "fax"), into));
    assertEquals(Optional.of(new Rejected(RejectReason.BAD_VALUE, Optional.of(Column.PAID_ONLINE), "2")),
        check.check(with(row("a", "X1", "2024-01-10", "2024-01-20", "", "DIRECT"), Column.PAID_ONLINE, 2), into));
    assertEquals(Optional.of(new Rejected(RejectReason.BAD_VALUE, Optional.of(Column.SUPPLEMENT_REQUESTS), "40000")),
        check.check(with(row("a", "X1", "2024-01-10", "2024-01-20", "", "DIRECT"), Column.SUPPLEMENT_REQUESTS,
            40_000), into));
    assertEquals(Optional.empty(), check.check(row("a", "X1", "2024-01-10", "2024-01-20", "", "DIRECT"), into));
    assertEquals(Optional.of(new Rejected(RejectReason.DUPLICATE_ID, Optional.of(Column.ID), "a")),
        check.check(row(" a ", "X1", "2024-01-11", "2024-01-20", "", "DIRECT"), into));
    assertEquals(1, into.size());
    Rejected r = check.check(row("b", "X1", "2024-13-10", "2024-01-20", "", "DIRECT"), into).orElseThrow();
    assertEquals("Ngày tiếp nhận = '2024-13-10'", r.detail("Ngày tiếp nhận"));
  }

  @Test
  void aJudgeOfRepeatedIdsIsAskedLastAndOnlyForGoodRows() {
    java.util.List<String> asked = new java.util.ArrayList<>();
    DossierRowCheck check = DossierRowCheck.create(id -> asked.add(id) && id.equals("dup"));
    DossierTable.Builder into = DossierTable.builder(Fixtures.DIR);
    check.check(row("bad", "X1", "2024-13-10", "2024-01-20", "", "DIRECT"), into);
    assertEquals(RejectReason.DUPLICATE_ID,
        check.check(row(" dup", "X1", "2024-01-10", "2024-01-20", "", "DIRECT"), into).orElseThrow().reason());
    assertEquals(Optional.empty(), check.check(row("ok", "X1", "2024-01-10", "2024-01-20", "", "DIRECT"), into));
    assertEquals(java.util.List.of("dup", "ok"), asked);
  }

  @Test
  void aRowNeedsOneValuePerColumn() {
    assertThrows(IllegalArgumentException.class,
        () -> DossierRowCheck.create().check(new Object[3], DossierTable.builder(Fixtures.DIR)));
  }

  @Test
  void headersInEitherLanguage() {
    assertEquals(Optional.of(Column.RECEIVED), Column.forHeader("\uFEFF Ngày Tiếp Nhận "));
    assertEquals(Optional.of(Column.DIGITIZED), Column.forHeader("Số hoá"));
    assertEquals(Optional.of(Column.PAID_ONLINE), Column.forHeader("PAIDONLINE"));
    assertEquals(Optional.empty(), Column.forHeader("ghi chú"));
  }

  @Test
  @DisplayName("Portable counts survive Java serialisation and become equal counts with the directory")
  void portableCountsRoundTrip() throws IOException, ClassNotFoundException {
    DossierCounts counts = Fixtures.load("dossiers-en.csv", true).table().aggregate(QUARTERS);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(counts.portable());
    }
    DossierCounts.Portable back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (DossierCounts.Portable) in.readObject();
    }
    DossierCounts again = DossierCounts.of(Fixtures.DIR, back);
    assertEquals(counts, again);
    assertEquals(counts.rolledUp(), again.rolledUp());
    assertEquals(5, back.units());
    assertTrue(counts.fields().size() > 0);
    assertEquals(counts.fields(), again.fields());
    assertThrows(IllegalArgumentException.class, () -> DossierCounts.of(
        io.github.cchc.core.org.OrgDirectory.of(Fixtures.unit("P", io.github.cchc.core.org.OrgKind.PROVINCE, null)),
        back));
  }

  @Test
  void textCellsAreReadAsTheirUtf8() {
    byte[] b = "05/03/2024 14:30".getBytes(StandardCharsets.UTF_8);
    long packed = DossierRowCheck.parseDate(b, 0, b.length);
    assertEquals(LocalDate.of(2024, 3, 5).toEpochDay(), DossierRowCheck.day(packed));
    assertEquals(14 * 60 + 30, DossierRowCheck.minute(packed));
  }
}
