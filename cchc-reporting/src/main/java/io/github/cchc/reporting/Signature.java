package io.github.cchc.reporting;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The signature block of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the signer's authority when
 * the signer does not sign in their own right ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"), the signer's title ("PHÓ
 * GIÁM ĐỐC"), room for the signature and seal, and the name.
 *
 * <pre>{@code
 * Signature signature = Signature.builder()
 *     .authority("KT. GIÁM ĐỐC").title("PHÓ GIÁM ĐỐC").name("Nguyễn Văn A")
 *     .build();
 * }</pre>
 *
 * <p>The authority starts with one of {@link #AUTHORITY_PREFIXES}: TM. (on behalf of a collective body), KT.
 * (a deputy signing for the head), Q. (acting), TL. (by order) or TUQ. (by authorisation). This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Signature {

  /** The prefixes an authority line starts with, as the decree writes them. */
  public static final List<String> AUTHORITY_PREFIXES = List.of("TM.", "KT.", "Q.", "TL.", "TUQ.");

  Signature() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signature}; the title and the name are required. */
  public static final class Builder extends ImmutableSignature.Builder {
    Builder() {}
  }

  /**
   * Returns the authority line, such as "KT. GIÁM ĐỐC", absent when the head signs in their own right.
   *
   * @return the authority
   */
  public abstract Optional<String> authority();

  /**
   * Returns the signer's title, such as "PHÓ GIÁM ĐỐC".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the signer's name, such as "Nguyễn Văn A".
   *
   * @return the name
   */
  public abstract String name();

  @Value.Check
  Signature check() {
    Optional<String> authority = authority().map(a -> Texts.nonBlank(a, "signature authority"));
    authority.ifPresent(a -> {
      if (AUTHORITY_PREFIXES.stream().noneMatch(p -> a.startsWith(p + " ") && a.length() > p.length() + 1)) {
        throw new IllegalArgumentException("A signature authority starts with one of " + AUTHORITY_PREFIXES
            + " and a space, then the body or the head, such as \"KT. GIÁM ĐỐC\"; found \"" + a + "\"");
      }
    });
    String title = Texts.nonBlank(title(), "signature title");
    String name = Texts.nonBlank(name(), "signer name");
    if (authority.equals(authority()) && title.equals(title()) && name.equals(name())) {
      return this;
    }
    return builder().from(this).authority(authority).title(title).name(name).build();
  }
}
