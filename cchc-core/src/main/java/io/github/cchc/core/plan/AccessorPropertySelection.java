package io.github.cchc.core.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Makes Bean Validation see the accessors of the Immutables model ({@code title()}, {@code year()}), which have no
 * {@code get} prefix: every no-argument method returning a value is a property named like the method. Without this,
 * Hibernate Validator would silently skip every constraint on them.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {

  private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "clone");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || OBJECT_METHODS.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
