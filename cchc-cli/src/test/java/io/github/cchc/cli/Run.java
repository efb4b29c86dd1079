package io.github.cchc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** One in-process run of the tool: its exit code and what it wrote, as bytes and as UTF-8 text. */
record Run(int exitCode, byte[] outBytes, byte[] errBytes) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Run of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, out, err);
    return new Run(code, out.toByteArray(), err.toByteArray());
  }

  String out() {
    return new String(outBytes, StandardCharsets.UTF_8);
  }

  String err() {
    return new String(errBytes, StandardCharsets.UTF_8);
  }

  JsonNode json() {
    try {
      return MAPPER.readTree(outBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + out(), e);
    }
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out() + "\n--- err\n" + err();
  }
}
