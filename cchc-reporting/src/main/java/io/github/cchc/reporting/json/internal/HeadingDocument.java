package io.github.cchc.reporting.json.internal;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.cchc.core.json.internal.IsoDate;
import java.util.List;

/**
 * The JSON form of a document's heading, signature and recipients; see
 * {@link io.github.cchc.reporting.json.HeadingJson}. A {@code null} anywhere is refused: a part left out is left out
 * of the file. The documents are classes with fields rather than records because Jackson reports an absent record
 * component as a {@code null} one, and only an explicit {@code null} is to be refused; the mapping checks the required
 * fields.
 *
 * <p>Internal to the library.
 */
@JsonClassDescription("The heading, signature block and recipients of an official document (Nghị định "
    + "30/2020/NĐ-CP, Phụ lục I).")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"issuerLines", "number", "place", "date", "year", "documentType", "summary", "signature",
    "recipients"})
public final class HeadingDocument {

  @JsonProperty(required = true)
  @JsonSetter(nulls = Nulls.FAIL)
  @JsonPropertyDescription("The issuer, the parent body first, such as [\"UBND TỈNH THÁI BÌNH\", \"SỞ NỘI VỤ\"].")
  public List<String> issuerLines;

  @JsonSetter(nulls = Nulls.FAIL)
  @JsonPropertyDescription("The number and symbol, such as \"125/BC-SNV\"; a draft gives the symbol alone, "
      + "\"/BC-SNV\", or leaves the field out.")
  public String number;

  @JsonProperty(required = true)
  @JsonSetter(nulls = Nulls.FAIL)
  @JsonPropertyDescription("The place of issue, such as \"Thái Bình\".")
  public String place;

  @IsoDate
  @JsonSetter(nulls = Nulls.FAIL)
  @JsonPropertyDescription("The date of issue, yyyy-MM-dd; left out in a draft.")
  public String date;

  @JsonSetter(nulls = Nulls.FAIL)
  @JsonPropertyDescription("The year of a draft without a date, shown as \"ngày … tháng … năm 2024\".")
  public Integer year;

  @JsonSetter(nulls = Nulls.FAIL)
  @JsonPropertyDescription("The document type in capitals, such as \"BÁO CÁO\".")
  public String documentType;

  @JsonSetter(nulls = Nulls.FAIL)
  @JsonPropertyDescription("The summary of the content (trích yếu).")
  public String summary;

  @JsonSetter(nulls = Nulls.FAIL)
  @JsonPropertyDescription("The signature block; left out for a document not to be signed.")
  public SignatureDocument signature;

  @JsonSetter(nulls = Nulls.FAIL)
  @JsonPropertyDescription("The recipients under \"Nơi nhận:\", each without its leading dash, the last one "
      + "the archive line \"Lưu: VT, …\".")
  public List<String> recipients;

  /** Creates an empty document, for Jackson. */
  public HeadingDocument() {}

  /** The JSON form of a signature block. */
  @JsonClassDescription("The signature block: the authority, the signer's title and the name.")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"authority", "title", "name"})
  public static final class SignatureDocument {

    @JsonSetter(nulls = Nulls.FAIL)
    @JsonPropertyDescription("TM., KT., Q., TL. or TUQ. and the body or the head, such as \"KT. GIÁM ĐỐC\"; "
        + "left out when the head signs in their own right.")
    public String authority;

    @JsonProperty(required = true)
    @JsonSetter(nulls = Nulls.FAIL)
    @JsonPropertyDescription("The signer's title, such as \"PHÓ GIÁM ĐỐC\".")
    public String title;

    @JsonProperty(required = true)
    @JsonSetter(nulls = Nulls.FAIL)
    @JsonPropertyDescription("The signer's name.")
    public String name;

    /** Creates an empty document, for Jackson. */
    public SignatureDocument() {}
  }
}
