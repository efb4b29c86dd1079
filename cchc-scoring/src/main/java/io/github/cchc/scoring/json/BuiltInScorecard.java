package io.github.cchc.scoring.json;

import io.github.cchc.scoring.scorecard.Scorecard;

/**
 * The scorecards that ship with the library, as JSON resources.
 *
 * <pre>{@code
 * Scorecard index766 = BuiltInScorecard.SERVICE_INDEX_766.load();
 * }</pre>
 */
public enum BuiltInScorecard {
  /**
   * The service-quality index of decision 766/QĐ-TTg (23/6/2022): five groups with their official maxima. The
   * decision's sub-criteria are not in this library's sources, so the groups are scored as wholes; see the file's
   * notes.
   */
  SERVICE_INDEX_766("scorecard-766.json"),
  /** An EXAMPLE department scorecard showing every scoring method; its points are not official. */
  EXAMPLE_DEPARTMENT("scorecard-example-department.json"),
  /** An EXAMPLE commune scorecard showing every scoring method; its points are not official. */
  EXAMPLE_COMMUNE("scorecard-example-commune.json");

  private final String resource;

  BuiltInScorecard(String resource) {
    this.resource = resource;
  }

  /**
   * Returns the resource's file name, next to this class.
   *
   * @return the file name
   */
  public String resourceName() {
    return resource;
  }

  /**
   * Loads the scorecard.
   *
   * @return the scorecard, checked
   */
  public Scorecard load() {
    return ScorecardJson.builtIn(resource);
  }
}
