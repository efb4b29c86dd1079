package io.github.cchc.core.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the Java example of README.md, so that the README cannot drift from the API. */
class ReadmeExampleTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theReadmeExampleCompilesRunsAndPrintsWhatTheReadmeSays(@TempDir Path dir) throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\\n(import .*?public class FirstProgram .*?)```", Pattern.DOTALL)
        .matcher(readme);
    assertTrue(m.find(), "README.md has the FirstProgram example");
    Path source = dir.resolve("FirstProgram.java");
    Files.writeString(source, m.group(1), StandardCharsets.UTF_8);

    exec(ROOT, tool("javac"), "-encoding", "UTF-8", "-d", dir.toString(),
        "-cp", System.getProperty("java.class.path"), source.toString());

    String output = run(dir);
    List<String> lines = output.lines().toList();
    assertEquals("175/KH-UBND: 40 tasks", lines.get(0));
    assertEquals(3, lines.stream().filter(l -> l.startsWith("WARNING") || l.startsWith("ERROR")).count(), output);
    assertTrue(output.contains("task.code-missing"), output);
    assertTrue(output.contains("task.code-duplicate"), output);
    assertTrue(output.contains("task.output-required"), output);
    assertEquals("2024-02-19", lines.get(lines.size() - 1));
  }

  /** Runs the example as a reader would: in its own JVM, from the repository root. */
  private static String run(Path classes) throws Exception {
    String classPath = classes + java.io.File.pathSeparator + System.getProperty("java.class.path");
    return exec(ROOT, tool("java"), "-Dstdout.encoding=UTF-8", "-Dfile.encoding=UTF-8", "-cp", classPath,
        "FirstProgram");
  }

  private static String tool(String name) {
    Path path = Path.of(System.getProperty("java.home"), "bin", name);
    assertTrue(Files.isExecutable(path), "tests run on a JDK: " + path);
    return path.toString();
  }

  private static String exec(Path workingDirectory, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output;
  }
}
