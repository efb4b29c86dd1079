package io.github.cchc.scoring.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.json.ScorecardDocuments.AnswerDoc;
import io.github.cchc.scoring.json.ScorecardDocuments.AppraisalDoc;
import io.github.cchc.scoring.json.ScorecardDocuments.AssessmentDoc;
import io.github.cchc.scoring.json.ScorecardDocuments.AssessmentsDoc;
import io.github.cchc.scoring.json.ScorecardDocuments.BandDoc;
import io.github.cchc.scoring.json.ScorecardDocuments.ClassificationDoc;
import io.github.cchc.scoring.json.ScorecardDocuments.CriterionDoc;
import io.github.cchc.scoring.json.ScorecardDocuments.OptionDoc;
import io.github.cchc.scoring.json.ScorecardDocuments.ScorecardDoc;
import io.github.cchc.scoring.scorecard.Answer;
import io.github.cchc.scoring.scorecard.Appraisal;
import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.Band;
import io.github.cchc.scoring.scorecard.Classification;
import io.github.cchc.scoring.scorecard.Criterion;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.Rate;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.ScorecardException;
import io.github.cchc.scoring.scorecard.Scorecard;
import io.github.cchc.scoring.scorecard.ScoringMethod;
import io.github.cchc.scoring.scorecard.SurveyOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

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
 * <p>Reading is strict: unknown fields, repeated fields, unknown method or deadline words and missing required fields
 * raise a {@link ScorecardJsonException} with the JSON path, line and column. A well-formed document whose content
 * breaks a rule of the model raises the model's own {@link io.github.cchc.scoring.scorecard.ScorecardException},
 * which names the criterion code. Numbers are read exactly as {@link BigDecimal}, within 10^±{@value
 * Rate#MAX_EXPONENT}; rates are strings, {@code "45/50"}
 * or {@code "90%"}. Writing produces what reading accepts, indented by two spaces, with plain decimals.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScorecardJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // A null inside a list or map (an area, an answer, a band) is an error at its own path, not a hole to step in.
      .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
      .addModule(new SimpleModule("bounded-decimals").addDeserializer(BigDecimal.class, new BoundedDecimals()))
      .build();

  /**
   * Reads a number exactly, refusing one beyond 10^±{@value Rate#MAX_EXPONENT}: {@code 1e999999999} is short to write
   * but the exact arithmetic on it (or printing it in plain digits) would overflow or run out of memory.
   */
  private static final class BoundedDecimals extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    BoundedDecimals() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws IOException {
      BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, context);
      if (value != null && value.signum() != 0) {
        long exponent = (long) value.precision() - value.scale() - 1;
        if (exponent > Rate.MAX_EXPONENT || exponent < -Rate.MAX_EXPONENT) {
          throw InvalidFormatException.from(p, "number " + value + " is beyond 1e-" + Rate.MAX_EXPONENT + " .. 1e"
              + Rate.MAX_EXPONENT, value, BigDecimal.class);
        }
      }
      return value;
    }
  }

  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private ScorecardJson() {
  }

  /**
   * Reads a scorecard.
   *
   * @param in the JSON document, read to its end but not closed
   * @return the scorecard, checked by its builder
   * @throws ScorecardJsonException if the document is not a well-formed scorecard, naming path, line and column
   * @throws io.github.cchc.scoring.scorecard.ScorecardException if its content breaks a rule, naming the criterion
   * @throws UncheckedIOException if reading fails
   */
  public static Scorecard readScorecard(InputStream in) {
    Objects.requireNonNull(in, "in");
    return toScorecard(read(in, new TypeReference<ScorecardDoc>() { }));
  }

  /**
   * Reads a scorecard from a file.
   *
   * @param file the JSON file
   * @return the scorecard, checked by its builder
   * @throws ScorecardJsonException if the document is not a well-formed scorecard, naming path, line and column
   * @throws io.github.cchc.scoring.scorecard.ScorecardException if its content breaks a rule, naming the criterion
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Scorecard readScorecard(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readScorecard(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read scorecard " + file, e);
    }
  }

  /**
   * Writes a scorecard as JSON that {@link #readScorecard(InputStream)} reads back to an equal scorecard.
   *
   * @param scorecard the scorecard
   * @return the JSON text
   */
  public static String writeScorecard(Scorecard scorecard) {
    return write(toDoc(Objects.requireNonNull(scorecard, "scorecard")));
  }

  /**
   * Writes a scorecard as UTF-8 JSON to a stream, which is flushed and not closed.
   *
   * @param scorecard the scorecard
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public static void writeScorecard(Scorecard scorecard, OutputStream out) {
    writeTo(writeScorecard(scorecard), out);
  }

  /**
   * Reads one assessment (a JSON object).
   *
   * @param in the JSON document, read to its end but not closed
   * @return the assessment
   * @throws ScorecardJsonException if the document is not a well-formed assessment, naming path, line and column
   * @throws UncheckedIOException if reading fails
   */
  public static Assessment readAssessment(InputStream in) {
    Objects.requireNonNull(in, "in");
    AssessmentDoc doc = read(in, new TypeReference<AssessmentDoc>() { });
    return at("", () -> toAssessment(doc));
  }

  /**
   * Reads several assessments: a JSON array of assessments, or an object {@code {"assessments": [...]}}.
   *
   * @param in the JSON document, read to its end but not closed
   * @return the assessments in document order
   * @throws ScorecardJsonException if the document is not well-formed, naming path, line and column
   * @throws UncheckedIOException if reading fails
   */
  public static List<Assessment> readAssessments(InputStream in) {
    Objects.requireNonNull(in, "in");
    try (JsonParser parser = MAPPER.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        throw noDocument(parser, "an array of assessments or an object {\"assessments\": [...]}");
      }
      String prefix = first == JsonToken.START_ARRAY ? "" : "assessments";
      List<AssessmentDoc> docs = first == JsonToken.START_ARRAY
          ? MAPPER.readValue(parser, new TypeReference<List<AssessmentDoc>>() { })
          : MAPPER.readValue(parser, AssessmentsDoc.class).assessments();
      for (int i = 0; i < docs.size(); i++) {
        if (docs.get(i) == null) {
          throw new ScorecardJsonException(prefix + "[" + i + "]", -1, -1, "null where an assessment belongs", null);
        }
      }
      List<Assessment> assessments = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        AssessmentDoc doc = docs.get(i);
        assessments.add(at(prefix + "[" + i + "]", () -> toAssessment(doc)));
      }
      return List.copyOf(assessments);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads several assessments from a file; see {@link #readAssessments(InputStream)}.
   *
   * @param file the JSON file
   * @return the assessments in document order
   * @throws ScorecardJsonException if the document is not well-formed, naming path, line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<Assessment> readAssessments(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readAssessments(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read assessments " + file, e);
    }
  }

  /**
   * Writes one assessment as a JSON object that {@link #readAssessment(InputStream)} reads back to an equal one.
   *
   * @param assessment the assessment
   * @return the JSON text
   */
  public static String writeAssessment(Assessment assessment) {
    return write(toDoc(Objects.requireNonNull(assessment, "assessment")));
  }

  /**
   * Writes assessments as {@code {"assessments": [...]}}, which {@link #readAssessments(InputStream)} reads back.
   *
   * @param assessments the assessments
   * @return the JSON text
   */
  public static String writeAssessments(List<Assessment> assessments) {
    return write(new AssessmentsDoc(assessments.stream().map(ScorecardJson::toDoc).toList()));
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
    return write(ResultDocuments.results(List.copyOf(results)));
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
    writeTo(writeResults(results), out);
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
    return write(ResultDocuments.ranking(Objects.requireNonNull(ranking, "ranking")));
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
    writeTo(writeRanking(ranking), out);
  }

  static Scorecard builtIn(String resource) {
    try (InputStream in = ScorecardJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing built-in scorecard resource " + resource);
      }
      return readScorecard(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- reading

  private static <T> T read(InputStream in, TypeReference<T> type) {
    try (JsonParser parser = MAPPER.createParser(in)) {
      if (parser.nextToken() == null || parser.currentToken() == JsonToken.VALUE_NULL) {
        throw noDocument(parser, "an object");
      }
      return MAPPER.readValue(parser, type);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ScorecardJsonException noDocument(JsonParser parser, String expected) {
    JsonLocation loc = parser.currentLocation();
    return new ScorecardJsonException("", loc.getLineNr(), loc.getColumnNr(), (parser.currentToken() == null
        ? "the document is empty" : "the document is null") + "; expected " + expected, null);
  }

  private static final java.util.regex.Pattern SOURCE_MARKER =
      java.util.regex.Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private static ScorecardJsonException translate(JacksonException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? -1 : loc.getLineNr();
    int column = loc == null ? -1 : loc.getColumnNr();
    String path = "";
    // Jackson names an unclosed bracket's place with its own source marker; say it in our words.
    String problem = e.getOriginalMessage() == null ? "unreadable JSON"
        : SOURCE_MARKER.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
    if (e instanceof JsonMappingException m) {
      path = path(m.getPath());
      if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
        problem = "unknown value \"" + f.getValue() + "\" for " + f.getTargetType().getSimpleName()
            + "; expected one of " + Arrays.toString(f.getTargetType().getEnumConstants());
      } else if (e instanceof UnrecognizedPropertyException u) {
        List<JsonMappingException.Reference> refs = u.getPath();
        if (refs.isEmpty() || !u.getPropertyName().equals(refs.get(refs.size() - 1).getFieldName())) {
          path = path.isEmpty() ? u.getPropertyName() : path + "." + u.getPropertyName();
        }
        problem = "unknown field \"" + u.getPropertyName() + "\"; expected one of " + u.getKnownPropertyIds();
      } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
        problem = v.getCause().getMessage();
      }
    }
    return new ScorecardJsonException(path, line, column, problem, e);
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /**
   * Runs a conversion to the model, reporting a value the model refuses as a {@link ScorecardJsonException} at a path.
   * The model's own {@link ScorecardException}s name their criterion and pass through unchanged.
   */
  private static <T> T at(String path, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (ScorecardException | ScorecardJsonException e) {
      throw e;
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new ScorecardJsonException(path, -1, -1, e.getMessage(), e);
    }
  }

  private static Scorecard toScorecard(ScorecardDoc doc) {
    return at("", () -> toScorecardUnchecked(doc));
  }

  private static Scorecard toScorecardUnchecked(ScorecardDoc doc) {
    Scorecard.Builder b = Scorecard.builder()
        .id(doc.id())
        .name(doc.name())
        .example(Boolean.TRUE.equals(doc.example()))
        .maxPoints(doc.maxPoints());
    if (doc.source() != null) {
      b.source(doc.source());
    }
    if (doc.note() != null) {
      b.note(doc.note());
    }
    for (int i = 0; i < doc.areas().size(); i++) {
      CriterionDoc area = doc.areas().get(i);
      b.addArea(at("areas[" + i + "]", () -> toCriterion(area)));
    }
    for (int i = 0; i < doc.classifications().size(); i++) {
      ClassificationDoc c = doc.classifications().get(i);
      b.addClassification(at("classifications[" + i + "]",
          () -> new Classification(c.code(), c.label(), c.atLeastPercent())));
    }
    return b.build();
  }

  private static Criterion toCriterion(CriterionDoc doc) {
    Criterion.Builder b = Criterion.builder()
        .code(doc.code())
        .name(doc.name())
        .maxPoints(doc.maxPoints())
        .addAllEvidence(doc.evidence());
    if (doc.note() != null) {
      b.note(doc.note());
    }
    if (doc.method() != null) {
      b.method(toMethod(doc));
    }
    doc.children().forEach(c -> b.addChild(toCriterion(c)));
    return b.build();
  }

  private static ScoringMethod toMethod(CriterionDoc doc) {
    return switch (doc.method()) {
      case YES_NO -> ScoringMethod.yesNo();
      case MANUAL -> ScoringMethod.manual();
      case BANDS -> ScoringMethod.bands(toBands(doc.bands()));
      case LINEAR_THRESHOLD -> ScoringMethod.linearThreshold(doc.thresholdPercent());
      case DEADLINE -> ScoringMethod.deadline(doc.met() == null ? doc.maxPoints() : doc.met(), doc.late(),
          doc.missing() == null ? BigDecimal.ZERO : doc.missing());
      case SURVEY -> ScoringMethod.survey(doc.options().stream()
          .map(o -> SurveyOption.of(o.option(), o.weightPercent())).toList());
      case DERIVED -> ScoringMethod.derived(doc.indicator(), doc.bands() != null
          ? ScoringMethod.bands(toBands(doc.bands()))
          : ScoringMethod.linearThreshold(doc.thresholdPercent()));
    };
  }

  private static List<Band> toBands(List<BandDoc> docs) {
    return docs.stream().map(d -> d.atLeastPercent() != null
        ? Band.atLeast(d.atLeastPercent(), d.fraction())
        : Band.moreThan(d.moreThanPercent(), d.fraction())).toList();
  }

  private static Assessment toAssessment(AssessmentDoc doc) {
    Assessment.Builder b = Assessment.builder()
        .unitId(doc.unit())
        .period(ReportPeriod.parse(doc.period()))
        .addAllNotApplicable(doc.notApplicable());
    if (doc.unitName() != null) {
      b.unitName(doc.unitName());
    }
    if (doc.scorecard() != null) {
      b.scorecardId(doc.scorecard());
    }
    doc.answers().forEach((code, a) -> b.putAnswer(code, toAnswer(a.yes(), a.rate(), a.deadline(), a.points(),
        a.survey())));
    doc.appraisals().forEach((code, a) -> b.putAppraisal(code, Appraisal.of(toAnswer(a.yes(), a.rate(),
        a.deadline(), a.points(), a.survey()), a.reason())));
    doc.indicators().forEach((id, rate) -> b.putIndicator(id, Rate.parse(rate)));
    return b.build();
  }

  private static Answer toAnswer(Boolean yes, String rate, io.github.cchc.scoring.scorecard.DeadlineStatus deadline,
      BigDecimal points, Map<String, BigDecimal> survey) {
    if (yes != null) {
      return yes ? Answer.yes() : Answer.no();
    } else if (rate != null) {
      return Answer.rate(Rate.parse(rate));
    } else if (deadline != null) {
      return Answer.deadline(deadline);
    } else if (points != null) {
      return Answer.points(points);
    }
    return Answer.survey(survey);
  }

  // ---- writing

  private static String write(Object doc) {
    try {
      return WRITER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + doc.getClass().getSimpleName(), e);
    }
  }

  private static void writeTo(String json, OutputStream out) {
    try {
      out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ScorecardDoc toDoc(Scorecard s) {
    return new ScorecardDoc(s.id(), s.name(), s.source().orElse(null), s.example() ? Boolean.TRUE : null,
        s.note().orElse(null), s.maxPoints(),
        s.classifications().stream().map(c -> new ClassificationDoc(c.code(), c.label(), c.atLeastPercent())).toList(),
        s.areas().stream().map(ScorecardJson::toDoc).toList());
  }

  private static CriterionDoc toDoc(Criterion c) {
    ScoringMethod m = c.method().orElse(null);
    String indicator = null;
    BigDecimal threshold = null;
    List<BandDoc> bands = null;
    BigDecimal met = null;
    BigDecimal late = null;
    BigDecimal missing = null;
    List<OptionDoc> options = null;
    ScoringMethod rateSource = m;
    if (m instanceof ScoringMethod.Derived d) {
      indicator = d.indicatorId();
      rateSource = d.rateMethod();
    }
    if (rateSource instanceof ScoringMethod.LinearThreshold l) {
      threshold = l.thresholdPercent();
    } else if (rateSource instanceof ScoringMethod.Bands b) {
      bands = b.bands().stream().map(x -> x.inclusive()
          ? new BandDoc(x.percent(), null, x.fraction())
          : new BandDoc(null, x.percent(), x.fraction())).toList();
    } else if (m instanceof ScoringMethod.Deadline d) {
      met = d.metPoints();
      late = d.latePoints();
      missing = d.missingPoints();
    } else if (m instanceof ScoringMethod.Survey s) {
      options = s.options().stream().map(o -> new OptionDoc(o.option(), o.weightPercent())).toList();
    }
    return new CriterionDoc(c.code(), c.name(), c.maxPoints(), m == null ? null : m.kind(), indicator, threshold,
        bands, met, late, missing, options, c.evidence(), c.note().orElse(null),
        c.children().stream().map(ScorecardJson::toDoc).toList());
  }

  private static AssessmentDoc toDoc(Assessment a) {
    Map<String, AnswerDoc> answers = new LinkedHashMap<>();
    a.answers().forEach((code, answer) -> answers.put(code, answerDoc(answer)));
    Map<String, AppraisalDoc> appraisals = new LinkedHashMap<>();
    a.appraisals().forEach((code, appraisal) -> {
      AnswerDoc x = answerDoc(appraisal.answer());
      appraisals.put(code, new AppraisalDoc(x.yes(), x.rate(), x.deadline(), x.points(), x.survey(),
          appraisal.reason()));
    });
    Map<String, String> indicators = new LinkedHashMap<>();
    a.indicators().forEach((id, rate) -> indicators.put(id, rate.toString()));
    return new AssessmentDoc(a.unitId(), a.unitName().orElse(null), a.period().toString(),
        a.scorecardId().orElse(null), answers, appraisals, new ArrayList<>(a.notApplicable()), indicators);
  }

  private static AnswerDoc answerDoc(Answer answer) {
    if (answer instanceof Answer.YesNo y) {
      return new AnswerDoc(y.yes(), null, null, null, null);
    } else if (answer instanceof Answer.Rated r) {
      return new AnswerDoc(null, r.rate().toString(), null, null, null);
    } else if (answer instanceof Answer.Timeliness t) {
      return new AnswerDoc(null, null, t.status(), null, null);
    } else if (answer instanceof Answer.Points p) {
      return new AnswerDoc(null, null, null, p.points(), null);
    }
    return new AnswerDoc(null, null, null, null, new LinkedHashMap<>(((Answer.Shares) answer).sharesPercent()));
  }
}
