package io.github.cchc.cli;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.LocalizedError;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.json.internal.Message;
import io.github.cchc.scoring.dossier.InvalidDossierRowException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.DateTimeException;

/**
 * Turns an error into the one line the tool prints on stderr, {@code file:line:column: problem}, and into its exit
 * code.
 */
final class ErrorLine {

  private ErrorLine() {}

  static String format(String source, long line, long column, String problem) {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(problem).toString();
  }

  /** Tells whether the error is about the user's input (exit 2) rather than a failure of the tool (exit 3). */
  static boolean isInputError(Throwable e) {
    return e instanceof IllegalArgumentException
        || e instanceof DateTimeException
        || e instanceof UncheckedIOException
        || e instanceof IOException;
  }

  static int exitCode(Throwable e) {
    return isInputError(e) ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL_ERROR;
  }

  /** The error as one line, without the program name. */
  static String describe(Throwable e, Lang lang) {
    String text;
    if (e instanceof InputException ie) {
      text = format(ie.source(), ie.line(), ie.column(), ie.problem(lang));
    } else if (e instanceof InputFormatException fe) {
      text = format(fe.source(), fe.line(), fe.column(),
          (fe.path().isEmpty() ? "" : fe.path() + ": ") + fe.problem(lang.locale()));
    } else if (e instanceof LocalizedError le) {
      text = le.message(lang.locale());
    } else if (e instanceof UncheckedIOException ue) {
      text = describeIo(ue.getCause(), ue.getMessage(), lang);
    } else if (e instanceof IOException io) {
      text = describeIo(io, io.getMessage(), lang);
    } else if (isInputError(e)) {
      text = String.valueOf(e.getMessage());
    } else {
      text = lang.pick("lỗi nội bộ", "internal error") + " (" + e + "); "
          + lang.pick("chạy lại với --debug để xem chi tiết", "run again with --debug for details");
    }
    return oneLine(text);
  }

  /**
   * Says what went wrong with a file in the user's terms: the file, and whether it could not be read or written and
   * why, rather than the system's "Is a directory" or a read error's words for a failed write.
   */
  private static String describeIo(IOException io, String fallback, Lang lang) {
    String message = String.valueOf(fallback);
    boolean write = message.startsWith("Cannot write");
    String file = io instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : fileOf(message, io);
    if (file == null) {
      return write ? lang.pick("không ghi được tệp", "a file cannot be written")
          : lang.pick("không đọc được tệp", "a file cannot be read");
    }
    if (file.isEmpty()) {
      return lang.pick("tên tệp trống", "an empty file name");
    }
    if (isDirectory(file)) {
      return file + ": " + lang.pick("là một thư mục, không phải tệp", "is a directory, not a file");
    }
    if (io instanceof NoSuchFileException) {
      return file + ": " + (write ? lang.pick("không tạo được tệp ở đây (thư mục chứa nó không có)",
          "cannot be created here (its folder does not exist)") : lang.pick("không có tệp này", "no such file"));
    }
    if (io instanceof AccessDeniedException) {
      return file + ": " + (write ? lang.pick("không được phép ghi", "permission denied for writing")
          : lang.pick("không được phép đọc", "permission denied for reading"));
    }
    if (io instanceof NotDirectoryException || "Not a directory".equals(
        io instanceof FileSystemException fs ? fs.getReason() : io.getMessage())) {
      return file + ": " + lang.pick("một phần của đường dẫn là tệp, không phải thư mục",
          "a part of the path is a file, not a folder");
    }
    return file + ": " + (write ? lang.pick("không ghi được tệp", "cannot be written")
        : lang.pick("không đọc được tệp", "cannot be read"));
  }

  /** The file of a message {@code Cannot read FILE: reason}, as the library's readers and writers say it. */
  private static String fileOf(String message, IOException io) {
    for (String prefix : new String[] {"Cannot read ", "Cannot write "}) {
      String tail = ": " + io.getMessage();
      if (message.startsWith(prefix) && message.endsWith(tail) && message.length() >= prefix.length() + tail.length()) {
        return message.substring(prefix.length(), message.length() - tail.length());
      }
    }
    return null;
  }

  private static boolean isDirectory(String file) {
    try {
      return !file.isEmpty() && Files.isDirectory(Path.of(file));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** A message from a library may span lines; the tool prints exactly one. */
  static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** Attaches a file name to a reading error that does not name its source. */
  static RuntimeException withSource(String source, RuntimeException e) {
    if (e instanceof InputFormatException fe && !fe.source().equals(source) && fe.source().startsWith("<")) {
      // Read from a stream without a name: give it the file's.
      return Errors.input(source, fe.path(), fe.line(), fe.column(),
          new Message(fe.problem(Lang.VI.locale()), fe.problem(Lang.EN.locale())), fe.getCause());
    }
    if (e instanceof UncheckedIOException || e instanceof InputFormatException || e instanceof InvalidDossierRowException
        || e instanceof InputException) {
      return e;
    }
    if (e instanceof LocalizedError le) {
      return new InputException(source, 0, 0, le.message(Lang.VI.locale()), le.message(Lang.EN.locale()), e);
    }
    if (isInputError(e)) {
      return new InputException(source, 0, 0, String.valueOf(e.getMessage()), e);
    }
    return e;
  }
}
