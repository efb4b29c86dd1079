package io.github.cchc.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.postgresql.ds.PGSimpleDataSource;
import org.tukaani.xz.XZInputStream;

/**
 * One PostgreSQL server for the tests of a JVM, from the binaries Zonky packs as jars on Maven Central, so that no
 * server needs to be installed. Started on first use on a free local port with password authentication (user
 * {@code postgres}, password {@link #PASSWORD}), stopped when the JVM exits.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs the build as root: then the server's directory is given to the
 * unprivileged user 65534 ({@code nobody}) and initdb and pg_ctl run as that user through {@code setpriv} (util-linux),
 * which needs nothing but root's own rights, in a container too. Zonky's own launcher has no such setting, so only
 * its binaries are used and the server is started here.
 */
final class TestPostgres {
  static final String PASSWORD = "cchc-test-password";
  static final String USER = "postgres";
  private static final int NOBODY = 65534;

  private static TestPostgres shared;

  private final Path base;
  private final Path data;
  private final Path bin;
  private final int port;

  private TestPostgres() throws IOException, InterruptedException {
    base = Files.createTempDirectory("cchc-pg-");
    bin = base.resolve("pg").resolve("bin");
    data = base.resolve("data");
    extract(base.resolve("pg"));
    Path pwfile = base.resolve("pwfile");
    Files.writeString(pwfile, PASSWORD + "\n", StandardCharsets.UTF_8);
    if (root()) {
      try (Stream<Path> files = Files.walk(base)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.setAttribute(f, "unix:uid", NOBODY, LinkOption.NOFOLLOW_LINKS);
          Files.setAttribute(f, "unix:gid", NOBODY, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
    run(List.of(bin.resolve("initdb").toString(), "-A", "scram-sha-256", "-U", USER, "--pwfile=" + pwfile,
        "-D", data.toString(), "-E", "UTF-8", "--locale=C"));
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
        "-l", base.resolve("server.log").toString(),
        "-o", "-p " + port + " -F -c listen_addresses=localhost -c unix_socket_directories=" + base
            + " -c timezone=UTC -c synchronous_commit=off -c fsync=off",
        "start"));
  }

  /** Returns the server, starting it on first use. */
  static synchronized TestPostgres shared() {
    if (shared == null) {
      try {
        shared = new TestPostgres();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      TestPostgres server = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return shared;
  }

  /** Returns the JDBC URL of the {@code postgres} database, without credentials. */
  String url() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  /** Returns a data source with the right password. */
  PGSimpleDataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url());
    ds.setUser(USER);
    ds.setPassword(PASSWORD);
    return ds;
  }

  /** Opens a connection (auto-commit on). */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), USER, PASSWORD);
  }

  private void stop() {
    try {
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    } catch (IOException | RuntimeException e) {
      System.err.println("PostgreSQL did not stop: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(base)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is no failure
    }
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (root()) {
      full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
    }
    full.addAll(command);
    Path log = Files.createTempFile(base, "cmd-", ".log");
    Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException("PostgreSQL: " + String.join(" ", full) + " failed:\n" + Files.readString(log)
          + (Files.exists(base.resolve("server.log")) ? Files.readString(base.resolve("server.log")) : ""));
    }
  }

  private static void extract(Path into) throws IOException {
    String os = System.getProperty("os.name").toLowerCase();
    String arch = System.getProperty("os.arch");
    String name = "postgres-" + (os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux") + "-"
        + ("amd64".equals(arch) ? "x86_64" : arch) + ".txz";
    try (InputStream raw = TestPostgres.class.getResourceAsStream("/" + name)) {
      if (raw == null) {
        throw new IllegalStateException("No PostgreSQL binaries for this machine: " + name);
      }
      try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(raw))) {
        TarArchiveEntry e;
        while ((e = tar.getNextEntry()) != null) {
          Path target = into.resolve(e.getName()).normalize();
          if (!target.startsWith(into)) {
            throw new IllegalStateException("An entry outside the archive: " + e.getName());
          }
          if (e.isDirectory()) {
            Files.createDirectories(target);
          } else if (e.isLink()) {
            Files.createDirectories(target.getParent());
            Files.createLink(target, into.resolve(e.getLinkName()));
          } else if (e.isSymbolicLink()) {
            Files.createDirectories(target.getParent());
            Files.createSymbolicLink(target, Path.of(e.getLinkName()));
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(tar, target);
            if ((e.getMode() & 0100) != 0) {
              Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
          }
        }
      }
    }
  }
}
