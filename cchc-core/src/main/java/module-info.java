/**
 * The CCHC domain model: organisations, plans, tasks, timeframes, documents, calendars, inspection plans, coverage,
 * the target planner and the visit scheduler.
 */
module io.github.cchc.core {
  requires transitive org.immutables.value.annotations;
  requires transitive org.threeten.extra;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires transitive com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with io.github.cchc.core.json.CchcCoreModule;

  exports io.github.cchc.core.org;
  exports io.github.cchc.core.plan;
  exports io.github.cchc.core.timeframe;
  exports io.github.cchc.core.document;
  exports io.github.cchc.core.calendar;
  exports io.github.cchc.core.inspection;
  exports io.github.cchc.core.coverage;
  exports io.github.cchc.core.schedule;
  exports io.github.cchc.core.json;
  exports io.github.cchc.core.format;
  // The one JSON layer's mappings, shared by the modules of the other jars: not API.
  exports io.github.cchc.core.json.internal to io.github.cchc.scoring, io.github.cchc.reporting, io.github.cchc.cli,
      io.github.cchc.jackson3;
  exports io.github.cchc.core.finding;
  // io.github.cchc.core.text is internal: shared text folding, not exported.

  // opens io.github.cchc.core.org to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.cchc.core.plan to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.cchc.core.inspection to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.cchc.core.json.internal to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.cchc.core.calendar to com.fasterxml.jackson.databind;
}
