package io.github.cchc.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal provincial application built on cchc: it takes plans and inspection plans as JSON request bodies and
 * answers with the library's findings and coverage verdicts. It configures nothing for cchc: the library's Jackson
 * module and Bean Validation constraints are found as they are.
 */
@SpringBootApplication
public class ReformApplication {

  /**
   * Starts the application.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    SpringApplication.run(ReformApplication.class, args);
  }
}
