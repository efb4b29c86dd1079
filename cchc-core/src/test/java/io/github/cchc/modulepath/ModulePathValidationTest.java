package io.github.cchc.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.core.plan.Plan;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the module path, cchc-core is the named module {@code io.github.cchc.core} and the validation provider another
 * named module: the provider reads the constraints on the package-private getters of Plan and Task only because the
 * module opens their package. Every other test runs on the class path.
 */
class ModulePathValidationTest {

  /** The jars of cchc-core's own dependencies and of the provider, by the start of their file names. */
  private static final List<String> MODULES = List.of(
      "threeten-extra-", "value-annotations-", "jakarta.validation-api-", "jackson-core-", "jackson-databind-",
      "jackson-annotations-", "hibernate-validator-", "jboss-logging-", "classmate-", "expressly-", "jakarta.el-api-");

  @Test
  void aProviderOnTheModulePathFindsTheConstraints(@TempDir Path dir) throws Exception {
    List<String> modulePath = new ArrayList<>();
    modulePath.add(location(Plan.class));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (MODULES.stream().anyMatch(name::startsWith)) {
        modulePath.add(entry);
      }
    }
    assertEquals(MODULES.size() + 1, modulePath.size(), "cchc-core and its modules: " + modulePath);
    String testClasses = location(ValidateOnTheModulePath.class);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8",
        "--module-path", String.join(File.pathSeparator, modulePath),
        "--add-modules", "io.github.cchc.core,org.hibernate.validator,jakarta.el,org.glassfish.expressly",
        "-classpath", testClasses, ValidateOnTheModulePath.class.getName())
        .redirectError(err.toFile()).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output + Files.readString(err, StandardCharsets.UTF_8));

    assertEquals(List.of(
        "core io.github.cchc.core",
        "provider org.hibernate.validator",
        "tasks[0].outputs[0].<list element> NotBlank",
        "title NotBlank",
        "year Min"), output.lines().toList());
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
