package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md names exactly the public exception types of the library's API (the packages a module exports to
 * every reader), each final.
 */
class ErrorsDocTest {

  private static final Path ROOT = Path.of("..");

  /** A public top-level or nested class that extends an exception type. */
  private static final Pattern PUBLIC_EXCEPTION = Pattern.compile(
      "^\\s*public\\s+((?:final|abstract|static|sealed|non-sealed)\\s+)*class\\s+(\\w+)(?:<[^>]*>)?\\s+extends\\s+"
          + "[\\w.]*(?:Exception|Error|Throwable)\\b", Pattern.MULTILINE);

  /** A package exported to every module: no {@code to} clause. */
  private static final Pattern EXPORT = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  /** A type name in backticks in the document, possibly qualified. */
  private static final Pattern DOCUMENTED = Pattern.compile("`(?:[a-z][\\w]*\\.)*(\\w+(?:Exception|Error))`");

  @Test
  void theDocumentNamesEveryPublicExceptionTypeAndNoOther() throws IOException {
    Map<String, String> declared = publicExceptionTypes();
    assertFalse(declared.isEmpty());
    TreeSet<String> documented = new TreeSet<>();
    // Only the table names the library's types; the text before it names the JDK's.
    String doc = Files.readString(ROOT.resolve("docs/errors.md"), StandardCharsets.UTF_8);
    String table = doc.substring(doc.indexOf("| exception |"));
    Matcher m = DOCUMENTED.matcher(table);
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertEquals(new TreeSet<>(declared.keySet()), documented);
    declared.forEach((name, modifiers) -> assertTrue(modifiers.contains("final"), name + " is not final"));
    assertTrue(declared.size() <= 8, "about eight public exception types, found " + declared.keySet());
  }

  private static Map<String, String> publicExceptionTypes() throws IOException {
    Map<String, String> found = new TreeMap<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("cchc-")).toList()) {
        Path main = module.resolve("src/main/java");
        if (!Files.isDirectory(main)) {
          continue;
        }
        // A jar without a module descriptor (read on the class path) exports all its packages.
        Path descriptor = main.resolve("module-info.java");
        Set<Path> exported = new HashSet<>();
        Matcher e = EXPORT.matcher(Files.isRegularFile(descriptor)
            ? Files.readString(descriptor, StandardCharsets.UTF_8) : "");
        while (e.find()) {
          exported.add(main.resolve(e.group(1).replace('.', '/')));
        }
        boolean all = !Files.isRegularFile(descriptor);
        try (Stream<Path> files = Files.walk(main)) {
          for (Path file : files.filter(p -> p.toString().endsWith(".java")
              && (all || exported.contains(p.getParent()))).toList()) {
            Matcher m = PUBLIC_EXCEPTION.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
              String previous = found.put(m.group(2), m.group(0));
              assertEquals(null, previous, "two public exception types named " + m.group(2));
            }
          }
        }
      }
    }
    return found;
  }
}
