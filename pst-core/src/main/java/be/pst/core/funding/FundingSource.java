package be.pst.core.funding;

import be.pst.core.label.Labels;
import be.pst.core.style.PstStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A source of funding of an action (source de financement, subside): a {@link Funder} and, when
 * known, the programme through which it funds ("FSE", "FEAD", "APE", "SPP-IS", "ILA",
 * "SOREAL"…).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class FundingSource implements WithFundingSource {

  /**
   * The programmes {@link #parse} knows, with their funder. FSE and FEAD are European funds;
   * APE (aides à la promotion de l'emploi) and SOREAL (Société régionale de logement) are Walloon;
   * SPP-IS (SPP Intégration sociale) and ILA (initiatives locales d'accueil, Fedasil) are federal.
   */
  private static final Map<String, Funder> PROGRAMMES =
      Map.ofEntries(
          Map.entry("FSE", Funder.EUROPE),
          Map.entry("FEAD", Funder.EUROPE),
          Map.entry("FEDER", Funder.EUROPE),
          Map.entry("APE", Funder.WALLONIA),
          Map.entry("SOREAL", Funder.WALLONIA),
          Map.entry("AVIQ", Funder.WALLONIA),
          Map.entry("PCS", Funder.WALLONIA),
          Map.entry("SPP-IS", Funder.FEDERAL),
          Map.entry("SPP IS", Funder.FEDERAL),
          Map.entry("ILA", Funder.FEDERAL),
          Map.entry("FEDASIL", Funder.FEDERAL),
          Map.entry("MARIBEL", Funder.FEDERAL));

  FundingSource() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of funding sources
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingSource}; obtain one with {@link FundingSource#builder()}. */
  public static final class Builder extends ImmutableFundingSource.Builder {
    Builder() {}
  }

  /**
   * The funder.
   *
   * @return the funder
   */
  public abstract Funder funder();

  /**
   * The programme, if named ("FSE", "APE"…).
   *
   * @return the programme
   */
  public abstract Optional<String> programme();

  /**
   * Funding by {@code funder}, programme not named.
   *
   * @param funder the funder
   * @return the funding source
   */
  public static FundingSource of(Funder funder) {
    return builder().funder(Objects.requireNonNull(funder, "funder")).build();
  }

  /**
   * Funding by {@code funder} through {@code programme}.
   *
   * @param funder the funder
   * @param programme the programme, not blank
   * @return the funding source
   */
  public static FundingSource of(Funder funder, String programme) {
    return builder()
        .funder(Objects.requireNonNull(funder, "funder"))
        .programme(Objects.requireNonNull(programme, "programme"))
        .build();
  }

  /**
   * Parses a seed's word for a subsidy: a known programme ({@code "FSE"} → EUROPE/FSE, {@code
   * "ILA"} → FEDERAL/ILA, {@code "SOREAL"} → WALLONIA/SOREAL, {@code "APE"}, {@code "SPP-IS"},
   * {@code "FEAD"}…), a funder word ({@code "ONE"}, {@code "Province"}, {@code "Wallonie"}), or
   * {@code "Funder/programme"} ({@code "WALLONIA/APE"}).
   *
   * @param text the word
   * @return the funding source
   * @throws IllegalArgumentException if the word is neither a known programme nor a funder
   */
  public static FundingSource parse(String text) {
    Objects.requireNonNull(text, "text");
    String key = text.trim().toUpperCase(Locale.ROOT);
    Funder programmeFunder = PROGRAMMES.get(key);
    if (programmeFunder != null) {
      return of(programmeFunder, key.equals("SPP IS") ? "SPP-IS" : key);
    }
    int slash = text.indexOf('/');
    if (slash > 0 && slash < text.length() - 1 && !Labels.normalize(text).equals("commune/ville")) {
      try {
        return of(Funder.parse(text.substring(0, slash)), text.substring(slash + 1).trim());
      } catch (IllegalArgumentException e) {
        // not "Funder/programme": try the whole text as a funder word below
      }
    }
    try {
      return of(Funder.parse(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown funding source '"
              + text
              + "'; accepted: a programme "
              + new TreeSet<>(PROGRAMMES.keySet())
              + ", 'Funder/programme', or a funder ("
              + Arrays.stream(Funder.values())
                  .map(Funder::label)
                  .collect(Collectors.joining(", "))
              + ")",
          e);
    }
  }

  @Value.Check
  void check() {
    programme()
        .ifPresent(
            p -> {
              if (p.isBlank()) {
                throw new IllegalArgumentException("programme must not be blank");
              }
            });
  }

  /**
   * The funder's label, then the programme: "Europe (FSE)", "ONE".
   *
   * @return the readable funding source
   */
  @Override
  public String toString() {
    return funder().label() + programme().map(p -> " (" + p + ")").orElse("");
  }
}
