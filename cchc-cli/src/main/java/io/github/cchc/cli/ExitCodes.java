package io.github.cchc.cli;

/** The exit codes of the tool. */
public final class ExitCodes {

  /** Everything is fine. */
  public static final int OK = 0;

  /** The data breaks a rule: an invalid plan, an unmet coverage rule, rejected rows. */
  public static final int RULE_BROKEN = 1;

  /** A usage error, or input that cannot be read. */
  public static final int BAD_INPUT = 2;

  /** An unexpected failure inside the tool; run again with {@code --debug} for the stack trace. */
  public static final int INTERNAL_ERROR = 3;

  private ExitCodes() {}
}
