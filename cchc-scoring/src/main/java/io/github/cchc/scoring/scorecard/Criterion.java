package io.github.cchc.scoring.scorecard;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * One node of a criteria tree: an area (lĩnh vực), a criterion (tiêu chí) or a sub-criterion (tiêu chí thành phần), to
 * any depth.
 *
 * <p>A leaf carries a {@link ScoringMethod}; a group carries children instead, and its maximum must equal the sum of
 * its children's maxima. Texts are kept in Unicode NFC. Every check is made when the criterion is built:
 *
 * <pre>{@code
 * Criterion plan = Criterion.leaf("1.1", "Ban hành kế hoạch CCHC năm", new BigDecimal("1"), ScoringMethod.yesNo());
 * Criterion report = Criterion.leaf("1.2", "Báo cáo CCHC định kỳ", new BigDecimal("1"),
 *     ScoringMethod.deadline(new BigDecimal("1"), new BigDecimal("0.5"), BigDecimal.ZERO));
 * Criterion area = Criterion.group("1", "Công tác chỉ đạo, điều hành", new BigDecimal("2"), List.of(plan, report));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Criterion {

  Criterion() {
  }

  /**
   * Returns the code, unique within its scorecard, for example {@code 2.3.1}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the Vietnamese name.
   *
   * @return the name, in NFC
   */
  public abstract String name();

  /**
   * Returns the maximum points.
   *
   * @return the maximum, above zero
   */
  public abstract BigDecimal maxPoints();

  /**
   * Returns the scoring method of a leaf; empty for a group.
   *
   * @return the method
   */
  public abstract Optional<ScoringMethod> method();

  /**
   * Returns the evidence required (tài liệu kiểm chứng), for example the plan's decision and its publication.
   *
   * @return the evidence items, possibly empty
   */
  public abstract List<String> evidence();

  /**
   * Returns a note on the criterion, such as where its figures come from or what the source leaves open.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Returns the sub-criteria, in order; empty for a leaf.
   *
   * @return the children
   */
  public abstract List<Criterion> children();

  /**
   * Tells whether this criterion is scored directly (it has a method and no children).
   *
   * @return true for a leaf
   */
  public boolean isLeaf() {
    return children().isEmpty();
  }

  /**
   * Returns this criterion and all its descendants, parents before children.
   *
   * @return the criteria in document order
   */
  public Stream<Criterion> flatten() {
    return Stream.concat(Stream.of(this), children().stream().flatMap(Criterion::flatten));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a leaf criterion.
   *
   * @param code the code
   * @param name the Vietnamese name
   * @param maxPoints the maximum points
   * @param method the scoring method
   * @return the criterion
   * @throws io.github.cchc.core.error.ModelRuleException if the method does not fit the maximum (see {@link
   *     Builder#build()})
   */
  public static Criterion leaf(String code, String name, BigDecimal maxPoints, ScoringMethod method) {
    return builder().code(code).name(name).maxPoints(maxPoints).method(method).build();
  }

  /**
   * Obtains a group criterion.
   *
   * @param code the code
   * @param name the Vietnamese name
   * @param maxPoints the maximum points, equal to the sum of the children's
   * @param children the sub-criteria, not empty
   * @return the criterion
   * @throws io.github.cchc.core.error.ModelRuleException if the children's maxima do not add up or their codes
   *     repeat
   */
  public static Criterion group(String code, String name, BigDecimal maxPoints, List<Criterion> children) {
    return builder().code(code).name(name).maxPoints(maxPoints).addAllChildren(children).build();
  }

  /**
   * Builds criteria. {@code build()} checks the criterion and throws a {@link
   * io.github.cchc.core.error.ModelRuleException} (kind {@code SCORECARD}) whose subject is the code at fault: when
   * the children's maxima do not add up, a code repeats below it, deadline points are outside 0..max, for a blank code
   * or name, a maximum not above zero, a leaf without a method, a
   * group with one, bands out of order, a threshold outside (0, 100] or survey weights outside 0..100%.
   */
  public static class Builder extends ImmutableCriterion.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }

  @Value.Check
  Criterion normalizeAndCheck() {
    if (!Text.isNfc(name()) || !Text.isNfc(note()) || !Text.isNfc(evidence())) {
      return builder().from(this)
          .name(Text.nfc(name()))
          .note(note().map(Text::nfc))
          .evidence(evidence().stream().map(Text::nfc).toList())
          .build();
    }
    check();
    return this;
  }

  private void check() {
    String code = code();
    if (code.isBlank()) {
      throw Faults.criterion("\"" + code + "\"", "mã trống", "the code is blank");
    }
    if (name().isBlank()) {
      throw Faults.criterion(code, "tên trống", "the name is blank");
    }
    if (maxPoints().signum() <= 0) {
      throw Faults.criterion(code, "điểm tối đa phải lớn hơn 0, gặp " + maxPoints().toPlainString(),
          "the maximum must be above zero, not " + maxPoints().toPlainString());
    }
    if (children().isEmpty()) {
      ScoringMethod method = method().orElseThrow(
          () -> Faults.criterion(code, "tiêu chí không có tiêu chí con cần một phương pháp chấm",
              "a leaf criterion needs a scoring method"));
      MethodChecks.check(code, maxPoints(), method);
    } else {
      if (method().isPresent()) {
        throw Faults.criterion(code, "tiêu chí có tiêu chí con được chấm từ các tiêu chí con, không nhận phương pháp ("
            + method().get().kind() + ")", "a criterion with sub-criteria is scored from them and takes no method ("
            + method().get().kind() + ")");
      }
      BigDecimal sum = children().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(maxPoints()) != 0) {
        throw Faults.criterion(code, "điểm tối đa " + maxPoints().toPlainString()
            + " nhưng tổng điểm tối đa của các tiêu chí con là " + sum.toPlainString(), "maximum "
            + maxPoints().toPlainString() + " but its children's maxima add up to " + sum.toPlainString());
      }
      Set<String> seen = new HashSet<>();
      flatten().map(Criterion::code).filter(c -> !seen.add(c)).findFirst().ifPresent(c -> {
        throw Faults.criterion(c, "mã dùng nhiều lần trong tiêu chí " + code,
            "the code is used more than once in criterion " + code);
      });
    }
  }
}
