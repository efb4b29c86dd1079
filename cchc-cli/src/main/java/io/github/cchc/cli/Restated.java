package io.github.cchc.cli;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.reporting.Block;
import io.github.cchc.reporting.BulletList;
import io.github.cchc.reporting.Paragraph;
import io.github.cchc.reporting.Section;
import io.github.cchc.scoring.indicator.Restatement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The section of a report that traces each restated figure of a unit to the old units carried into it. */
final class Restated {
  private Restated() {}

  /**
   * Returns the section: one line per indicator and period of the unit that holds figures of old units, naming each
   * old unit and its share, then what could not be carried.
   */
  static Section section(Restatement restated, String unit, OrgDirectory directory, Lang lang) {
    List<String> lines = new ArrayList<>();
    for (Restatement.Figure f : restated.figures()) {
      if (!f.unitId().equals(unit)) {
        continue;
      }
      List<String> old = new ArrayList<>();
      for (Map.Entry<String, BigDecimal> source : f.carriedFrom().entrySet()) {
        if (!directory.require(source.getKey()).isActiveOn(restated.date())) {
          old.add(Views.label(source.getKey(), directory) + " × " + decimal(source.getValue(), lang));
        }
      }
      if (!old.isEmpty()) {
        lines.add(f.indicator().code() + " (" + f.period() + "): " + String.join(", ", old));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of(lang.pick(
        "Số liệu được quy về các đơn vị hoạt động ngày " + restated.date() + ": mỗi chỉ tiêu dưới đây gồm số liệu của"
            + " các đơn vị cũ nêu kèm, nhân với phần chia; phần lẻ do chia được làm tròn đến số nguyên (nửa chẵn).",
        "Figures restated onto the units active on " + restated.date() + ": each indicator below includes the"
            + " figures of the old units named, times their share; parts left by a split are rounded to whole"
            + " numbers (half-even).")));
    blocks.add(BulletList.of(lines.isEmpty()
        ? List.of(lang.pick("Không có số liệu nào được chuyển từ đơn vị cũ.", "No figure was carried from an old unit."))
        : lines));
    List<Finding> findings = restated.findings();
    if (!findings.isEmpty()) {
      blocks.add(BulletList.of(findings.stream().map(f -> Views.findingLine(f, lang)).toList()));
    }
    return Section.unnumbered(lang.pick("Số liệu quy về đơn vị ngày " + restated.date(),
        "Figures restated onto the units of " + restated.date()), blocks);
  }

  private static String decimal(BigDecimal value, Lang lang) {
    String text = value.toPlainString();
    return lang == Lang.VI ? text.replace('.', ',') : text;
  }
}
