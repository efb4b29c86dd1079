package io.github.cchc.spark;

import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierProfile;
import io.github.cchc.scoring.dossier.DossierQuery;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A {@link DossierQuery} as it travels to the executors: its period codes, profile and breakdown. */
final class QuerySpec implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] periods;
  private final DossierProfile profile;
  private final boolean byField;
  private transient DossierQuery query;

  QuerySpec(DossierQuery query) {
    this.periods = query.periods().stream().map(ReportPeriod::toString).toArray(String[]::new);
    this.profile = query.profile();
    this.byField = query.byField();
    this.query = query;
  }

  DossierQuery query() {
    if (query == null) {
      List<ReportPeriod> list = Arrays.stream(periods).map(ReportPeriod::parse).toList();
      query = DossierQuery.of(list).withProfile(profile).withFieldBreakdown(byField);
    }
    return query;
  }
}
