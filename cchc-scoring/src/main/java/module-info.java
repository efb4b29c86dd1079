/** Indicators, dossier aggregation and scorecards. */
// Qualified exports and opens name the Jackson 3 module and Jackson 3, which need not be present.
@SuppressWarnings("module")
module io.github.cchc.scoring {
  requires transitive org.immutables.value.annotations;
  requires transitive io.github.cchc.core;
  requires com.fasterxml.jackson.databind;
  // DossierJdbcReader reads a ResultSet, a Connection or a DataSource, which callers pass in.
  requires transitive java.sql;

  provides com.fasterxml.jackson.databind.Module with io.github.cchc.scoring.json.CchcScoringModule;

  exports io.github.cchc.scoring.indicator;
  exports io.github.cchc.scoring.dossier;
  exports io.github.cchc.scoring.scorecard;
  exports io.github.cchc.scoring.json;

  // The scoring documents and mappings, shared with the Jackson 3 module: not API.
  exports io.github.cchc.scoring.json.internal to io.github.cchc.jackson3;
  opens io.github.cchc.scoring.json.internal to com.fasterxml.jackson.databind, tools.jackson.databind;
}
