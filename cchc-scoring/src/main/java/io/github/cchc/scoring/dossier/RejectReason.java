package io.github.cchc.scoring.dossier;

/**
 * Why a dossier file, or a row of it, was rejected, with a stable rule id and the words of the finding that reports
 * it.
 */
public enum RejectReason {
  /** A required column is absent from the header: the whole file is rejected. */
  MISSING_COLUMN("dossiers.csv.missing-column", "thiếu cột bắt buộc", "missing required column", true),
  /** Two header cells name the same column: the whole file is rejected. */
  DUPLICATE_COLUMN("dossiers.csv.duplicate-column", "cột bị lặp", "duplicate column", true),
  /**
   * A header cell names no column but is within two edits of one that the header lacks ({@code digitised} for {@code
   * digitized}), or is one without its tone marks: the whole file is rejected, naming both, rather than the column
   * silently ignored.
   */
  MISSPELLED_COLUMN("dossiers.csv.misspelled-column", "tên cột gần giống một cột đã biết (trong tệp → có phải là)",
      "column name close to a known one (in the file → did you mean)", true),
  /**
   * The bytes are not text in the file's encoding (UTF-8 unless the reader was given another): the whole file is
   * rejected, with the line of the first bad byte, the byte and the encoding the file most likely is, rather than
   * read with replacement characters.
   */
  INVALID_ENCODING("dossiers.csv.invalid-encoding", "không phải văn bản UTF-8 hoặc bảng mã đã chọn (byte lỗi đầu tiên; "
      + "bảng mã có lẽ là)", "not UTF-8 or the chosen encoding (first bad byte; likely encoding)", true),
  /** The row has more or fewer cells than the header, or text after a closing quote. */
  MALFORMED_ROW("dossiers.csv.malformed-row", "số ô khác tiêu đề hoặc có chữ sau dấu ngoặc kép đóng",
      "wrong number of cells or text after a closing quote", false),
  /**
   * A quoted cell is not closed before the line ends and the next line is a whole record (or the record reached the
   * bound on its lines, or the file ended): a stray quote. The row is rejected and reading goes on with the next
   * line, so that one stray quote costs one row, not the rest of the file.
   */
  UNCLOSED_QUOTE("dossiers.csv.unclosed-quote", "dấu ngoặc kép không được đóng trước khi hết dòng",
      "quote not closed before the end of the line", false),
  /** A required cell (id, unit, received, due, channel) is empty. */
  MISSING_VALUE("dossiers.csv.missing-value", "ô bắt buộc bị trống", "required cell empty", false),
  /** A date is neither ISO ({@code 2024-03-05}, {@code 2024-03-05T14:30}) nor Vietnamese ({@code 05/03/2024}). */
  UNPARSEABLE_DATE("dossiers.csv.unparseable-date", "ngày không đọc được", "unparseable date", false),
  /**
   * The due date (and time) is before the received date (and time): swapped columns in an export, most often. Such a
   * row would otherwise count as late however it was handled.
   */
  DUE_BEFORE_RECEIVED("dossiers.csv.due-before-received", "ngày hẹn trả trước ngày tiếp nhận",
      "due before received", false),
  /** The finished date (and time) is before the received date (and time). */
  FINISHED_BEFORE_RECEIVED("dossiers.csv.finished-before-received", "ngày hoàn thành trước ngày tiếp nhận",
      "finished before received", false),
  /** The unit id is not in the organisation directory. */
  UNKNOWN_UNIT("dossiers.csv.unknown-unit", "đơn vị không có trong danh mục", "unknown unit", false),
  /** The channel is none of the known words. */
  UNKNOWN_CHANNEL("dossiers.csv.unknown-channel", "hình thức nộp không xác định", "unknown channel word", false),
  /** A yes/no cell or the supplement count cannot be read. */
  BAD_VALUE("dossiers.csv.bad-value", "giá trị không đọc được (có/không hoặc số lần bổ sung)",
      "unreadable yes/no or supplement count", false),
  /** The dossier id was already given on an earlier row. */
  DUPLICATE_ID("dossiers.csv.duplicate-id", "mã hồ sơ bị trùng", "duplicate dossier id", false);

  private final String ruleId;
  private final String labelVi;
  private final String labelEn;
  private final boolean wholeFile;

  RejectReason(String ruleId, String labelVi, String labelEn, boolean wholeFile) {
    this.ruleId = ruleId;
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.wholeFile = wholeFile;
  }

  /**
   * Returns the rule id of the finding.
   *
   * @return the rule id, such as {@code dossiers.csv.unparseable-date}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label
   */
  public String label() {
    return labelVi;
  }

  /**
   * Returns the English label.
   *
   * @return the label
   */
  public String labelEn() {
    return labelEn;
  }

  /**
   * Tells whether this reason rejects the whole file rather than one row.
   *
   * @return true for a header problem
   */
  public boolean rejectsFile() {
    return wholeFile;
  }
}
