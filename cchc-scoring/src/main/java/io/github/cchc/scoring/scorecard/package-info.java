/**
 * Scorecards: criteria trees with maximum points, scoring methods, appraisal, index, bands and ranking.
 */
@Value.Style(
    jakarta = true,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"child:children", "criterion:criteria"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true))
package io.github.cchc.scoring.scorecard;

import org.immutables.value.Value;
