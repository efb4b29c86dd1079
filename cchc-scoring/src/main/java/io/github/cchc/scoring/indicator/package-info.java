/**
 * The indicator catalogue (Phụ lục II), observations and their aggregation over time and up the organisation hierarchy.
 */
@Value.Style(
    jakarta = true,
    overshadowImplementation = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true))
package io.github.cchc.scoring.indicator;

import org.immutables.value.Value;
