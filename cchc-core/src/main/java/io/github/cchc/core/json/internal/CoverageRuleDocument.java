package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON form of a coverage rule: an object whose {@code rule} field names the kind of rule, and so the fields it
 * takes. Jackson's type handling chooses the record by that name, so a field that does not belong to the rule is an
 * unknown field.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "rule")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CoverageRuleDocument.Share.class, name = "share"),
    @JsonSubTypes.Type(value = CoverageRuleDocument.Count.class, name = "count"),
    @JsonSubTypes.Type(value = CoverageRuleDocument.PerParent.class, name = "perParent"),
    @JsonSubTypes.Type(value = CoverageRuleDocument.Include.class, name = "include"),
    @JsonSubTypes.Type(value = CoverageRuleDocument.Subordinates.class, name = "subordinates"),
    @JsonSubTypes.Type(value = CoverageRuleDocument.SelfInspection.class, name = "selfInspection")})
@JsonClassDescription("A coverage rule: share, count, perParent, include, subordinates or selfInspection.")
public sealed interface CoverageRuleDocument {

  /** The names of the rules, in the order of the documentation. */
  List<String> NAMES = List.of("share", "count", "perParent", "include", "subordinates", "selfInspection");

  /**
   * At least, or more than, a share of the units of some kinds.
   *
   * @param kinds the kinds
   * @param scope the unit whose subtree holds the population, or null
   * @param atLeastPercent the inclusive bound, or null
   * @param moreThanPercent the exclusive bound, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonClassDescription("At least (or more than) a percentage of the units of some kinds.")
  record Share(
      @JsonProperty(required = true)
      @JsonPropertyDescription("The kinds of unit.")
      List<String> kinds,
      @JsonPropertyDescription("A unit id whose subtree holds the population.")
      String scope,
      @JsonPropertyDescription("At least this percentage, 0 to 100.")
      BigDecimal atLeastPercent,
      @JsonPropertyDescription("More than this percentage, 0 to below 100.")
      BigDecimal moreThanPercent) implements CoverageRuleDocument {}

  /**
   * At least a number of units of some kinds.
   *
   * @param kinds the kinds
   * @param scope the unit whose subtree holds the population, or null
   * @param atLeast the number
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonClassDescription("At least a number of units of some kinds.")
  record Count(
      @JsonProperty(required = true)
      @JsonPropertyDescription("The kinds of unit.")
      List<String> kinds,
      @JsonPropertyDescription("A unit id whose subtree holds the population.")
      String scope,
      @JsonProperty(required = true)
      @JsonPropertyDescription("At least this number of units.")
      Integer atLeast) implements CoverageRuleDocument {}

  /**
   * Between a minimum and a maximum of units under each parent.
   *
   * @param kinds the kinds
   * @param parentKinds the kinds of the parents
   * @param min the fewest
   * @param max the most
   * @param parents ALL or SELECTED, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonClassDescription("Between min and max units of some kinds under each parent of other kinds.")
  record PerParent(
      @JsonProperty(required = true)
      @JsonPropertyDescription("The kinds of unit.")
      List<String> kinds,
      @JsonProperty(required = true)
      @JsonPropertyDescription("The kinds of the parents.")
      List<String> parentKinds,
      @JsonProperty(required = true)
      @JsonPropertyDescription("The fewest per parent.")
      Integer min,
      @JsonProperty(required = true)
      @JsonPropertyDescription("The most per parent.")
      Integer max,
      @JsonPropertyDescription("ALL parents or only SELECTED parents, that are targets themselves.")
      String parents) implements CoverageRuleDocument {}

  /**
   * Named units that must be targets.
   *
   * @param units the unit ids
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonClassDescription("Named units that must be targets.")
  record Include(
      @JsonProperty(required = true)
      @JsonPropertyDescription("The named unit ids.")
      List<String> units) implements CoverageRuleDocument {}

  /**
   * Between a minimum and a maximum of subordinate units visited per target.
   *
   * @param kinds the kinds, or null for the default ones
   * @param min the fewest
   * @param max the most
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonClassDescription("Between min and max subordinate units visited at each target.")
  record Subordinates(
      @JsonPropertyDescription("The kinds of subordinate unit; subordinate and public service units if left out.")
      List<String> kinds,
      @JsonProperty(required = true)
      @JsonPropertyDescription("The fewest per target.")
      Integer min,
      @JsonProperty(required = true)
      @JsonPropertyDescription("The most per target.")
      Integer max) implements CoverageRuleDocument {}

  /**
   * At least a share of the units of some kinds send a self-inspection report.
   *
   * @param kinds the kinds
   * @param atLeastPercent the inclusive bound
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonClassDescription("At least a percentage of the units of some kinds send a self-inspection report.")
  record SelfInspection(
      @JsonProperty(required = true)
      @JsonPropertyDescription("The kinds of unit.")
      List<String> kinds,
      @JsonProperty(required = true)
      @JsonPropertyDescription("At least this percentage, 0 to 100.")
      BigDecimal atLeastPercent) implements CoverageRuleDocument {}
}
