package io.github.cchc.core.json.internal;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one mapping of a model type to its JSON form: a document type that Jackson 2 and Jackson 3 both bind without
 * help (a record of strings, numbers, booleans, lists, maps and other documents), and the conversions between the
 * model and the document. The Jackson modules of either version are built from these.
 *
 * <p>Internal to the library. This type is immutable and thread-safe.
 *
 * @param type the model type
 * @param documentType the document type
 * @param toDocument the conversion from the model
 * @param toModel the conversion to the model, throwing a {@link MappingProblem} at the trail of a refused value
 * @param <T> the model type
 * @param <D> the document type
 */
public record JsonMapping<T, D>(Class<T> type, Class<D> documentType, Function<? super T, ? extends D> toDocument,
    BiFunction<? super D, Trail, ? extends T> toModel) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public JsonMapping {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(documentType, "documentType");
    Objects.requireNonNull(toDocument, "toDocument");
    Objects.requireNonNull(toModel, "toModel");
  }

  /**
   * Creates a mapping.
   *
   * @param type the model type
   * @param documentType the document type
   * @param toDocument the conversion from the model
   * @param toModel the conversion to the model
   * @param <T> the model type
   * @param <D> the document type
   * @return the mapping
   */
  public static <T, D> JsonMapping<T, D> of(Class<T> type, Class<D> documentType,
      Function<? super T, ? extends D> toDocument, BiFunction<? super D, Trail, ? extends T> toModel) {
    return new JsonMapping<>(type, documentType, toDocument, toModel);
  }

  /**
   * Converts a model value to its document.
   *
   * @param value the value, of the model type
   * @return the document
   */
  public D document(Object value) {
    return toDocument.apply(type.cast(value));
  }

  /**
   * Converts a document to the model.
   *
   * @param document the document
   * @return the model value
   * @throws MappingProblem if the model refuses a value
   */
  public T model(Object document) {
    return toModel.apply(documentType.cast(document), Trail.ROOT);
  }
}
