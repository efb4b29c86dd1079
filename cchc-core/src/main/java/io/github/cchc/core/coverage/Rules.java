package io.github.cchc.core.coverage;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.org.OrgKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Argument checks and wording shared by the rule records. */
final class Rules {
  private Rules() {}

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static Set<OrgKind> kinds(String rule, String field, Collection<OrgKind> kinds) {
    Objects.requireNonNull(kinds, field);
    if (kinds.isEmpty()) {
      throw Errors.rule(ModelRuleException.Kind.COVERAGE_RULE, rule,
          "Quy tắc '" + rule + "' cần ít nhất một loại đơn vị trong '" + field + "'",
          "A '" + rule + "' rule needs at least one kind in '" + field + "'");
    }
    for (OrgKind k : kinds) {
      Objects.requireNonNull(k, field);
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }

  /** The most decimal places a percentage may have; more is no real rule, and 1e-999999999 would cost memory. */
  static final int PERCENT_DECIMALS = 6;

  static BigDecimal percent(String rule, String field, BigDecimal p) {
    Objects.requireNonNull(p, field);
    if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
      // toString, not toPlainString: 1e999999999 would be written out digit by digit.
      throw Errors.rule(ModelRuleException.Kind.COVERAGE_RULE, rule,
          "Quy tắc '" + rule + "' có " + field + " " + p + ", ngoài khoảng 0..100",
          "A '" + rule + "' rule has " + field + " " + p + ", outside 0..100");
    }
    BigDecimal stripped = p.stripTrailingZeros();
    if (stripped.scale() > PERCENT_DECIMALS) {
      throw Errors.rule(ModelRuleException.Kind.COVERAGE_RULE, rule,
          "Quy tắc '" + rule + "' có " + field + " " + p + ", quá "
          + PERCENT_DECIMALS + " chữ số thập phân", "A '" + rule + "' rule has " + field + " " + p + ", with more than "
          + PERCENT_DECIMALS + " decimal places");
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static void range(String rule, int min, int max) {
    if (min < 0) {
      throw Errors.rule(ModelRuleException.Kind.COVERAGE_RULE, rule,
          "Quy tắc '" + rule + "' có min " + min + ", nhỏ hơn 0",
          "A '" + rule + "' rule has min " + min + ", below 0");
    }
    if (max < min) {
      throw Errors.rule(ModelRuleException.Kind.COVERAGE_RULE, rule,
          "Quy tắc '" + rule + "' có min " + min + " lớn hơn max " + max,
          "A '" + rule + "' rule has min " + min + " above max " + max);
    }
  }

  /** A day as Vietnamese text writes it, 01/04/2024; the English messages keep ISO 2024-04-01. */
  static String dayVi(LocalDate day) {
    return DAY_VI.format(day);
  }

  private static final DateTimeFormatter DAY_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  static String kindsVi(Set<OrgKind> kinds) {
    return kinds.stream().map(OrgKind::label).collect(Collectors.joining(" + "));
  }

  static String kindsEn(Set<OrgKind> kinds) {
    return kinds.stream().map(OrgKind::labelEn).collect(Collectors.joining(" + "));
  }
}
