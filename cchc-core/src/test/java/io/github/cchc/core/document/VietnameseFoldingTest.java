package io.github.cchc.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.core.text.internal.VietnameseFolding;
import org.junit.jupiter.api.Test;

class VietnameseFoldingTest {

  private static String fold(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(VietnameseFolding.fold((char) c)));
    return b.toString();
  }

  @Test
  void foldsLettersDashesAndSpacesCharacterForCharacter() {
    assertEquals("quyet dinh so 3486/qd-ubnd", fold("Quyết định số 3486/QĐ–UBND"));
    assertEquals("quy i nam 2024", fold("Quý\u00a0I\tnăm 2024"));
    assertEquals("Đặng Thị Ơn".length(), fold("Đặng Thị Ơn").length());
  }
}
