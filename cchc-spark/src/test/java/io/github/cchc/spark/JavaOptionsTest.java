package io.github.cchc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/** The module flags documented and used here are those Spark's launcher gives its own JVMs. */
class JavaOptionsTest {
  private static TreeSet<String> moduleFlags(List<String> options) {
    TreeSet<String> set = new TreeSet<>();
    options.stream().filter(o -> o.startsWith("--add-")).forEach(set::add);
    return set;
  }

  @Test
  void theFlagsAreSparksAndTheFileHoldsThePomsList() throws IOException {
    List<String> file = Files.readAllLines(Path.of("src", "main", "spark-java-options.txt")).stream()
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    List<String> pom = Arrays.asList(System.getProperty("cchc.spark.javaOptions").strip().split("\\s+"));
    assertEquals(pom, file);
    assertEquals(moduleFlags(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray())), moduleFlags(file));
  }
}
