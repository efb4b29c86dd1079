package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.core.error.InputFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format class of cchc-core has one shape: it reads from a {@code String} (with or without a source name), a
 * {@code Path}, an {@code InputStream} and a {@code Reader}, writes to a {@code String}, an {@code OutputStream}, a
 * {@code Writer} and a {@code Path}, all alike, and reports a failing stream as an {@link UncheckedIOException}.
 */
class FormatClassShapeTest {

  @TempDir
  Path dir;

  record Format(Class<?> type, Class<?> model, String example) {}

  private static final Format[] FORMATS = {
      new Format(PlanJson.class, io.github.cchc.core.plan.Plan.class, "thai-binh-2024-plan.json"),
      new Format(OrgDirectoryJson.class, io.github.cchc.core.org.OrgDirectory.class, "org-two-tier.json"),
      new Format(InspectionPlanJson.class, io.github.cchc.core.inspection.InspectionPlan.class,
          "dong-thap-2024-inspection-plan.json")};

  private static Object call(Class<?> type, String name, Class<?>[] parameters, Object... args) throws Throwable {
    Method m = type.getMethod(name, parameters);
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyOverloadReadsAndWritesTheSameDocument() {
    return Stream.of(FORMATS).map(f -> DynamicTest.dynamicTest(f.type().getSimpleName(), () -> {
      Path file = Examples.example(f.example());
      String text = Files.readString(file);
      Object value = call(f.type(), "read", new Class<?>[] {Path.class}, file);
      assertEquals(value, call(f.type(), "read", new Class<?>[] {String.class}, text));
      assertEquals(value, call(f.type(), "read", new Class<?>[] {String.class, String.class}, text, "x.json"));
      assertEquals(value, call(f.type(), "read", new Class<?>[] {InputStream.class, String.class},
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.json"));
      assertEquals(value, call(f.type(), "read", new Class<?>[] {Reader.class, String.class},
          new StringReader(text), "x.json"));

      String written = (String) call(f.type(), "write", new Class<?>[] {f.model()}, value);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      call(f.type(), "write", new Class<?>[] {f.model(), OutputStream.class}, value, bytes);
      assertEquals(written, bytes.toString(StandardCharsets.UTF_8));
      StringWriter chars = new StringWriter();
      call(f.type(), "write", new Class<?>[] {f.model(), Writer.class}, value, chars);
      assertEquals(written, chars.toString());
      Path out = dir.resolve(f.example());
      call(f.type(), "write", new Class<?>[] {f.model(), Path.class}, value, out);
      assertEquals(written, Files.readString(out));
    }));
  }

  @TestFactory
  Stream<DynamicTest> aFailingStreamIsAnUncheckedIoExceptionAndBadTextAnInputFormatException() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    return Stream.of(FORMATS).map(f -> DynamicTest.dynamicTest(f.type().getSimpleName(), () -> {
      assertThrows(UncheckedIOException.class, () -> call(f.type(), "read",
          new Class<?>[] {InputStream.class, String.class}, failing, "x.json"));
      assertThrows(UncheckedIOException.class, () -> call(f.type(), "read", new Class<?>[] {Path.class},
          dir.resolve("missing.json")));
      InputFormatException e = assertThrows(InputFormatException.class, () -> call(f.type(), "read",
          new Class<?>[] {String.class, String.class}, "{\"year\": }", "x.json"));
      assertEquals("x.json", e.source());
    }));
  }
}
