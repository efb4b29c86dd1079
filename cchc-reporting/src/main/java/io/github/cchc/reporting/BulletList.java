package io.github.cchc.reporting;

import java.util.List;

/**
 * A list of items, shown with dashes as in official documents. An empty list is shown as "không có dữ liệu".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param items the items, in NFC
 */
public record BulletList(List<String> items) implements Block {

  /**
   * Creates a list.
   *
   * @param items the items
   */
  public BulletList {
    items = items.stream().map(item -> Texts.nfc(item, "item")).toList();
  }

  /**
   * Creates a list.
   *
   * @param items the items
   * @return the list
   */
  public static BulletList of(List<String> items) {
    return new BulletList(items);
  }
}
