package be.pst.core.plan;

import be.pst.core.style.PstStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A political objective of the majority (objectif politique, seed 003), taken from the
 * declaration of social policy (DPS, for a CPAS) or of communal policy (DPC), to which
 * strategic objectives and actions refer, with the priorities the declaration lists under it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class PoliticalObjective implements WithPoliticalObjective {

  PoliticalObjective() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of political objectives
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PoliticalObjective}; obtain one with {@link PoliticalObjective#builder()}. */
  public static final class Builder extends ImmutablePoliticalObjective.Builder {
    Builder() {}
  }

  /**
   * The political objective of that code, title and source.
   *
   * @param code the code
   * @param title the title
   * @param source where it comes from, "DPS" or "DPC"
   * @return the political objective
   */
  public static PoliticalObjective of(String code, String title, String source) {
    return builder()
        .code(Objects.requireNonNull(code, "code"))
        .title(Objects.requireNonNull(title, "title"))
        .source(Objects.requireNonNull(source, "source"))
        .build();
  }

  /**
   * The code, referred to by {@code StrategicObjective.politicalObjectiveCodes()}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The declaration it comes from: "DPS" (déclaration de politique sociale) or "DPC"
   * (déclaration de politique communale).
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * What the declaration says of it, if anything.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * The priorities the declaration lists under it ("Des priorités sont fixées : …", seed 000).
   *
   * @return the priorities, in the declaration's order
   */
  public abstract List<String> priorities();

  @Value.Check
  void check() {
    Texts.require(code(), "political objective code");
    Texts.require(title(), "political objective title");
  }

  /**
   * "code - title (source)".
   *
   * @return the readable political objective
   */
  @Override
  public String toString() {
    return code() + " - " + title() + source().map(s -> " (" + s + ")").orElse("");
  }
}
