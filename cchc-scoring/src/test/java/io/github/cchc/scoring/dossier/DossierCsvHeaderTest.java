package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.scoring.dossier.DossierRowCheck.Column;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A misspelled column is refused with the name meant; other extra columns are listed, never silently dropped. */
class DossierCsvHeaderTest {
  private static final String ROW = "a1,X1,2024-01-10,2024-01-20,,DIRECT,true\n";

  private static DossierLoad read(String csv) throws IOException {
    return DossierCsvReader.of(Fixtures.DIR).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "h.csv");
  }

  @Test
  @DisplayName("Cột 'digitised' bị từ chối: có phải là 'digitized'?")
  void aMisspelledColumnRejectsTheFileNamingBoth() throws IOException {
    DossierLoad load = read("id,unit,received,due,finished,channel,digitised\n" + ROW);
    assertTrue(load.fileRejected());
    DossierLoad.Rejection r = load.rejection(RejectReason.MISSPELLED_COLUMN).orElseThrow();
    assertEquals("'digitised' → 'digitized'", r.detail());
    String vi = load.findings().get(0).message(java.util.Locale.forLanguageTag("vi"));
    assertTrue(vi.contains("digitised") && vi.contains("digitized"), vi);
  }

  @Test
  void theStrictReaderThrowsForAMisspelledColumn() {
    InvalidDossierRowException e = assertThrows(InvalidDossierRowException.class, () -> DossierCsvReader
        .of(Fixtures.DIR).strict(true).read(new ByteArrayInputStream(("id,unit,recieved,due,finished,channel\n")
            .getBytes(StandardCharsets.UTF_8)), "h.csv"));
    assertTrue(e.getMessage().contains("'recieved' → 'received'"), e.getMessage());
  }

  @Test
  @DisplayName("Tên cột tiếng Việt không dấu là tên viết sai của cột có dấu")
  void aVietnameseNameWithoutToneMarksIsANearMiss() {
    assertEquals(Optional.of("ngày tiếp nhận"), Column.nearMiss("Ngay tiep nhan"));
    assertEquals(Optional.of("đơn vị"), Column.nearMiss("Don vi"));
    assertEquals(Optional.of("số hóa"), Column.nearMiss("So hoa"));
    assertEquals(Optional.of("supplementRequests"), Column.nearMiss("supplementRequest"));
    assertEquals(Optional.of("unit"), Column.nearMiss("units"));
  }

  @Test
  void namesFarFromEveryColumnAndShortNamesAreNoNearMiss() {
    for (String name : List.of("STT", "Ghi chú", "ma", "ip", "note", "digitized", "Số hoá", "", "x")) {
      assertEquals(Optional.empty(), Column.nearMiss(name), name);
    }
  }

  @Test
  @DisplayName("Cột thừa được liệt kê một lần, tệp vẫn được đọc")
  void otherExtraColumnsAreListedAndTheFileRead() throws IOException {
    DossierLoad load = read("STT,id,unit,received,due,finished,channel,digitized,Ghi chú\n"
        + "1," + ROW.strip() + ",ghi chú\n" + "2," + ROW.replace("a1", "a2").strip() + ",\n");
    assertTrue(load.isClean(), load.findings()::toString);
    assertEquals(2, load.table().size());
    assertEquals(List.of("STT", "Ghi chú"), load.ignoredColumns());
  }

  @Test
  @DisplayName("Cột gần giống một cột đã có trong tiêu đề là cột thừa, không phải lỗi chính tả")
  void aNearNameBesideItsColumnIsAnExtraColumn() throws IOException {
    DossierLoad load = read("id,unit,received,due,finished,channel,digitized,digitised\n"
        + ROW.strip() + ",x\n");
    assertTrue(load.isClean(), load.findings()::toString);
    assertEquals(List.of("digitised"), load.ignoredColumns());
  }
}
