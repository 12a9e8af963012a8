package be.pst.budget.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;

class EuroAmountProperties {

  @Provide
  Arbitrary<Long> cents() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-100_000_000_00L, 100_000_000_00L),
        Arbitraries.longs(),
        Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE));
  }

  @Property
  void addingThenSubtractingGivesBackTheAmount(
      @ForAll("cents") long a, @ForAll("cents") long b) {
    MonetaryAmount x = EuroAmount.ofCents(a);
    MonetaryAmount y = EuroAmount.ofCents(b);
    MonetaryAmount back = x.add(y).subtract(y);
    assertThat(back.isEqualTo(x)).isTrue();
    BigInteger sum = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
    if (sum.bitLength() < Long.SIZE) {
      assertThat(back).isEqualTo(x);
      assertThat(x.add(y)).isEqualTo(EuroAmount.ofCents(sum.longValueExact()));
    }
    assertThat(EuroAmount.from(x.add(y)).toBigDecimal()).isEqualByComparingTo(new BigDecimal(sum, 2));
  }

  @Property
  void compareToAgreesWithTheCents(@ForAll("cents") long a, @ForAll("cents") long b) {
    MonetaryAmount x = EuroAmount.ofCents(a);
    MonetaryAmount y = EuroAmount.ofCents(b);
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.compare(a, b));
    assertThat(x.isEqualTo(y)).isEqualTo(a == b);
    assertThat(x.equals(y)).isEqualTo(a == b);
    assertThat(x.isLessThan(y)).isEqualTo(a < b);
    assertThat(x.isGreaterThanOrEqualTo(y)).isEqualTo(a >= b);
  }

  @Property
  void comparingWithMoneyAgreesWithTheCents(@ForAll("cents") long a, @ForAll("cents") long b) {
    MonetaryAmount x = EuroAmount.ofCents(a);
    Money y = Money.of(BigDecimal.valueOf(b, 2), "EUR");
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.compare(a, b));
    assertThat(Integer.signum(y.compareTo(x))).isEqualTo(Long.compare(b, a));
    assertThat(x.signum()).isEqualTo(Long.signum(a));
  }

  @Property
  void orderingIsTransitive(
      @ForAll("cents") long a, @ForAll("cents") long b, @ForAll("cents") long c) {
    MonetaryAmount x = EuroAmount.ofCents(a);
    MonetaryAmount y = EuroAmount.ofCents(b);
    MonetaryAmount z = EuroAmount.ofCents(c);
    if (x.isLessThanOrEqualTo(y) && y.isLessThanOrEqualTo(z)) {
      assertThat(x.isLessThanOrEqualTo(z)).isTrue();
    }
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
  }

  @Property
  void theNumberRoundTripsToTheSameAmount(@ForAll("cents") long a) {
    EuroAmount x = EuroAmount.ofCents(a);
    BigDecimal number = x.getNumber().numberValue(BigDecimal.class);
    assertThat(number).isEqualByComparingTo(BigDecimal.valueOf(a, 2));
    assertThat(EuroAmount.of(number)).isEqualTo(x);
    assertThat(EuroAmount.from(Money.of(number, "EUR")).cents()).isEqualTo(a);
    assertThat(x.cents()).isEqualTo(a);
  }

  @Property
  void printingAndParsingBelgianStyleRoundTrips(@ForAll("cents") long a) {
    Assume.that(a != Long.MIN_VALUE); // the documented range is symmetric: ±92.233.720.368.547.758,07
    MonetaryAmount x = EuroAmount.ofCents(a);
    assertThat(EuroAmount.parseBelgian(x.toString())).isEqualTo(x);
  }
}
