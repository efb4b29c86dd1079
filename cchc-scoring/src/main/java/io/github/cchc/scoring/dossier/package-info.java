/**
 * Administrative-procedure dossiers (hồ sơ TTHC): a streaming CSV reader and a columnar aggregation engine.
 */
@Value.Style(
    jakarta = true,
    overshadowImplementation = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true))
package io.github.cchc.scoring.dossier;

import org.immutables.value.Value;
