package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a consumer's build sees it: the class path Maven gives a project that depends on cchc-reporting
 * (compile and runtime scopes only, written by the build to {@code target/consumer-classpath.txt}; the command-line
 * tool adds only picocli and Jackson to it).
 */
class ConsumerBuildTest {

  private static final Path CLASS_PATH_FILE = Path.of("target", "consumer-classpath.txt");

  private static final String CONSUMER = """
      import io.github.cchc.core.document.DocumentNumber;
      import io.github.cchc.core.finding.Finding;
      import io.github.cchc.core.plan.Plan;
      import io.github.cchc.core.plan.PlanValidator;
      import io.github.cchc.core.plan.Task;
      import io.github.cchc.core.org.OrgUnit;
      import io.github.cchc.core.inspection.InspectionPlan;
      import io.github.cchc.core.coverage.PlanningRequest;
      import io.github.cchc.core.schedule.ScheduleRequest;
      import io.github.cchc.scoring.dossier.Dossier;
      import io.github.cchc.reporting.Report;
      import io.github.cchc.reporting.ReportOptions;
      import jakarta.validation.NoProviderFoundException;
      import jakarta.validation.Validation;
      import jakarta.validation.ValidatorFactory;
      import java.util.List;

      public final class Consumer {
        private Consumer() {}

        public static List<Object> builders() {
          return List.of(Plan.builder(), Task.builder(), OrgUnit.builder(), InspectionPlan.builder(),
              PlanningRequest.builder(), ScheduleRequest.builder(), Dossier.builder(), Report.builder(),
              ReportOptions.builder());
        }

        public static Plan copy(Plan plan) {
          return Plan.builder().from(plan).title(plan.title()).build();
        }

        public static void main(String[] args) {
          try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            System.out.println("provider " + factory.getClass().getName());
          } catch (NoProviderFoundException e) {
            System.out.println("provider none");
          }
          Plan plan = Plan.builder().number(DocumentNumber.parse("175/KH-UBND")).issuer("UBND tỉnh")
              .place("Thái Bình").year(1999).title(" ").build();
          for (Finding finding : PlanValidator.validate(plan)) {
            System.out.println(finding.ruleId() + " " + finding.path());
          }
        }
      }
      """;

  @Test
  void aConsumerCompilesAgainstTheJarsWithEveryLintWarningAnError(@TempDir Path dir) throws Exception {
    compileConsumer(dir);
  }

  /**
   * The library validates a plan without a Bean Validation provider, whose structural findings it computes itself,
   * and prints nothing of its own: no provider announces its version on stderr.
   */
  @Test
  void aConsumerValidatesAPlanWithoutAValidationProviderAndNothingIsLogged(@TempDir Path dir) throws Exception {
    Path classes = compileConsumer(dir);
    List<String> classPath = new ArrayList<>(consumerClassPath());
    classPath.add(classes.toString());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-classpath", String.join(File.pathSeparator, classPath), "Consumer")
        .redirectError(err.toFile()).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output + Files.readString(err, StandardCharsets.UTF_8));
    assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
    List<String> lines = output.lines().toList();
    assertEquals("provider none", lines.get(0));
    assertTrue(lines.contains("structure.not-blank title") && lines.contains("structure.min year"), output);
  }

  @Test
  void theConsumerClassPathHasTheValidationApiButNoProviderAndNoExpressionLanguage() throws IOException {
    List<String> names = consumerClassPath().stream().map(e -> Path.of(e).getFileName().toString()).toList();
    assertTrue(names.stream().anyMatch(n -> n.startsWith("jakarta.validation-api-")), names.toString());
    for (String name : names) {
      for (String unwanted : List.of("hibernate-validator", "expressly", "jakarta.el", "jboss-logging", "classmate")) {
        assertFalse(name.startsWith(unwanted), "a consumer does not get " + name);
      }
    }
  }

  @Test
  void theConsumerClassPathHasNoAnnotationProcessorAndNoTestLibrary() throws IOException {
    for (String entry : consumerClassPath()) {
      String name = Path.of(entry).getFileName().toString();
      assertFalse(name.matches("value-\\d.*\\.jar"), "the Immutables processor is not a dependency: " + entry);
      assertFalse(name.startsWith("junit") || name.startsWith("quicktheories") || name.startsWith("cchc-testing"),
          entry);
    }
  }

  /**
   * Javadoc documents the public methods a public class inherits from a class that is not public as the class's own.
   * So every generated builder a user extends stays package-private: the public {@code Builder} of each value type
   * then shows every method with its documentation instead of "Methods inherited from class ImmutableX.Builder".
   */
  @Test
  void everyPublicBuilderExtendsABuilderThatIsNotPublic() throws Exception {
    List<String> checked = new ArrayList<>();
    for (String entry : consumerClassPath()) {
      if (!entry.contains("cchc-")) {
        continue;
      }
      for (String className : classNames(Path.of(entry))) {
        if (!className.endsWith("$Builder")) {
          continue;
        }
        Class<?> builder = Class.forName(className, false, getClass().getClassLoader());
        if (!Modifier.isPublic(builder.getModifiers()) || builder.getDeclaringClass() == null
            || !Modifier.isPublic(builder.getDeclaringClass().getModifiers())) {
          continue;
        }
        Class<?> parent = builder.getSuperclass();
        assertTrue(parent == Object.class || !Modifier.isPublic(parent.getModifiers()),
            className + " extends the public " + parent.getName());
        checked.add(className);
      }
    }
    assertTrue(checked.size() >= 10, "public builders found: " + checked);
  }

  /** Compiles the consumer's class against the consumer class path with {@code -Xlint:all -Werror}. */
  private static Path compileConsumer(Path dir) throws Exception {
    Path source = dir.resolve("Consumer.java");
    Files.writeString(source, CONSUMER, StandardCharsets.UTF_8);
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    assertTrue(Files.isExecutable(javac), "tests run on a JDK: " + javac);
    Path classes = dir.resolve("classes");
    Process process = new ProcessBuilder(javac.toString(), "-Xlint:all", "-Werror", "-proc:none", "--release", "17",
        "-encoding", "UTF-8", "-d", classes.toString(),
        "-classpath", String.join(File.pathSeparator, consumerClassPath()), source.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertEquals("", output.strip());
    return classes;
  }

  private static List<String> consumerClassPath() throws IOException {
    assertTrue(Files.exists(CLASS_PATH_FILE), "the build writes " + CLASS_PATH_FILE);
    String text = Files.readString(CLASS_PATH_FILE, StandardCharsets.UTF_8).strip();
    List<String> entries = new ArrayList<>(List.of(text.split(File.pathSeparator)));
    entries.removeIf(String::isBlank);
    assertTrue(entries.stream().anyMatch(e -> e.contains("cchc-core")), "cchc-core on " + entries);
    return entries;
  }

  private static List<String> classNames(Path entry) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(entry)) {
      try (Stream<Path> files = Files.walk(entry)) {
        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(className(entry.relativize(f)
            .toString().replace(File.separatorChar, '/'))));
      }
    } else {
      try (ZipFile zip = new ZipFile(entry.toFile())) {
        zip.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
            .forEach(n -> names.add(className(n)));
      }
    }
    names.removeIf(n -> n.endsWith("module-info") || n.endsWith("package-info"));
    return names;
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }
}
