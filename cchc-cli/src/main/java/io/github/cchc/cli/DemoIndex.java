package io.github.cchc.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo's {@code index.html}: one self-contained page linking every report file and every input file. */
final class DemoIndex {

  /** A report product and its files, relative to the index. */
  record Entry(String title, List<String> files) {}

  private DemoIndex() {}

  static String html(List<Entry> entries, List<String> dataFiles, List<String> figures, Lang lang) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.VI ? "vi" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>cchc demo</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}\n")
        .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem .6rem;")
        .append("text-align:left;vertical-align:top}th{background:#f3f3f3}a{margin-right:.6rem}\n")
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(lang.pick("cchc — báo cáo minh họa: tỉnh Thái Bình, năm 2024",
            "cchc — example reports: Thái Bình province, 2024")))
        .append("</h1>\n<p>")
        .append(escape(lang.pick("Dữ liệu minh họa, sinh tự động với hạt giống cố định; chỉ nội dung kế hoạch CCHC "
                + "năm 2024 là văn bản thật.",
            "Example data, generated from fixed seeds; only the 2024 reform plan's text is a real document.")))
        .append("</p>\n<ul>\n");
    for (String figure : figures) {
      b.append("<li>").append(escape(figure)).append("</li>\n");
    }
    b.append("</ul>\n<table>\n<tr><th>").append(escape(lang.pick("Báo cáo", "Report"))).append("</th><th>")
        .append(escape(lang.pick("Tệp", "Files"))).append("</th></tr>\n");
    for (Entry e : entries) {
      b.append("<tr><td>").append(escape(e.title())).append("</td><td>");
      for (String f : e.files()) {
        b.append("<a href=\"").append(escape(f)).append("\">").append(escape(label(f))).append("</a> ");
      }
      b.append("</td></tr>\n");
    }
    b.append("</table>\n<h2>").append(escape(lang.pick("Dữ liệu đầu vào", "Input data"))).append("</h2>\n<ul>\n");
    for (String f : dataFiles) {
      b.append("<li><a href=\"").append(escape(f)).append("\">").append(escape(f)).append("</a></li>\n");
    }
    return b.append("</ul>\n</body>\n</html>\n").toString();
  }

  /** The link text: the format, and for one of several CSV files its table. */
  private static String label(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? name : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    Matcher table = Pattern.compile("-(\\d\\d)-[^/]*\\.csv$").matcher(name);
    if (ext.equals("CSV") && table.find()) {
      return "CSV " + table.group(1);
    }
    return ext;
  }

  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
