/** Indicators, dossier aggregation and scorecards. */
module io.github.cchc.scoring {
  requires transitive org.immutables.value.annotations;
  requires transitive io.github.cchc.core;
  requires com.fasterxml.jackson.databind;

  exports io.github.cchc.scoring.indicator;
  exports io.github.cchc.scoring.dossier;
  exports io.github.cchc.scoring.scorecard;
  exports io.github.cchc.scoring.json;

  opens io.github.cchc.scoring.json to com.fasterxml.jackson.databind;
}
