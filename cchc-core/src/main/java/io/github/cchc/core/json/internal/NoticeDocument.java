package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON form of a notice that fixes days off.
 *
 * @param number its number and symbol, such as {@code 9441/TB-BNV}
 * @param date the day it was signed, yyyy-MM-dd, left out when unknown
 * @param issuer the body that issued it
 * @param subject what it decides, in a few words
 * @param note free text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoticeDocument(
    @JsonProperty(required = true) String number,
    @IsoDate String date,
    @JsonProperty(required = true) String issuer,
    String subject,
    String note) {}
