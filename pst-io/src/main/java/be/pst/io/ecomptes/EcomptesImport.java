package be.pst.io.ecomptes;

import be.pst.budget.BudgetedPlan;
import be.pst.core.plan.Plan;
import be.pst.core.style.PstStyle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The result of reading an eComptes XML document (import eComptes): the plan with its budget
 * lines, the header that identifies the exchange ({@code Identifiants/Id}, {@code Exercice},
 * {@code Version}, {@code Generateur}, {@code DescriptionPST/IdPST}), and the warnings about what
 * had to be guessed or was missing, one per kind. {@link #exportOptions()} writes the plan back
 * with the same header.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class EcomptesImport implements WithEcomptesImport {

  EcomptesImport() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the plan read, with its budget lines.
   *
   * @return the budgeted plan
   */
  public abstract BudgetedPlan budgetedPlan();

  /**
   * Returns the plan read, without its budget.
   *
   * @return the plan
   */
  public Plan plan() {
    return budgetedPlan().plan();
  }

  /**
   * Returns the warnings, in document order.
   *
   * @return what was missing, guessed or left out; empty for a clean document
   */
  public abstract List<EcomptesIssue> warnings();

  /**
   * The identifier of the exchange, {@code Identifiants/Id}, as written.
   *
   * @return the identifier; empty when the file has none
   */
  public abstract Optional<String> id();

  /**
   * The exercice of the exchange, {@code Identifiants/Exercice}.
   *
   * @return the exercice; empty when the file has none
   */
  public abstract OptionalInt exercice();

  /**
   * The version of the schema the file names, {@code Identifiants/Version}.
   *
   * @return the version, {@code 201805V1} for every file the reader knows; empty when missing
   */
  public abstract Optional<String> version();

  /**
   * The software that wrote the file, {@code Identifiants/Generateur}.
   *
   * @return the generator; empty when the file has none
   */
  public abstract Optional<String> generator();

  /**
   * The identifier of the PST, {@code DescriptionPST/IdPST}.
   *
   * @return the identifier; empty when the file has none
   */
  public abstract Optional<String> idPst();

  /**
   * Options that write the plan back with this file's header: its {@code Id}, exercice,
   * generator and {@code IdPST} (when the file has them and the schema accepts them), the other
   * options at their defaults.
   *
   * @return the options for a re-export
   */
  public EcomptesOptions exportOptions() {
    EcomptesOptions.Builder b = EcomptesOptions.builder();
    id().filter(s -> !s.isBlank()).ifPresent(b::id);
    exercice().ifPresent(b::exercice);
    generator().filter(g -> !g.isBlank() && g.codePointCount(0, g.length()) <= 50)
        .ifPresent(b::generator);
    idPst().filter(s -> !s.isBlank() && s.codePointCount(0, s.length()) <= 40)
        .ifPresent(b::idPst);
    return b.build();
  }

  /** Builds an {@link EcomptesImport}. */
  public static final class Builder extends ImmutableEcomptesImport.Builder {
    Builder() {}
  }
}
