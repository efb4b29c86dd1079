/**
 * Findings: what a check found, with its severity, the path of the offending value, a rule id and a message in Vietnamese and English.
 */
@Value.Style(
    jakarta = true,
    overshadowImplementation = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true))
package io.github.cchc.core.finding;

import org.immutables.value.Value;
