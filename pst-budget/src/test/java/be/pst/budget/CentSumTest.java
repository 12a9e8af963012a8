package be.pst.budget;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.money.EuroAmount;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CentSumTest {

  @Test
  void overflowMovesToAnExactBigTotal() {
    CentSum sum = new CentSum().add(Long.MAX_VALUE).add(Long.MAX_VALUE).add(3);
    assertThat(sum.toBigInteger())
        .isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1).add(BigInteger.valueOf(3)));
    assertThat(sum.toAmount())
        .isEqualTo(EuroAmount.ofCents(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1).add(BigInteger.valueOf(3))));
  }

  @Test
  void totalComesBackToALongWhenItFitsAgain() {
    CentSum sum = new CentSum().add(Long.MAX_VALUE).add(10).add(-20);
    assertThat(sum.toAmount().cents()).isEqualTo(Long.MAX_VALUE - 10);
    assertThat(new CentSum().add(Long.MIN_VALUE).add(-1).add(1).toAmount().cents())
        .isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void sumsAddAndSubtractExactly() {
    CentSum a = new CentSum().add(100_050);
    CentSum b = new CentSum().add(Long.MAX_VALUE).add(Long.MAX_VALUE);
    a.add(b);
    assertThat(a.toBigInteger()).isEqualTo(
        BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1).add(BigInteger.valueOf(100_050)));
    assertThat(a.subtract(b).toAmount()).isEqualTo(EuroAmount.of("1000.50"));
  }
}
