/**
 * The CCHC domain model: organisations, plans, tasks, timeframes, documents, calendars, inspection plans, coverage,
 * the target planner and the visit scheduler.
 */
// Qualified exports and opens name the library's other modules and Jackson 3, which need not be present.
@SuppressWarnings("module")
module io.github.cchc.core {
  requires transitive org.immutables.value.annotations;
  requires transitive org.threeten.extra;
  requires transitive jakarta.validation;
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
  exports io.github.cchc.core.error;
  // The constructors of the errors, for the library's other modules: not API.
  exports io.github.cchc.core.error.internal to io.github.cchc.scoring, io.github.cchc.reporting, io.github.cchc.cli,
      io.github.cchc.jackson3;
  // The one JSON layer's mappings, shared by the modules of the other jars: not API.
  exports io.github.cchc.core.json.internal to io.github.cchc.scoring, io.github.cchc.reporting, io.github.cchc.cli,
      io.github.cchc.jackson3;
  exports io.github.cchc.core.finding;
  // io.github.cchc.core.text is internal: shared text folding, not exported.

  // Open to every module: a Bean Validation provider, whichever the application uses, reads the constraints on the
  // package-private getters of Plan and Task (and Spring reads the values of the generated classes' accessors when it
  // reports a violation). No provider is named here, since none is a dependency.
  opens io.github.cchc.core.plan;
  opens io.github.cchc.core.inspection to com.fasterxml.jackson.databind;
  opens io.github.cchc.core.json.internal to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens io.github.cchc.core.calendar to com.fasterxml.jackson.databind;
}
