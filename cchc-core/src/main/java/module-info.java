/**
 * The CCHC domain model: organisations, plans, tasks, timeframes, documents, calendars, inspection plans, coverage,
 * the target planner and the visit scheduler.
 */
module io.github.cchc.core {
  requires transitive org.immutables.value.annotations;
  requires transitive org.threeten.extra;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires com.fasterxml.jackson.databind;

  exports io.github.cchc.core.org;
  exports io.github.cchc.core.plan;
  exports io.github.cchc.core.timeframe;
  exports io.github.cchc.core.document;
  exports io.github.cchc.core.calendar;
  exports io.github.cchc.core.inspection;
  exports io.github.cchc.core.coverage;
  exports io.github.cchc.core.schedule;
  exports io.github.cchc.core.json;
  exports io.github.cchc.core.finding;
  // io.github.cchc.core.text is internal: shared text folding, not exported.

  // opens io.github.cchc.core.org to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.cchc.core.plan to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.cchc.core.inspection to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.cchc.core.json to com.fasterxml.jackson.databind;
  opens io.github.cchc.core.calendar to com.fasterxml.jackson.databind;
}
