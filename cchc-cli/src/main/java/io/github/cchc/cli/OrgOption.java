package io.github.cchc.cli;

import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.org.OrgDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The required {@code --org ORG.json} option: the organisation directory. */
final class OrgOption {

  @Option(names = "--org", required = true, paramLabel = "ORG.json",
      description = "The organisation directory (docs/formats.md).")
  Path file;

  OrgDirectory directory() {
    return CliCommand.read(file, OrgDirectoryJson::read);
  }
}
