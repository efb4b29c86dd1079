package io.github.cchc.core.json.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a JSON document, built up while a document is mapped: {@code $.tasks[12].timeframe}.
 *
 * <p>Internal to the library. This type is immutable and thread-safe.
 *
 * @param segments the field names ({@link String}) and array indexes ({@link Integer}) from the root
 */
public record Trail(List<Object> segments) {

  /** The document itself. */
  public static final Trail ROOT = new Trail(List.of());

  /**
   * Copies the segments.
   *
   * @throws NullPointerException if the list or a segment is null
   */
  public Trail {
    segments = List.copyOf(segments);
  }

  /**
   * Returns the trail of a field of the value here.
   *
   * @param name the field name
   * @return the longer trail
   */
  public Trail field(String name) {
    return append(name);
  }

  /**
   * Returns the trail of an element of the array here.
   *
   * @param index the zero-based index
   * @return the longer trail
   */
  public Trail index(int index) {
    return append(index);
  }

  /**
   * Returns this trail followed by another.
   *
   * @param rest the trail below this one
   * @return the longer trail
   */
  public Trail then(Trail rest) {
    List<Object> longer = new ArrayList<>(segments);
    longer.addAll(rest.segments);
    return new Trail(longer);
  }

  private Trail append(Object segment) {
    List<Object> longer = new ArrayList<>(segments);
    longer.add(segment);
    return new Trail(longer);
  }

  /**
   * Returns the JSON Pointer of the value, such as {@code /tasks/12/timeframe}, used to find it in the text again.
   *
   * @return the pointer, empty for the document
   */
  public String pointer() {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /**
   * Returns the trail of a JSON Pointer.
   *
   * @param pointer such as {@code /tasks/12/timeframe}
   * @return the trail; a segment of digits is an index
   */
  public static Trail ofPointer(String pointer) {
    Trail trail = ROOT;
    if (!pointer.isEmpty()) {
      for (String segment : pointer.substring(1).split("/", -1)) {
        String name = segment.replace("~1", "/").replace("~0", "~");
        trail = name.matches("\\d{1,9}") ? trail.index(Integer.parseInt(name)) : trail.field(name);
      }
    }
    return trail;
  }

  /** Returns the path as users read it, such as {@code $.tasks[12].timeframe}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("$");
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append('.').append(Problems.cut(segment.toString()));
      }
    }
    return out.toString();
  }
}
