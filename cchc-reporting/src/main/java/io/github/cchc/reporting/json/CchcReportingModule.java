package io.github.cchc.reporting.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.cchc.core.json.internal.Jackson2Mappings;
import io.github.cchc.reporting.json.internal.HeadingMapping;

/**
 * The Jackson 2 module of cchc-reporting: an {@code ObjectMapper} with it reads and writes a document's
 * {@link io.github.cchc.reporting.NationalHeading} (heading, signature and recipients) in the form of {@link
 * HeadingJson}.
 *
 * <p>It is found by {@link java.util.ServiceLoader} beside the modules of cchc-core and cchc-scoring:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * NationalHeading heading = mapper.readValue(json, NationalHeading.class);
 * }</pre>
 *
 * <p>Reading is as strict as {@link HeadingJson} whatever the mapper's settings, and the mapper's own settings are
 * not changed.
 *
 * <p>This class is thread-safe once registered.
 */
public final class CchcReportingModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CchcReportingModule() {
    super("cchc-reporting");
    Jackson2Mappings.addTo(this, HeadingMapping.ALL);
  }
}
