package io.github.cchc.core.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.org.OrgKind;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareRuleTest {

  private static final Set<OrgKind> DEPARTMENTS = EnumSet.of(OrgKind.DEPARTMENT);

  @ParameterizedTest(name = "at least {0}% of {1} is {2}")
  @CsvSource({
    "30, 10, 3", "30, 19, 6", "30, 20, 6", "30, 21, 7", "50, 20, 10", "50, 21, 11", "50, 1, 1", "0, 12, 0",
    "100, 12, 12", "33.33, 3, 1", "33.34, 3, 2", "66.67, 3, 3", "10, 3321, 333", "0.01, 10000, 1", "30, 0, 0"
  })
  @DisplayName("Từ / ít nhất / tối thiểu X% means at least, rounded up exactly")
  void atLeast(String percent, int population, int required) {
    assertEquals(required, ShareRule.atLeast(new BigDecimal(percent), DEPARTMENTS).requiredCount(population));
  }

  @ParameterizedTest(name = "more than {0}% of {1} is {2}")
  @CsvSource({
    "30, 10, 4", "30, 19, 6", "30, 20, 7", "50, 20, 11", "50, 21, 11", "0, 12, 1", "99, 100, 100", "33.33, 3, 1",
    "30, 0, 0", "99.99, 10000, 10000"
  })
  @DisplayName("Trên X% means strictly more than X%")
  void moreThan(String percent, int population, int required) {
    assertEquals(required, ShareRule.moreThan(new BigDecimal(percent), DEPARTMENTS).requiredCount(population));
  }

  @Test
  @DisplayName("≥30% of 10 is 3, >30% of 10 is 4, ≥30% of 19 is 6 (domain.md §3)")
  void theExamplesOfTheDomain() {
    ShareRule atLeast = ShareRule.atLeast(BigDecimal.valueOf(30), DEPARTMENTS);
    ShareRule moreThan = ShareRule.moreThan(BigDecimal.valueOf(30), DEPARTMENTS);
    assertEquals(3, atLeast.requiredCount(10));
    assertEquals(4, moreThan.requiredCount(10));
    assertEquals(6, atLeast.requiredCount(19));
  }

  @Test
  void theRequiredCountNeverExceedsThePopulation() {
    for (int n = 0; n <= 200; n++) {
      for (int p = 0; p <= 100; p++) {
        assertTrue(ShareRule.atLeast(BigDecimal.valueOf(p), DEPARTMENTS).requiredCount(n) <= n);
        if (p < 100) {
          assertTrue(ShareRule.moreThan(BigDecimal.valueOf(p), DEPARTMENTS).requiredCount(n) <= n);
        }
      }
    }
  }

  @Test
  void impossiblePercentagesAreRejected() {
    assertThrows(ModelRuleException.class, () -> ShareRule.atLeast(BigDecimal.valueOf(101), DEPARTMENTS));
    assertThrows(ModelRuleException.class, () -> ShareRule.atLeast(BigDecimal.valueOf(-1), DEPARTMENTS));
    ModelRuleException e = assertThrows(ModelRuleException.class,
        () -> ShareRule.moreThan(BigDecimal.valueOf(100), DEPARTMENTS));
    assertTrue(e.getMessage().contains("more than 100%"), e.getMessage());
    assertThrows(ModelRuleException.class, () -> ShareRule.atLeast(BigDecimal.TEN, Set.of()));
  }

  @Test
  void otherRulesRejectReversedBounds() {
    ModelRuleException e = assertThrows(ModelRuleException.class,
        () -> new PerParentRule(EnumSet.of(OrgKind.COMMUNE), EnumSet.of(OrgKind.DISTRICT), 3, 2,
            ParentSelection.ALL));
    assertEquals("A 'perParent' rule has min 3 above max 2", e.getMessage());
    assertThrows(ModelRuleException.class, () -> SubordinatesRule.of(-1, 2));
    assertThrows(ModelRuleException.class, () -> IncludeRule.of("A", "A"));
    assertThrows(ModelRuleException.class, () -> CountRule.atLeast(-1, DEPARTMENTS));
  }

  @Test
  void descriptionsSayTheWordOfThePlan() {
    assertEquals("Trên 30% Sở, ban, ngành", ShareRule.moreThan(BigDecimal.valueOf(30), DEPARTMENTS).describeVi());
    assertEquals("At least 50% of Department",
        ShareRule.atLeast(new BigDecimal("50.00"), DEPARTMENTS).describeEn());
  }
}
