/**
 * Inspection plans (Kế hoạch kiểm tra CCHC): forms, team, timing rules, targets and findings after a visit.
 */
@Value.Style(
    jakarta = true,
    overshadowImplementation = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true))
package io.github.cchc.core.inspection;

import org.immutables.value.Value;
