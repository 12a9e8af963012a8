package be.pst.core.funding;

import be.pst.core.schedule.Schedule;
import be.pst.core.style.PstStyle;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A funding of an action as its fiche states it (financement, subside): its {@linkplain
 * #source() source}, and when stated whether it is acquired, requested or refused, the rate it
 * covers ("Province 70 %", "UREBA 50 %"), its amount, what it pays for ("ILA (modules)",
 * "SOREAL &amp; FEAD (denrées)") and its period ("FSE 2014-2020").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Funding implements WithFunding {

  Funding() {}

  /**
   * A new builder.
   *
   * @return a builder; the source is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Funding}; obtain one with {@link Funding#builder()}. */
  public static final class Builder extends ImmutableFunding.Builder {
    Builder() {}
  }

  /**
   * A funding from a source, nothing else stated.
   *
   * @param source who funds
   * @return the funding
   */
  public static Funding of(FundingSource source) {
    return builder().source(Objects.requireNonNull(source, "source")).build();
  }

  /**
   * Who funds, and through which programme.
   *
   * @return the source
   */
  public abstract FundingSource source();

  /**
   * Whether the funding is acquired, requested or refused, if stated.
   *
   * @return the status
   */
  public abstract Optional<FundingStatus> status();

  /**
   * The share of the cost it covers, in percent ({@code 70} for "Province 70 %"), if stated.
   *
   * @return the rate in percent
   */
  public abstract Optional<BigDecimal> rate();

  /**
   * The amount of the funding, if stated.
   *
   * @return the amount
   */
  public abstract Optional<MonetaryAmount> amount();

  /**
   * What it pays for ("modules", "denrées"), if stated.
   *
   * @return the purpose
   */
  public abstract Optional<String> purpose();

  /**
   * The period it covers ("FSE 2014-2020"), if stated.
   *
   * @return the period
   */
  public abstract Optional<Schedule> period();

  /**
   * The words of the fiche, if any.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    purpose().ifPresent(p -> {
      if (p.isBlank()) {
        throw new IllegalArgumentException("purpose must not be blank");
      }
    });
  }

  /**
   * "Province 70 % (acquis)", "Fédéral (ILA) : modules".
   *
   * @return the readable funding
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source().toString());
    rate().ifPresent(r -> s.append(' ').append(r.toPlainString()).append(" %"));
    amount().ifPresent(a -> s.append(' ').append(a));
    period().ifPresent(p -> s.append(' ').append(p));
    status().ifPresent(st -> s.append(" (").append(st.label().toLowerCase(java.util.Locale.ROOT))
        .append(')'));
    purpose().ifPresent(p -> s.append(" : ").append(p));
    return s.toString();
  }
}
