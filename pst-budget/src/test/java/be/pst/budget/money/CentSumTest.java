package be.pst.budget.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CentSumTest {

  @Test
  void overflowMovesToAnExactBigTotal() {
    CentSum sum = new CentSum().add(Long.MAX_VALUE).add(Long.MAX_VALUE).add(3);
    assertThat(sum.toBigInteger())
        .isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1).add(BigInteger.valueOf(3)));
    assertThat(sum.fitsInLong()).isFalse();
    assertThatThrownBy(sum::toLongExact).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void totalComesBackToALongWhenItFitsAgain() {
    CentSum sum = new CentSum().add(Long.MAX_VALUE).add(10).add(-20);
    assertThat(sum.fitsInLong()).isTrue();
    assertThat(sum.toLongExact()).isEqualTo(Long.MAX_VALUE - 10);
    assertThat(new CentSum().add(Long.MIN_VALUE).add(-1).add(1).toLongExact())
        .isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void totalsAddUpAndPrintBelgianStyle() {
    CentSum a = new CentSum().add(Euros.of("1000.50"));
    CentSum b = new CentSum().add(Long.MAX_VALUE).add(Long.MAX_VALUE);
    a.add(b);
    assertThat(a.toBigInteger()).isEqualTo(
        BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1).add(BigInteger.valueOf(100_050)));
    assertThat(new CentSum().add(28_750_000).toString()).isEqualTo("287.500,00");
  }
}
