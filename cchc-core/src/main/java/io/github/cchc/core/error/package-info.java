/**
 * The errors a caller of the library can cause, few and documented (docs/errors.md): each is final and unchecked,
 * created by the library only, says in Vietnamese and in English what is wrong ({@link
 * io.github.cchc.core.error.LocalizedError}) and carries what a caller can act on.
 *
 * <ul>
 *   <li>{@link io.github.cchc.core.error.InputFormatException}: a document (JSON or CSV) that cannot be read as the
 *       model, with its source, JSON path, line and column;
 *   <li>{@link io.github.cchc.core.error.TextParseException}: a timeframe, document number, lunar date or rate text
 *       that cannot be read, with the index where reading stopped;
 *   <li>{@link io.github.cchc.core.error.UnknownReferenceException}: an unknown unit, indicator or criterion id,
 *       with the nearest known ids;
 *   <li>{@link io.github.cchc.core.error.ModelRuleException}: a model value that breaks a rule of its kind;
 *   <li>{@link io.github.cchc.core.error.CalendarException}: a date out of a calendar's range, a lunar date that
 *       does not exist;
 *   <li>{@link io.github.cchc.core.error.AggregationException}: figures that cannot be combined.
 * </ul>
 *
 * <p>The dossier reader's {@code io.github.cchc.scoring.dossier.InvalidDossierRowException} is the one more, kept
 * beside the rejection reasons it carries.
 */
package io.github.cchc.core.error;
