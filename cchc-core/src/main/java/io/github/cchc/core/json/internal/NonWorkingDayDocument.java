package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON form of a day that is not worked.
 *
 * @param date the day, yyyy-MM-dd
 * @param reason a {@code DayOffReason} code
 */
public record NonWorkingDayDocument(
    @JsonProperty(required = true) @IsoDate String date,
    @JsonProperty(required = true) String reason) {}
