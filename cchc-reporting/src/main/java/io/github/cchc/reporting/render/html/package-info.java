/**
 * Renders reports as HTML.
 */
@Value.Style(
    jakarta = true,
    overshadowImplementation = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true))
package io.github.cchc.reporting.render.html;

import org.immutables.value.Value;
