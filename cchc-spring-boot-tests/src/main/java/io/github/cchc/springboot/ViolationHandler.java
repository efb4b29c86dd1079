package io.github.cchc.springboot;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a request body that cannot be read or breaks a constraint with 400 and what is wrong. */
@RestControllerAdvice
class ViolationHandler {

  /**
   * Lists the broken constraints, each with its property path, Spring's error code and the validator's message.
   *
   * @param e what {@code @Valid} raised
   * @return the violations
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Map<String, List<Map<String, String>>> violations(MethodArgumentNotValidException e) {
    return Map.of("violations", e.getBindingResult().getFieldErrors().stream()
        .map(error -> Map.of("path", error.getField(), "code", String.valueOf(error.getCode()),
            "message", String.valueOf(error.getDefaultMessage())))
        .toList());
  }

  /**
   * Gives the reason a body could not be read: for cchc's types, the JSON path, line, column and problem.
   *
   * @param e what the message converter raised
   * @return the reason
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Map<String, String> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    return Map.of("problem", String.valueOf(cause.getMessage()));
  }
}
