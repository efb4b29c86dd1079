/**
 * Administrative document numbers (số, ký hiệu) and references to documents.
 */
@Value.Style(
    jakarta = true,
    overshadowImplementation = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true))
package io.github.cchc.core.document;

import org.immutables.value.Value;
