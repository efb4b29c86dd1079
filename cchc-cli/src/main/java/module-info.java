/** The cchc command-line tool. */
module io.github.cchc.cli {
  requires io.github.cchc.reporting;
  requires io.github.cchc.reporting.docx;
  requires transitive info.picocli; // Main.commandLine() returns a picocli CommandLine
  requires com.fasterxml.jackson.databind;

  exports io.github.cchc.cli;
  opens io.github.cchc.cli to info.picocli, com.fasterxml.jackson.databind;
}
