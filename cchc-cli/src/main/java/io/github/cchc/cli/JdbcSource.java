package io.github.cchc.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The database of {@code indicators --jdbc URL}: connections from {@link DriverManager}, with the user of {@code
 * --user} and the password of the environment variable {@value #PASSWORD_VARIABLE}, never of the command line, where
 * other users of the machine and the shell's history would see it.
 */
final class JdbcSource implements DataSource {
  /** The environment variable the password is read from. */
  static final String PASSWORD_VARIABLE = "CCHC_JDBC_PASSWORD";

  private final String url;
  private final String user;
  private final String password;

  JdbcSource(String url, String user, String password) {
    this.url = Objects.requireNonNull(url, "url");
    this.user = user;
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    Properties p = new Properties();
    if (username != null) {
      p.setProperty("user", username);
    }
    if (pass != null) {
      p.setProperty("password", pass);
    }
    return DriverManager.getConnection(url, p);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // DriverManager's log is not used.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
