package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON form of a schedule file ({@code docs/calendar.md}): the official years of a working calendar.
 *
 * @param format {@code cchc-working-days}
 * @param version 1
 * @param description free text
 * @param years the years
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleFileDocument(
    @JsonProperty(required = true) String format,
    @JsonProperty(required = true) Integer version,
    String description,
    @JsonProperty(required = true) List<YearScheduleDocument> years) {}
