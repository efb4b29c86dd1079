package io.github.cchc.cli;

/** What a command prints: text for people or JSON for programs. */
public enum OutputFormat {
  /** Text for people, in the language of {@code --lang}. */
  TEXT,
  /** JSON with the field names documented in {@code docs/cli.md}. */
  JSON
}
