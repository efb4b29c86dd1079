/**
 * Charts as data and their rendering to inline SVG.
 */
@Value.Style(
    jakarta = true,
    overshadowImplementation = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true))
package io.github.cchc.reporting.chart;

import org.immutables.value.Value;
