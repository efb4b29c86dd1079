package io.github.cchc.reporting.render.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.cchc.reporting.Block;
import io.github.cchc.reporting.BulletList;
import io.github.cchc.reporting.Cell;
import io.github.cchc.reporting.Column;
import io.github.cchc.reporting.Figure;
import io.github.cchc.reporting.NationalHeading;
import io.github.cchc.reporting.Signature;
import io.github.cchc.reporting.Paragraph;
import io.github.cchc.reporting.Placeholder;
import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.Row;
import io.github.cchc.reporting.Section;
import io.github.cchc.reporting.Table;
import io.github.cchc.reporting.chart.BarChart;
import io.github.cchc.reporting.chart.Chart;
import io.github.cchc.reporting.chart.LineChart;
import io.github.cchc.reporting.chart.ShareChart;
import io.github.cchc.reporting.chart.TimelineChart;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link Report} as JSON with Jackson, for machines: exact values (numbers as JSON numbers written in
 * plain notation, dates as ISO {@code yyyy-MM-dd}), with each cell's display text beside its value. Field names are
 * stable and documented in {@code docs/reporting.md}; an absent optional value is {@code null}, so that every object
 * of a kind has the same fields.
 *
 * <pre>{@code
 * {"format": "cchc-report", "version": 1, "locale": "vi", "title": "…", "subtitle": null,
 *  "heading": {"issuer": ["UBND TỈNH SƠN LA", "SỞ NỘI VỤ"], "number": "125/BC-SNV", "place": "Sơn La",
 *              "date": "2024-06-14"},
 *  "blocks": [{"type": "section", "number": "I", "heading": "…", "blocks": […]},
 *             {"type": "paragraph", "text": "…"}, {"type": "list", "items": […]},
 *             {"type": "placeholder", "hint": "…"},
 *             {"type": "table", "title": "…", "note": null, "columns": [{"header": "…", "type": "PERCENT"}],
 *              "rows": [{"kind": "DATA", "cells": [{"type": "PERCENT", "value": 95.12, "text": "95,12%"}]}]},
 *             {"type": "chart", "chart": {"kind": "bar", …}}]}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonRenderer {

  /** The version of the JSON layout; it changes only when a field changes meaning or disappears. */
  public static final int VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();

  private JsonRenderer() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the JSON text, indented, ending with a line break
   */
  public static String render(Report report) {
    Objects.requireNonNull(report, "report");
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      ReportLocale locale = report.locale();
      json.writeStartObject();
      json.writeStringField("format", "cchc-report");
      json.writeNumberField("version", VERSION);
      json.writeStringField("locale", locale.languageTag());
      json.writeStringField("title", report.title());
      optional(json, "subtitle", report.subtitle());
      json.writeFieldName("heading");
      if (report.heading().isPresent()) {
        heading(json, report.heading().get());
      } else {
        json.writeNull();
      }
      json.writeFieldName("blocks");
      blocks(json, report.blocks(), locale);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the JSON report: " + e.getMessage(), e);
    }
    return out.toString().replace("\r\n", "\n") + "\n";
  }

  private static void heading(JsonGenerator json, NationalHeading heading) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("issuer");
    for (String line : heading.issuerLines()) {
      json.writeString(line);
    }
    json.writeEndArray();
    optional(json, "number", heading.number());
    json.writeStringField("place", heading.place());
    optional(json, "date", heading.date().map(Object::toString));
    if (heading.year().isPresent()) {
      json.writeNumberField("year", heading.year().getAsInt());
    } else {
      json.writeNullField("year");
    }
    optional(json, "documentType", heading.documentType());
    optional(json, "summary", heading.summary());
    if (heading.signature().isPresent()) {
      Signature signature = heading.signature().get();
      json.writeObjectFieldStart("signature");
      optional(json, "authority", signature.authority());
      json.writeStringField("title", signature.title());
      json.writeStringField("name", signature.name());
      json.writeEndObject();
    } else {
      json.writeNullField("signature");
    }
    json.writeArrayFieldStart("recipients");
    for (String recipient : heading.recipients()) {
      json.writeString(recipient);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void blocks(JsonGenerator json, List<Block> blocks, ReportLocale locale) throws IOException {
    json.writeStartArray();
    for (Block block : blocks) {
      json.writeStartObject();
      if (block instanceof Section section) {
        json.writeStringField("type", "section");
        optional(json, "number", section.number());
        json.writeStringField("heading", section.heading());
        json.writeFieldName("blocks");
        blocks(json, section.blocks(), locale);
      } else if (block instanceof Paragraph paragraph) {
        json.writeStringField("type", "paragraph");
        json.writeStringField("text", paragraph.text());
      } else if (block instanceof BulletList list) {
        json.writeStringField("type", "list");
        json.writeArrayFieldStart("items");
        for (String item : list.items()) {
          json.writeString(item);
        }
        json.writeEndArray();
      } else if (block instanceof Placeholder placeholder) {
        json.writeStringField("type", "placeholder");
        json.writeStringField("hint", placeholder.hint());
      } else if (block instanceof Table table) {
        json.writeStringField("type", "table");
        table(json, table, locale);
      } else if (block instanceof Figure figure) {
        json.writeStringField("type", "chart");
        json.writeFieldName("chart");
        chart(json, figure.chart());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void table(JsonGenerator json, Table table, ReportLocale locale) throws IOException {
    json.writeStringField("title", table.title());
    optional(json, "note", table.note());
    json.writeArrayFieldStart("columns");
    for (Column column : table.columns()) {
      json.writeStartObject();
      json.writeStringField("header", column.header());
      json.writeStringField("type", column.type().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("rows");
    for (Row row : table.rows()) {
      json.writeStartObject();
      json.writeStringField("kind", row.kind().name());
      json.writeArrayFieldStart("cells");
      for (Cell cell : row.cells()) {
        cell(json, cell, locale);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void cell(JsonGenerator json, Cell cell, ReportLocale locale) throws IOException {
    json.writeStartObject();
    if (cell instanceof Cell.Empty) {
      json.writeStringField("type", "EMPTY");
      json.writeEndObject();
      return;
    }
    json.writeStringField("type", cell.type().name());
    if (cell instanceof Cell.Text text) {
      json.writeStringField("value", text.value());
    } else if (cell instanceof Cell.Integer integer) {
      json.writeNumberField("value", integer.value());
    } else if (cell instanceof Cell.Decimal decimal) {
      json.writeNumberField("value", decimal.value());
    } else if (cell instanceof Cell.Percent percent) {
      json.writeNumberField("value", percent.value());
    } else if (cell instanceof Cell.Date date) {
      json.writeStringField("value", date.value().toString());
    } else if (cell instanceof Cell.CountWithShare share) {
      json.writeNumberField("count", share.count());
      json.writeFieldName("percent");
      if (share.percent().isPresent()) {
        json.writeNumber(share.percent().get());
      } else {
        json.writeNull();
      }
      json.writeStringField("noun", share.noun());
    }
    json.writeStringField("text", locale.format(cell));
    json.writeEndObject();
  }

  private static void chart(JsonGenerator json, Chart chart) throws IOException {
    json.writeStartObject();
    if (chart instanceof BarChart bar) {
      json.writeStringField("kind", "bar");
      json.writeStringField("title", bar.title());
      json.writeStringField("orientation", bar.orientation().name());
      json.writeStringField("valueKind", bar.kind().name());
      json.writeStringField("categoryTitle", bar.categoryTitle());
      json.writeStringField("valueTitle", bar.valueTitle());
      json.writeArrayFieldStart("bars");
      for (BarChart.Bar b : bar.bars()) {
        json.writeStartObject();
        json.writeStringField("label", b.label());
        json.writeNumberField("value", b.value());
        json.writeEndObject();
      }
      json.writeEndArray();
    } else if (chart instanceof LineChart line) {
      json.writeStringField("kind", "line");
      json.writeStringField("title", line.title());
      json.writeStringField("valueKind", line.kind().name());
      json.writeStringField("categoryTitle", line.categoryTitle());
      json.writeArrayFieldStart("categories");
      for (String category : line.categories()) {
        json.writeString(category);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("series");
      for (LineChart.Series series : line.series()) {
        json.writeStartObject();
        json.writeStringField("name", series.name());
        json.writeArrayFieldStart("values");
        for (Optional<BigDecimal> value : series.values()) {
          if (value.isPresent()) {
            json.writeNumber(value.get());
          } else {
            json.writeNull();
          }
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    } else if (chart instanceof ShareChart share) {
      json.writeStringField("kind", "share");
      json.writeStringField("title", share.title());
      json.writeStringField("style", share.style().name());
      json.writeStringField("categoryTitle", share.categoryTitle());
      json.writeStringField("valueTitle", share.valueTitle());
      json.writeArrayFieldStart("slices");
      for (ShareChart.Slice slice : share.slices()) {
        json.writeStartObject();
        json.writeStringField("label", slice.label());
        json.writeNumberField("value", slice.value());
        json.writeFieldName("percent");
        Optional<BigDecimal> percent = share.shareOf(slice);
        if (percent.isPresent()) {
          json.writeNumber(percent.get());
        } else {
          json.writeNull();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    } else if (chart instanceof TimelineChart timeline) {
      json.writeStringField("kind", "timeline");
      json.writeStringField("title", timeline.title());
      json.writeArrayFieldStart("items");
      for (TimelineChart.Item item : timeline.items()) {
        json.writeStartObject();
        json.writeStringField("label", item.label());
        json.writeStringField("start", item.start().toString());
        json.writeStringField("end", item.end().toString());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    } else {
      json.writeNullField(field);
    }
  }
}
