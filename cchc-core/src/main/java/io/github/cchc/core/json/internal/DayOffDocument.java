package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON form of a day off, or of a range of days off with one reason.
 *
 * @param date the day, or null for a range
 * @param from the first day of a range
 * @param to the last day of a range, inclusive
 * @param reason a {@code DayOffReason} code other than WEEKEND
 * @param notice the number of the year's notice that fixed it
 * @param statutory true when it follows from the Labour Code without a notice
 * @param note free text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DayOffDocument(
    @IsoDate String date,
    @IsoDate String from,
    @IsoDate String to,
    @JsonProperty(required = true) String reason,
    String notice,
    Boolean statutory,
    String note) {}
