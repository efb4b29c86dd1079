/**
 * Organisations: units of the provincial hierarchy in any era and the immutable {@link io.github.cchc.core.org.OrgDirectory} over them.
 */
@Value.Style(
    jakarta = true,
    overshadowImplementation = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true))
package io.github.cchc.core.org;

import org.immutables.value.Value;
