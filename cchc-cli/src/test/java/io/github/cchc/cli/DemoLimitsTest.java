package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo refuses sizes it should not write, before it writes anything. */
class DemoLimitsTest {

  @TempDir Path dir;

  @Test
  void tooManyDossiersIsAUsageErrorAndNothingIsWritten() {
    Path out = dir.resolve("demo");
    Run vi = Run.of("demo", "--out", out.toString(), "--dossiers", "2147483647");
    assertEquals(2, vi.exitCode());
    assertTrue(vi.err().contains("--dossiers phải từ 1 đến 10.000.000, không phải 2147483647"), vi.err());
    assertFalse(Files.exists(out));
    Run en = Run.of("demo", "--out", out.toString(), "--dossiers", "0", "--lang", "en");
    assertEquals(2, en.exitCode());
    assertTrue(en.err().contains("--dossiers must be from 1 to 10,000,000, not 0"), en.err());
  }

  @Test
  void theFreeSpaceIsCheckedBeforeWriting() {
    long needed = DemoCommand.BYTES_PER_DOSSIER * DemoCommand.MAX_DOSSIERS + DemoCommand.BYTES_BESIDES;
    assertEquals("not enough free space for the demo: it needs about 1516 MB and 100 MB are free; lower --dossiers "
        + "or choose another --out", DemoCommand.lackOfSpace(needed, 100_000_000, Lang.EN));
    assertTrue(DemoCommand.lackOfSpace(needed, 0, Lang.VI).startsWith("không đủ chỗ trống"));
    assertNull(DemoCommand.lackOfSpace(needed, needed, Lang.EN));
    assertNull(DemoCommand.lackOfSpace(needed, -1, Lang.EN), "unknown free space: no refusal");
  }
}
