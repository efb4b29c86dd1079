package io.github.cchc.scoring.dossier;

import io.github.cchc.core.error.LocalizedError;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown by {@link DossierJdbcReader} when the database fails: the connection is refused, the user name or password
 * is wrong, the query does not run, or a value cannot be fetched. It names the source, the result row (1-based, the
 * part the line plays for a CSV file; 0 before the first row) and the column when there is one, and says what went
 * wrong in words, with the SQLSTATE code; never the driver's class names.
 *
 * <pre>
 * SQL: the database refused the user name or password (SQLSTATE 28P01)
 * SQL, row 12, column 'received': the value could not be fetched (SQLSTATE 22007)
 * </pre>
 *
 * <p>{@link #getMessage()} is the English line; {@link #message(Locale)} gives either. The driver's exception is the
 * {@linkplain #getCause() cause}. Instances are created by the library only. This class is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class DossierSqlException extends RuntimeException implements LocalizedError {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long row;
  private final String column;
  private final String sqlState;

  DossierSqlException(String source, long row, String column, SQLException cause) {
    super(format(source, row, column, state(cause), Locale.ENGLISH), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.row = row;
    this.column = Objects.requireNonNull(column, "column");
    this.sqlState = state(cause);
  }

  private static String state(SQLException e) {
    return e.getSQLState() == null ? "" : e.getSQLState();
  }

  /**
   * Returns the source's name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the result row the failure came at (1-based), or 0 if it came before the first row.
   *
   * @return the row
   */
  public long row() {
    return row;
  }

  /**
   * Returns the column, as the result set names it.
   *
   * @return the column, empty when the failure concerns no one column
   */
  public String column() {
    return column;
  }

  /**
   * Returns the SQLSTATE code the database gave, such as {@code 28P01}.
   *
   * @return the code, empty if the driver gave none
   */
  public String sqlState() {
    return sqlState;
  }

  @Override
  public String message(Locale locale) {
    return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? getMessage()
        : format(source, row, column, sqlState, locale);
  }

  private static String format(String source, long row, String column, String state, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    StringBuilder b = new StringBuilder(source);
    if (row > 0) {
      b.append(en ? ", row " : ", dòng ").append(row);
    }
    if (!column.isEmpty()) {
      b.append(en ? ", column '" : ", cột '").append(visible(column)).append('\'');
    }
    b.append(": ").append(problem(state, en));
    if (!state.isEmpty()) {
      b.append(" (SQLSTATE ").append(visible(state)).append(')');
    }
    return b.toString();
  }

  // The SQLSTATE class (its first two characters) says what kind of failure it was, in every database.
  private static String problem(String state, boolean en) {
    String cls = state.length() >= 2 ? state.substring(0, 2) : "";
    return switch (cls) {
      case "28" -> en ? "the database refused the user name or password"
          : "cơ sở dữ liệu từ chối tên người dùng hoặc mật khẩu";
      case "08" -> en ? "cannot connect to the database" : "không kết nối được cơ sở dữ liệu";
      case "3D" -> en ? "the database does not exist" : "cơ sở dữ liệu không tồn tại";
      case "42" -> en ? "the query is not valid or names a table or column that does not exist, or is not allowed"
          : "câu truy vấn không hợp lệ, nêu bảng hoặc cột không tồn tại, hoặc không được phép";
      case "22" -> en ? "the value could not be fetched" : "không đọc được giá trị";
      case "57", "53" -> en ? "the database stopped the query" : "cơ sở dữ liệu đã dừng câu truy vấn";
      default -> en ? "the database reported an error" : "cơ sở dữ liệu báo lỗi";
    };
  }

  // Control characters shown as \\uXXXX, so that nothing from the source moves a terminal.
  private static String visible(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        b.append(String.format("\\u%04X", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }
}
