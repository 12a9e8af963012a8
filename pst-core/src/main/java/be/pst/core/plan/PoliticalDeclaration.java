package be.pst.core.plan;

import be.pst.core.style.PstStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The declaration of policy the plan translates (déclaration de politique sociale, DPS, for a
 * CPAS; de politique communale, DPC, for a commune): its kind, title, the date the council
 * adopted it ("arrêtée en date du 25/02/2019", seed 000) and its text. Its axes and priorities
 * are the plan's {@linkplain Plan#politicalObjectives() political objectives}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class PoliticalDeclaration implements WithPoliticalDeclaration {

  PoliticalDeclaration() {}

  /**
   * A new builder.
   *
   * @return a builder; the kind and the title are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PoliticalDeclaration}; obtain one with {@link PoliticalDeclaration#builder()}. */
  public static final class Builder extends ImmutablePoliticalDeclaration.Builder {
    Builder() {}
  }

  /**
   * The kind, as political objectives name their {@linkplain PoliticalObjective#source()
   * source}: "DPS" or "DPC".
   *
   * @return the kind
   */
  public abstract String kind();

  /**
   * The title ("Déclaration de Politique Sociale 2019-2024").
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The date the council adopted it, if known.
   *
   * @return the adoption date
   */
  public abstract Optional<LocalDate> adoptionDate();

  /**
   * Its text or a summary, if given.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Texts.require(kind(), "declaration kind");
    Texts.require(title(), "declaration title");
  }

  /**
   * "DPS - title (adopted on …)".
   *
   * @return the readable declaration
   */
  @Override
  public String toString() {
    return kind() + " - " + title() + adoptionDate().map(d -> " (" + d + ")").orElse("");
  }
}
