package io.github.cchc.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads the small JSON files that only the tool defines (such as an inspection history), strictly: unknown fields,
 * missing values and wrong types are errors that name the file, line, column and JSON path.
 */
final class JsonInput {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .findAndAddModules()
      .build();

  private JsonInput() {}

  static <T> T read(Path file, Class<T> type) {
    try (InputStream in = Files.newInputStream(file)) {
      return MAPPER.readValue(in, type);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String path = e instanceof JsonMappingException me && !me.getPath().isEmpty()
          ? me.getPath().stream()
              .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("", "$", ": "))
          : "";
      String problem = String.valueOf(e.getOriginalMessage());
      Throwable root = e.getCause();
      if (root != null && root.getMessage() != null && !(root instanceof JsonProcessingException)) {
        problem = root.getMessage();
      }
      // Jackson's advice on its own settings means nothing to the user.
      problem = problem.replaceAll(" \\(set DeserializationConfig[^)]*\\)", "");
      throw new InputException(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          path + problem, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
