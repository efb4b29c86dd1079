package io.github.cchc.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --encoding}: the encoding of the CSV inputs of a command (dossiers and observations files). */
final class EncodingOption {

  @Option(names = "--encoding", paramLabel = "NAME", converter = CharsetConverter.class,
      description = "Encoding of the CSV inputs (dossiers, observations): UTF-8 (default), windows-1258, UTF-16 or "
          + "any Java charset name.")
  Charset encoding = StandardCharsets.UTF_8;

  /** A charset by name; an unknown name is a usage error (exit code 2) that gives examples. */
  static final class CharsetConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String name) {
      try {
        return Charset.forName(name.strip());
      } catch (IllegalArgumentException e) {
        // UsageErrors words the message in the user's language from the option's type.
        throw new TypeConversionException("unknown encoding");
      }
    }
  }
}
