/**
 * Annual CCHC plans (Kế hoạch CCHC), their tasks, the seven reform areas and the plan's own validation rules.
 */
@Value.Style(
    jakarta = true,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"basis:bases"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true))
package io.github.cchc.core.plan;

import org.immutables.value.Value;
