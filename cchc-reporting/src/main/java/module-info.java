/** CCHC report products and their renderers: Markdown, HTML with SVG charts, CSV, XLSX and JSON. */
module io.github.cchc.reporting {
  requires transitive org.immutables.value.annotations;
  requires transitive io.github.cchc.scoring;
  requires com.fasterxml.jackson.databind;

  exports io.github.cchc.reporting;
  exports io.github.cchc.reporting.chart;
  exports io.github.cchc.reporting.render.markdown;
  exports io.github.cchc.reporting.render.html;
  exports io.github.cchc.reporting.render.csv;
  exports io.github.cchc.reporting.render.xlsx;
  exports io.github.cchc.reporting.render.json;
  exports io.github.cchc.reporting.json;

  provides com.fasterxml.jackson.databind.Module with io.github.cchc.reporting.json.CchcReportingModule;

  opens io.github.cchc.reporting.json.internal to com.fasterxml.jackson.databind;
}
