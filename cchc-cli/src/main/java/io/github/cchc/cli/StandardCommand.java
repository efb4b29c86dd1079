package io.github.cchc.cli;

import picocli.CommandLine.Mixin;

/** A command with the common options {@code --format text|json}, {@code --lang} and {@code --debug}. */
abstract class StandardCommand extends CliCommand {

  @Mixin
  CommonOptions options = new CommonOptions();

  @Override
  Lang lang() {
    return options.lang;
  }

  @Override
  boolean debug() {
    return options.debug;
  }

  boolean json() {
    return options.format == OutputFormat.JSON;
  }
}
