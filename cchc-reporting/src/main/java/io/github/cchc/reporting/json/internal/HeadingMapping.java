package io.github.cchc.reporting.json.internal;

import io.github.cchc.core.json.internal.Convert;
import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.core.json.internal.MappingProblem;
import io.github.cchc.core.json.internal.Message;
import io.github.cchc.core.json.internal.Problems;
import io.github.cchc.core.json.internal.Trail;
import io.github.cchc.reporting.NationalHeading;
import io.github.cchc.reporting.Signature;
import io.github.cchc.reporting.json.internal.HeadingDocument.SignatureDocument;
import java.util.List;

/**
 * The mapping of a {@link NationalHeading} to its document.
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class HeadingMapping {

  /** The mapping of a heading. */
  public static final JsonMapping<NationalHeading, HeadingDocument> HEADING = JsonMapping.of(NationalHeading.class,
      HeadingDocument.class, HeadingMapping::toDocument, HeadingMapping::toHeading);

  /** Every mapping of cchc-reporting. */
  public static final List<JsonMapping<?, ?>> ALL = List.of(HEADING);

  private HeadingMapping() {}

  static HeadingDocument toDocument(NationalHeading heading) {
    HeadingDocument doc = new HeadingDocument();
    doc.issuerLines = heading.issuerLines();
    doc.number = heading.number().orElse(null);
    doc.place = heading.place();
    doc.date = heading.date().map(Object::toString).orElse(null);
    doc.year = heading.year().isPresent() ? heading.year().getAsInt() : null;
    doc.documentType = heading.documentType().orElse(null);
    doc.summary = heading.summary().orElse(null);
    doc.signature = heading.signature().map(s -> {
      SignatureDocument sd = new SignatureDocument();
      sd.authority = s.authority().orElse(null);
      sd.title = s.title();
      sd.name = s.name();
      return sd;
    }).orElse(null);
    doc.recipients = heading.recipients();
    return doc;
  }

  static NationalHeading toHeading(HeadingDocument doc, Trail root) {
    NationalHeading.Builder b = NationalHeading.builder();
    Trail linesAt = root.field("issuerLines");
    List<String> lines = Convert.required(doc.issuerLines, linesAt);
    if (lines.isEmpty()) {
      throw new MappingProblem(linesAt, new Message("cần ít nhất một dòng tên cơ quan ban hành",
          "at least one line naming the issuer is needed"));
    }
    for (int i = 0; i < lines.size(); i++) {
      b.addIssuerLines(nonBlank(lines.get(i), linesAt.index(i)));
    }
    b.place(nonBlank(Convert.required(doc.place, root.field("place")), root.field("place")));
    if (doc.number != null) {
      b.number(nonBlank(doc.number, root.field("number")));
    }
    if (doc.date != null) {
      b.date(Convert.date(doc.date, root.field("date")));
    }
    if (doc.year != null) {
      int year = doc.year;
      if (year < 1900 || year > 9999) {
        throw new MappingProblem(root.field("year"), new Message("năm phải từ 1900 đến 9999, không phải " + year,
            "the year is between 1900 and 9999, not " + year));
      }
      if (doc.date != null && Convert.date(doc.date, root.field("date")).getYear() != year) {
        throw new MappingProblem(root.field("year"), new Message("năm " + year + " khác năm của ngày " + doc.date,
            "the year " + year + " differs from the year of the date " + doc.date));
      }
      b.year(year);
    }
    if (doc.documentType != null) {
      b.documentType(nonBlank(doc.documentType, root.field("documentType")));
    }
    if (doc.summary != null) {
      b.summary(nonBlank(doc.summary, root.field("summary")));
    }
    if (doc.signature != null) {
      b.signature(toSignature(doc.signature, root.field("signature")));
    }
    Trail recipientsAt = root.field("recipients");
    List<String> recipients = Convert.orEmpty(doc.recipients);
    for (int i = 0; i < recipients.size(); i++) {
      String recipient = nonBlank(recipients.get(i), recipientsAt.index(i));
      if (recipient.strip().startsWith("-")) {
        throw new MappingProblem(recipientsAt.index(i), new Message(
            "viết nơi nhận không có gạch đầu dòng, văn bản tự thêm: " + Problems.quote(recipient),
            "write the recipient without its leading dash, which the document adds: " + Problems.quote(recipient)));
      }
      if (i == recipients.size() - 1 && !recipient.strip().startsWith("Lưu:")) {
        throw new MappingProblem(recipientsAt.index(i), new Message(
            "nơi nhận cuối cùng là dòng lưu, như \"Lưu: VT, CCHC.\", không phải " + Problems.quote(recipient),
            "the last recipient is the archive line, such as \"Lưu: VT, CCHC.\", not " + Problems.quote(recipient)));
      }
      b.addRecipients(recipient);
    }
    return Convert.at(root, b::build);
  }

  private static Signature toSignature(SignatureDocument doc, Trail at) {
    Signature.Builder b = Signature.builder()
        .title(nonBlank(Convert.required(doc.title, at.field("title")), at.field("title")))
        .name(nonBlank(Convert.required(doc.name, at.field("name")), at.field("name")));
    if (doc.authority != null) {
      String authority = nonBlank(doc.authority, at.field("authority")).strip();
      boolean known = Signature.AUTHORITY_PREFIXES.stream()
          .anyMatch(p -> authority.startsWith(p + " ") && authority.length() > p.length() + 1);
      if (!known) {
        throw new MappingProblem(at.field("authority"), new Message(
            "thẩm quyền ký bắt đầu bằng TM., KT., Q., TL. hoặc TUQ. rồi tên cơ quan hay chức danh, như \"KT. GIÁM "
                + "ĐỐC\", không phải " + Problems.quote(authority),
            "the signing authority starts with TM., KT., Q., TL. or TUQ. and then the body or the title, such as "
                + "\"KT. GIÁM ĐỐC\", not " + Problems.quote(authority)));
      }
      b.authority(authority);
    }
    return Convert.at(at, b::build);
  }

  private static String nonBlank(String text, Trail at) {
    if (text.isBlank()) {
      throw new MappingProblem(at, new Message("không được để trống", "must not be blank"));
    }
    return text;
  }
}
