package io.github.cchc.scoring.json;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.core.json.internal.Problems;
import io.github.cchc.core.json.internal.Trail;
import io.github.cchc.scoring.json.internal.ResultDocuments;
import io.github.cchc.scoring.json.internal.ScorecardDocuments.AssessmentsDoc;
import io.github.cchc.scoring.json.internal.ScorecardMapping;
import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.Rate;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes scorecard definitions and assessments as JSON, and writes scoring results and rankings; the formats
 * are described in {@code docs/scorecards.md}.
 *
 * <pre>{@code
 * Scorecard card = ScorecardJson.readScorecard(Path.of("bo-tieu-chi-so.json"))
 *     .requireKnownIndicators(IndicatorCatalog.knownIds());
 * List<Assessment> assessments = ScorecardJson.readAssessments(Path.of("tu-danh-gia-2024.json"));
 * }</pre>
 *
 * <p>Reading is strict: unknown fields, repeated fields, values of the wrong type ({@code "maxPoints": "100"}),
 * unknown method or deadline words and missing required fields raise an {@link InputFormatException} with the
 * source, the JSON path, line and column, and the problem in Vietnamese and English. So does a well-formed document
 * whose content breaks a rule of the model (a rate above 100%, maxima that do not add up): its cause is then the
 * model's {@link io.github.cchc.core.error.ModelRuleException}, {@link io.github.cchc.core.error.TextParseException}
 * or {@link io.github.cchc.core.error.UnknownReferenceException}, which names the criterion code. Numbers are read
 * exactly as {@link BigDecimal}, within 10^±{@value
 * Rate#MAX_EXPONENT}; rates are strings, {@code "45/50"}
 * or {@code "90%"}. Writing produces what reading accepts, indented by two spaces, with plain decimals.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScorecardJson {

  private static final String INPUT = "<input>";

  private static final LibraryJson LIBRARY = ScoringJson.LIBRARY;

  private ScorecardJson() {
  }

  /**
   * Reads a scorecard.
   *
   * @param in the JSON document, read to its end but not closed
   * @return the scorecard, checked by its builder
   * @throws InputFormatException if the document is not a well-formed scorecard, naming path, line and column
   * @throws UncheckedIOException if reading fails
   */
  public static Scorecard readScorecard(InputStream in) {
    return readScorecard(in, INPUT);
  }

  /**
   * Reads a scorecard, naming the source in errors.
   *
   * @param in the JSON document, read to its end but not closed
   * @param source the name to give in error messages, such as a file name
   * @return the scorecard, checked by its builder
   * @throws InputFormatException if the document is not a well-formed scorecard, naming path, line and column
   * @throws UncheckedIOException if reading fails
   */
  public static Scorecard readScorecard(InputStream in, String source) {
    return read(LibraryJson.text(in, source), source, Scorecard.class);
  }

  /**
   * Reads a scorecard from a file.
   *
   * @param file the JSON file
   * @return the scorecard, checked by its builder
   * @throws InputFormatException if the document is not a well-formed scorecard, naming path, line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Scorecard readScorecard(Path file) {
    return read(LibraryJson.text(file), file.toString(), Scorecard.class);
  }

  /**
   * Writes a scorecard as JSON that {@link #readScorecard(InputStream)} reads back to an equal scorecard.
   *
   * @param scorecard the scorecard
   * @return the JSON text
   */
  public static String writeScorecard(Scorecard scorecard) {
    return LIBRARY.write(Objects.requireNonNull(scorecard, "scorecard"));
  }

  /**
   * Writes a scorecard as UTF-8 JSON to a stream, which is flushed and not closed.
   *
   * @param scorecard the scorecard
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public static void writeScorecard(Scorecard scorecard, OutputStream out) {
    LIBRARY.write(Objects.requireNonNull(scorecard, "scorecard"), out);
  }

  /**
   * Reads one assessment (a JSON object).
   *
   * @param in the JSON document, read to its end but not closed
   * @return the assessment
   * @throws InputFormatException if the document is not a well-formed assessment, naming path, line and column
   * @throws UncheckedIOException if reading fails
   */
  public static Assessment readAssessment(InputStream in) {
    return read(LibraryJson.text(in, INPUT), INPUT, Assessment.class);
  }

  /**
   * Reads several assessments: a JSON array of assessments, or an object {@code {"assessments": [...]}}.
   *
   * @param in the JSON document, read to its end but not closed
   * @return the assessments in document order
   * @throws InputFormatException if the document is not well-formed, naming path, line and column
   * @throws UncheckedIOException if reading fails
   */
  public static List<Assessment> readAssessments(InputStream in) {
    return readAssessments(LibraryJson.text(in, INPUT), INPUT);
  }

  /**
   * Reads assessments from a JSON string, a JSON array or {@code {"assessments": [...]}}, naming the source in errors.
   *
   * @param text the document
   * @param source the name to give in error messages, such as a file name
   * @return the assessments, in the document's order
   * @throws InputFormatException if the document is not a well-formed list of assessments
   * @throws io.github.cchc.core.error.ModelRuleException if an answer breaks a rule of the model
   * @throws NullPointerException if an argument is null
   */
  public static List<Assessment> readAssessments(String text, String source) {
    String start = text.stripLeading();
    if (start.startsWith("[")) {
      List<Assessment> list = LIBRARY.read(text, source,
          LIBRARY.mapper().getTypeFactory().constructCollectionType(List.class, Assessment.class));
      int at = list.indexOf(null);
      if (at >= 0) {
        Trail trail = Trail.ROOT.index(at);
        JsonLocation where = LibraryJson.locate(text, trail);
        throw Errors.input(source, trail.toString(), where == null ? 0 : where.getLineNr(),
            where == null ? 0 : where.getColumnNr(),
            Problems.expected(Problems.Kind.OBJECT, Problems.Kind.NULL), null);
      }
      return List.copyOf(list);
    }
    return LIBRARY.read(text, source, ASSESSMENTS);
  }

  /** The object form of several assessments, {@code {"assessments": [...]}}. */
  private static final JsonMapping<List<Assessment>, AssessmentsDoc> ASSESSMENTS = JsonMapping.of(
      listType(), AssessmentsDoc.class,
      list -> new AssessmentsDoc(list.stream().map(ScorecardMapping::toDoc).toList()),
      (doc, root) -> {
        List<Assessment> list = new ArrayList<>();
        for (int i = 0; i < doc.assessments().size(); i++) {
          list.add(ScorecardMapping.toAssessment(doc.assessments().get(i),
              root.field("assessments").index(i)));
        }
        return List.copyOf(list);
      });

  @SuppressWarnings("unchecked")
  private static Class<List<Assessment>> listType() {
    return (Class<List<Assessment>>) (Class<?>) List.class;
  }

  /**
   * Reads several assessments from a file; see {@link #readAssessments(InputStream)}.
   *
   * @param file the JSON file
   * @return the assessments in document order
   * @throws InputFormatException if the document is not well-formed, naming path, line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<Assessment> readAssessments(Path file) {
    return readAssessments(LibraryJson.text(file), file.toString());
  }

  /**
   * Writes one assessment as a JSON object that {@link #readAssessment(InputStream)} reads back to an equal one.
   *
   * @param assessment the assessment
   * @return the JSON text
   */
  public static String writeAssessment(Assessment assessment) {
    return LIBRARY.write(Objects.requireNonNull(assessment, "assessment"));
  }

  /**
   * Writes assessments as {@code {"assessments": [...]}}, which {@link #readAssessments(InputStream)} reads back.
   *
   * @param assessments the assessments
   * @return the JSON text
   */
  public static String writeAssessments(List<Assessment> assessments) {
    return LIBRARY.write(assessmentsDoc(assessments));
  }

  /**
   * Writes scoring results as {@code {"results": [...]}}, one object per result in the given order, with the index,
   * the points, the classification, the rescaling, the score of every criterion, the appraisal differences and the
   * findings. The field names are stable and listed in {@code docs/scorecards.md}; numbers are exact decimals as the
   * results hold them (indexes and computed points to two decimals, {@link java.math.RoundingMode#HALF_UP}), rates are
   * strings {@code "45/50"}, and absent optional values are left out. This is an output format: there is no reader
   * for it.
   *
   * @param results the results
   * @return the JSON text
   */
  public static String writeResults(Collection<ScoreResult> results) {
    Objects.requireNonNull(results, "results");
    return LIBRARY.write(ResultDocuments.results(List.copyOf(results)));
  }

  /**
   * Writes scoring results as UTF-8 JSON to a stream, which is flushed and not closed; see {@link
   * #writeResults(Collection)}.
   *
   * @param results the results
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public static void writeResults(Collection<ScoreResult> results, OutputStream out) {
    Objects.requireNonNull(out, "out");
    LIBRARY.write(ResultDocuments.results(List.copyOf(results)), out);
  }

  /**
   * Writes a ranking as {@code {"ranking": [...]}}, one object per entry in rank order: {@code rank}, {@code unit},
   * {@code unitName}, {@code period}, {@code index}, {@code classification}, {@code change} (only when an earlier
   * result was ranked with it) and the full {@code result} as {@link #writeResults(Collection)} writes it. The field
   * names are stable and listed in {@code docs/scorecards.md}.
   *
   * @param ranking the ranking
   * @return the JSON text
   */
  public static String writeRanking(Ranking ranking) {
    return LIBRARY.write(Objects.requireNonNull(ranking, "ranking"));
  }

  /**
   * Writes a ranking as UTF-8 JSON to a stream, which is flushed and not closed; see {@link #writeRanking(Ranking)}.
   *
   * @param ranking the ranking
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public static void writeRanking(Ranking ranking, OutputStream out) {
    Objects.requireNonNull(out, "out");
    LIBRARY.write(Objects.requireNonNull(ranking, "ranking"), out);
  }

  // ---- the same overloads as every format class: String, Path, InputStream and Reader in; OutputStream, Writer and
  // Path out

  /**
   * Reads a scorecard from a JSON string.
   *
   * @param json the document
   * @return the scorecard, checked by its builder
   * @throws InputFormatException if the document is not a well-formed scorecard; the source is {@code <string>}
   * @throws io.github.cchc.core.error.ModelRuleException if its content breaks a rule, naming the criterion
   * @throws NullPointerException if the argument is null
   */
  public static Scorecard readScorecard(String json) {
    return readScorecard(json, LibraryJson.STRING_SOURCE);
  }

  /**
   * Reads a scorecard from a JSON string, naming the source in errors.
   *
   * @param json the document
   * @param source the name to give in error messages
   * @return the scorecard, checked by its builder
   * @throws InputFormatException if the document is not a well-formed scorecard
   * @throws io.github.cchc.core.error.ModelRuleException if its content breaks a rule, naming the criterion
   * @throws NullPointerException if an argument is null
   */
  public static Scorecard readScorecard(String json, String source) {
    Objects.requireNonNull(json, "json");
    return read(json, Objects.requireNonNull(source, "source"), Scorecard.class);
  }

  /**
   * Reads a scorecard from a reader, which is read to its end and not closed.
   *
   * @param reader the reader
   * @param source the name to give in error messages
   * @return the scorecard, checked by its builder
   * @throws InputFormatException if the text is not a well-formed scorecard
   * @throws io.github.cchc.core.error.ModelRuleException if its content breaks a rule, naming the criterion
   * @throws UncheckedIOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public static Scorecard readScorecard(Reader reader, String source) {
    return readScorecard(LibraryJson.text(reader, source), source);
  }

  /**
   * Writes a scorecard as indented JSON to a writer, which is flushed and not closed.
   *
   * @param scorecard the scorecard
   * @param writer the writer
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public static void writeScorecard(Scorecard scorecard, Writer writer) {
    LIBRARY.write(Objects.requireNonNull(scorecard, "scorecard"), writer);
  }

  /**
   * Writes a scorecard as indented UTF-8 JSON to a file, replacing it.
   *
   * @param scorecard the scorecard
   * @param path the file
   * @throws UncheckedIOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void writeScorecard(Scorecard scorecard, Path path) {
    LIBRARY.write(Objects.requireNonNull(scorecard, "scorecard"), path);
  }

  /**
   * Reads one assessment from a JSON string.
   *
   * @param json the document
   * @return the assessment
   * @throws InputFormatException if the document is not a well-formed assessment; the source is {@code <string>}
   * @throws io.github.cchc.core.error.ModelRuleException if an answer breaks a rule of the model
   * @throws NullPointerException if the argument is null
   */
  public static Assessment readAssessment(String json) {
    return readAssessment(json, LibraryJson.STRING_SOURCE);
  }

  /**
   * Reads one assessment from a JSON string, naming the source in errors.
   *
   * @param json the document
   * @param source the name to give in error messages
   * @return the assessment
   * @throws InputFormatException if the document is not a well-formed assessment
   * @throws io.github.cchc.core.error.ModelRuleException if an answer breaks a rule of the model
   * @throws NullPointerException if an argument is null
   */
  public static Assessment readAssessment(String json, String source) {
    Objects.requireNonNull(json, "json");
    return read(json, Objects.requireNonNull(source, "source"), Assessment.class);
  }

  /**
   * Reads one assessment from a UTF-8 file.
   *
   * @param file the file
   * @return the assessment
   * @throws InputFormatException if the file is not a well-formed assessment; the source is the path
   * @throws io.github.cchc.core.error.ModelRuleException if an answer breaks a rule of the model
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if the argument is null
   */
  public static Assessment readAssessment(Path file) {
    return readAssessment(LibraryJson.text(file), file.toString());
  }

  /**
   * Reads one assessment from a UTF-8 stream, which is read to its end and not closed.
   *
   * @param in the stream
   * @param source the name to give in error messages
   * @return the assessment
   * @throws InputFormatException if the stream is not a well-formed assessment
   * @throws io.github.cchc.core.error.ModelRuleException if an answer breaks a rule of the model
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static Assessment readAssessment(InputStream in, String source) {
    return readAssessment(LibraryJson.text(in, source), source);
  }

  /**
   * Reads one assessment from a reader, which is read to its end and not closed.
   *
   * @param reader the reader
   * @param source the name to give in error messages
   * @return the assessment
   * @throws InputFormatException if the text is not a well-formed assessment
   * @throws io.github.cchc.core.error.ModelRuleException if an answer breaks a rule of the model
   * @throws UncheckedIOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public static Assessment readAssessment(Reader reader, String source) {
    return readAssessment(LibraryJson.text(reader, source), source);
  }

  /**
   * Reads assessments from a JSON string, a JSON array or {@code {"assessments": [...]}}.
   *
   * @param json the document
   * @return the assessments, in the document's order
   * @throws InputFormatException if the document is not a well-formed list of assessments; the source is {@code
   *     <string>}
   * @throws io.github.cchc.core.error.ModelRuleException if an answer breaks a rule of the model
   * @throws NullPointerException if the argument is null
   */
  public static List<Assessment> readAssessments(String json) {
    return readAssessments(json, LibraryJson.STRING_SOURCE);
  }

  /**
   * Reads assessments from a UTF-8 stream, which is read to its end and not closed.
   *
   * @param in the stream
   * @param source the name to give in error messages
   * @return the assessments, in the document's order
   * @throws InputFormatException if the stream is not a well-formed list of assessments
   * @throws io.github.cchc.core.error.ModelRuleException if an answer breaks a rule of the model
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static List<Assessment> readAssessments(InputStream in, String source) {
    return readAssessments(LibraryJson.text(in, source), source);
  }

  /**
   * Reads assessments from a reader, which is read to its end and not closed.
   *
   * @param reader the reader
   * @param source the name to give in error messages
   * @return the assessments, in the document's order
   * @throws InputFormatException if the text is not a well-formed list of assessments
   * @throws io.github.cchc.core.error.ModelRuleException if an answer breaks a rule of the model
   * @throws UncheckedIOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public static List<Assessment> readAssessments(Reader reader, String source) {
    return readAssessments(LibraryJson.text(reader, source), source);
  }

  /**
   * Writes an assessment as indented UTF-8 JSON to a stream, which is flushed and not closed.
   *
   * @param assessment the assessment
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   * @throws NullPointerException if an argument is null
   */
  public static void writeAssessment(Assessment assessment, OutputStream out) {
    LIBRARY.write(Objects.requireNonNull(assessment, "assessment"), out);
  }

  /**
   * Writes an assessment as indented JSON to a writer, which is flushed and not closed.
   *
   * @param assessment the assessment
   * @param writer the writer
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public static void writeAssessment(Assessment assessment, Writer writer) {
    LIBRARY.write(Objects.requireNonNull(assessment, "assessment"), writer);
  }

  /**
   * Writes an assessment as indented UTF-8 JSON to a file, replacing it.
   *
   * @param assessment the assessment
   * @param path the file
   * @throws UncheckedIOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void writeAssessment(Assessment assessment, Path path) {
    LIBRARY.write(Objects.requireNonNull(assessment, "assessment"), path);
  }

  private static AssessmentsDoc assessmentsDoc(List<Assessment> assessments) {
    return new AssessmentsDoc(Objects.requireNonNull(assessments, "assessments").stream()
        .map(ScorecardMapping::toDoc).toList());
  }

  /**
   * Writes assessments as {@code {"assessments": [...]}}, indented UTF-8 JSON, to a stream, which is flushed and not
   * closed.
   *
   * @param assessments the assessments
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   * @throws NullPointerException if an argument is null
   */
  public static void writeAssessments(List<Assessment> assessments, OutputStream out) {
    LIBRARY.write(assessmentsDoc(assessments), out);
  }

  /**
   * Writes assessments as {@code {"assessments": [...]}}, indented JSON, to a writer, which is flushed and not
   * closed.
   *
   * @param assessments the assessments
   * @param writer the writer
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public static void writeAssessments(List<Assessment> assessments, Writer writer) {
    LIBRARY.write(assessmentsDoc(assessments), writer);
  }

  /**
   * Writes assessments as {@code {"assessments": [...]}}, indented UTF-8 JSON, to a file, replacing it.
   *
   * @param assessments the assessments
   * @param path the file
   * @throws UncheckedIOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void writeAssessments(List<Assessment> assessments, Path path) {
    LIBRARY.write(assessmentsDoc(assessments), path);
  }

  /**
   * Writes results as {@link #writeResults(Collection)} does, to a writer, which is flushed and not closed.
   *
   * @param results the results
   * @param writer the writer
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public static void writeResults(Collection<ScoreResult> results, Writer writer) {
    LIBRARY.write(ResultDocuments.results(List.copyOf(results)), writer);
  }

  /**
   * Writes results as {@link #writeResults(Collection)} does, as UTF-8 to a file, replacing it.
   *
   * @param results the results
   * @param path the file
   * @throws UncheckedIOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void writeResults(Collection<ScoreResult> results, Path path) {
    LIBRARY.write(ResultDocuments.results(List.copyOf(results)), path);
  }

  /**
   * Writes a ranking as {@link #writeRanking(Ranking)} does, to a writer, which is flushed and not closed.
   *
   * @param ranking the ranking
   * @param writer the writer
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public static void writeRanking(Ranking ranking, Writer writer) {
    LIBRARY.write(Objects.requireNonNull(ranking, "ranking"), writer);
  }

  /**
   * Writes a ranking as {@link #writeRanking(Ranking)} does, as UTF-8 to a file, replacing it.
   *
   * @param ranking the ranking
   * @param path the file
   * @throws UncheckedIOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void writeRanking(Ranking ranking, Path path) {
    LIBRARY.write(Objects.requireNonNull(ranking, "ranking"), path);
  }

  static Scorecard builtIn(String resource) {
    try (InputStream in = ScorecardJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing built-in scorecard resource " + resource);
      }
      return readScorecard(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- reading

  private static <T> T read(String text, String source, Class<T> type) {
    return LIBRARY.read(text, source, type);
  }
}
