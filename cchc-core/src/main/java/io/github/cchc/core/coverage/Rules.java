package io.github.cchc.core.coverage;

import io.github.cchc.core.org.OrgKind;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
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
      throw new InvalidCoverageRuleException("A '" + rule + "' rule needs at least one kind in '" + field + "'");
    }
    for (OrgKind k : kinds) {
      Objects.requireNonNull(k, field);
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }

  static BigDecimal percent(String rule, String field, BigDecimal p) {
    Objects.requireNonNull(p, field);
    if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
      throw new InvalidCoverageRuleException(
          "A '" + rule + "' rule has " + field + " " + p.toPlainString() + ", outside 0..100");
    }
    return p.stripTrailingZeros().scale() < 0 ? p.setScale(0) : p.stripTrailingZeros();
  }

  static void range(String rule, int min, int max) {
    if (min < 0) {
      throw new InvalidCoverageRuleException("A '" + rule + "' rule has min " + min + ", below 0");
    }
    if (max < min) {
      throw new InvalidCoverageRuleException("A '" + rule + "' rule has min " + min + " above max " + max);
    }
  }

  static String kindsVi(Set<OrgKind> kinds) {
    return kinds.stream().map(OrgKind::label).collect(Collectors.joining(" + "));
  }

  static String kindsEn(Set<OrgKind> kinds) {
    return kinds.stream().map(OrgKind::labelEn).collect(Collectors.joining(" + "));
  }
}
