package io.github.cchc.core.json;

import java.util.ArrayList;
import java.util.List;

/** Where a value sits in a JSON document, built up while a document is mapped: {@code $.tasks[12].timeframe}. */
record Trail(List<Object> segments) {

  static final Trail ROOT = new Trail(List.of());

  Trail {
    segments = List.copyOf(segments);
  }

  Trail field(String name) {
    return append(name);
  }

  Trail index(int index) {
    return append(index);
  }

  private Trail append(Object segment) {
    List<Object> longer = new ArrayList<>(segments);
    longer.add(segment);
    return new Trail(longer);
  }

  /** The JSON Pointer of the value, such as {@code /tasks/12/timeframe}, used to find it in the text again. */
  String pointer() {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /** The path as users read it, such as {@code $.tasks[12].timeframe}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("$");
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append('.').append(segment);
      }
    }
    return out.toString();
  }
}
