package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class AmountsProperties {

  private static String plainEuros(long cents) {
    char[] text = new char[22];
    return new String(text, 0, Amounts.plainEuros(cents, text));
  }

  @Property
  void plainEurosWritesWhatBigDecimalWrites(@ForAll long cents) {
    assertThat(plainEuros(cents)).isEqualTo(BigDecimal.valueOf(cents, 2).toPlainString());
  }

  @Example
  void plainEurosOfTheEdges() {
    for (long cents : new long[] {0, 1, -1, 9, 10, 99, 100, -100, -101, 123456,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
      assertThat(plainEuros(cents)).isEqualTo(BigDecimal.valueOf(cents, 2).toPlainString());
    }
  }
}
