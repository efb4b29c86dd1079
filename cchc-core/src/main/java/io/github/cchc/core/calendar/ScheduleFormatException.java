package io.github.cchc.core.calendar;

/**
 * Thrown when a file of yearly schedules cannot be used: unknown format or version, malformed JSON, a bad date, a
 * date outside its year or outside the supported range, overlapping entries, or a day that is both a day off and a
 * make-up working day. The message names the file and the entry, such as {@code years[1].daysOff[3]}.
 */
public class ScheduleFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String entry;

  /**
   * Creates the exception.
   *
   * @param source the name of the file or stream
   * @param entry the path of the offending entry, such as {@code years[1].daysOff[3]}, or {@code $} for the whole
   *     document
   * @param problem what is wrong, with the offending value
   */
  public ScheduleFormatException(String source, String entry, String problem) {
    super(source + ": " + entry + ": " + problem);
    this.source = source;
    this.entry = entry;
  }

  /**
   * Returns the name of the file or stream.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the path of the offending entry.
   *
   * @return the entry, such as {@code years[1].daysOff[3]}
   */
  public String entry() {
    return entry;
  }
}
