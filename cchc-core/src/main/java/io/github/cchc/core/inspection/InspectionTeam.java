package io.github.cchc.core.inspection;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The inspection team (Đoàn kiểm tra): its head agency (usually the Department of Home Affairs), the member agencies
 * with what each inspects, the invited observers, and the sub-teams it may split into.
 *
 * <pre>{@code
 * InspectionTeam team = InspectionTeam.builder()
 *     .headAgency("DT-SNV")
 *     .addMember(new TeamMember("DT-STC", "Chế độ tự chủ"))
 *     .addObserver("Ban Dân vận Tỉnh ủy")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InspectionTeam {

  InspectionTeam() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InspectionTeam}; every field is optional. */
  public static final class Builder extends ImmutableInspectionTeam.Builder {
    Builder() {}
  }

  /**
   * Returns the head agency (Trưởng đoàn), a unit id or a name.
   *
   * @return the head agency, empty if the plan does not name it
   */
  public abstract Optional<String> headAgency();

  /**
   * Returns the member agencies with their responsibilities, in the plan's order.
   *
   * @return the members
   */
  public abstract List<TeamMember> members();

  /**
   * Returns the invited observers, such as "Ban Pháp chế Hội đồng nhân dân Tỉnh".
   *
   * @return the observers
   */
  public abstract List<String> observers();

  /**
   * Returns the sub-teams.
   *
   * @return the sub-teams, empty if the team works as one
   */
  public abstract List<SubTeam> subTeams();
}
