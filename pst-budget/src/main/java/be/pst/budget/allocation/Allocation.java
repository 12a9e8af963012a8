package be.pst.budget.allocation;

import be.pst.budget.money.Euros;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Splits an amount (répartition) over years, actions or percentage shares without creating or
 * losing a cent: the parts always add up to the total exactly.
 *
 * <p>Weights are non-negative decimals of any scale (percentages such as {@code 33.33},
 * {@code 50}, or plain weights); they need not add up to 100 — a part's quota is its weight
 * divided by the sum of the weights, computed exactly. The cents that whole-cent quotas leave
 * over are handed out by the explicit {@link RemainderPolicy}.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class Allocation {

  private Allocation() {}

  /**
   * Splits a number of cents in proportion to weights.
   *
   * @param totalCents the cents to split, of either sign
   * @param weights the weights, non-negative, at least one of them positive
   * @param policy where the cents left over go
   * @return one part per weight, in order, adding up to {@code totalCents}
   * @throws IllegalArgumentException if there is no weight, a weight is negative, or all are zero
   */
  public static long[] splitCents(long totalCents, List<BigDecimal> weights, RemainderPolicy policy) {
    return splitCents(totalCents, integerWeights(weights), policy);
  }

  /**
   * Splits a number of cents in proportion to whole-number weights.
   *
   * @param totalCents the cents to split, of either sign
   * @param weights the weights, non-negative, at least one of them positive
   * @param policy where the cents left over go
   * @return one part per weight, in order, adding up to {@code totalCents}
   * @throws IllegalArgumentException if there is no weight, a weight is negative, or all are zero
   */
  public static long[] splitCents(long totalCents, long[] weights, RemainderPolicy policy) {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(policy, "policy");
    int n = weights.length;
    if (n == 0) {
      throw new IllegalArgumentException("cannot split an amount over no part");
    }
    BigInteger sumWeights = BigInteger.ZERO;
    long longSum = 0;
    boolean longOk = true;
    for (int i = 0; i < n; i++) {
      long w = weights[i];
      if (w < 0) {
        throw new IllegalArgumentException("weight " + i + " is negative: " + w);
      }
      if (longOk) {
        long s = longSum + w;
        if (s < 0) {
          longOk = false;
          sumWeights = BigInteger.valueOf(longSum).add(BigInteger.valueOf(w));
        } else {
          longSum = s;
        }
      } else {
        sumWeights = sumWeights.add(BigInteger.valueOf(w));
      }
    }
    if (longOk) {
      sumWeights = BigInteger.valueOf(longSum);
    }
    if (sumWeights.signum() == 0) {
      throw new IllegalArgumentException("cannot split an amount over weights that are all zero");
    }
    boolean negative = totalCents < 0;
    if (longOk && totalCents != Long.MIN_VALUE && Math.abs(totalCents) <= Long.MAX_VALUE / longSum) {
      // Fast path: every |total| × weight fits in a long.
      long[] parts = splitSmall(Math.abs(totalCents), weights, longSum, policy);
      if (negative) {
        for (int i = 0; i < n; i++) {
          parts[i] = -parts[i];
        }
      }
      return parts;
    }
    // Slow path, exact: |Long.MIN_VALUE| and large products do not fit in a long.
    BigInteger magnitude = BigInteger.valueOf(totalCents).abs();
    BigInteger[] parts = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr =
          magnitude.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sumWeights);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      given = given.add(qr[0]);
    }
    int left = magnitude.subtract(given).intValueExact();
    for (int index : receivers(remainders, weights, left, policy)) {
      parts[index] = parts[index].add(BigInteger.ONE);
    }
    long[] result = new long[n];
    for (int i = 0; i < n; i++) {
      result[i] = (negative ? parts[i].negate() : parts[i]).longValueExact();
    }
    return result;
  }

  /** The indices that receive one leftover cent each (an index may appear several times). */
  private static int[] receivers(
      BigInteger[] remainders, long[] weights, int left, RemainderPolicy policy) {
    int n = weights.length;
    int[] result = new int[left];
    if (left == 0) {
      return result;
    }
    switch (policy) {
      case FIRST:
      case LAST:
        int chosen = -1;
        for (int k = 0; k < n; k++) {
          int i = policy == RemainderPolicy.FIRST ? k : n - 1 - k;
          if (weights[i] != 0) {
            chosen = i;
            break;
          }
        }
        Arrays.fill(result, chosen);
        return result;
      case LARGEST_REMAINDER:
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
          order[i] = i;
        }
        // Stable sort: equal remainders keep their order, so ties go to the earlier part.
        Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
        for (int k = 0; k < left; k++) {
          result[k] = order[k];
        }
        return result;
      default:
        throw new AssertionError(policy);
    }
  }

  private static long[] splitSmall(
      long magnitude, long[] weights, long sumWeights, RemainderPolicy policy) {
    int n = weights.length;
    long[] parts = new long[n];
    long given = 0;
    long[] remainders = policy == RemainderPolicy.LARGEST_REMAINDER ? new long[n] : null;
    for (int i = 0; i < n; i++) {
      long product = magnitude * weights[i];
      parts[i] = product / sumWeights;
      if (remainders != null) {
        remainders[i] = product % sumWeights;
      }
      given += parts[i];
    }
    int left = Math.toIntExact(magnitude - given);
    if (left > 0 && remainders != null) {
      if (n <= 16) {
        // Few parts (objective shares): pick the largest remainders in place, earliest on ties.
        boolean[] chosen = new boolean[n];
        for (int k = 0; k < left; k++) {
          int best = -1;
          for (int i = 0; i < n; i++) {
            if (!chosen[i] && (best < 0 || remainders[i] > remainders[best])) {
              best = i;
            }
          }
          chosen[best] = true;
          parts[best] += 1;
        }
      } else {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
          order[i] = i;
        }
        // Stable sort: equal remainders keep their order, so ties go to the earlier part.
        Arrays.sort(order, (a, b) -> Long.compare(remainders[b], remainders[a]));
        for (int k = 0; k < left; k++) {
          parts[order[k]] += 1;
        }
      }
    } else if (left > 0) {
      for (int index : receivers(null, weights, left, policy)) {
        parts[index] += 1;
      }
    }
    return parts;
  }

  /**
   * Splits an amount in proportion to weights.
   *
   * @param total the amount to split, in euros to the cent
   * @param weights the weights, non-negative, at least one of them positive
   * @param policy where the cents left over go
   * @return one part per weight, in order, adding up to {@code total}
   * @throws IllegalArgumentException if there is no weight, a weight is negative, all are zero, or
   *     {@code total} has a fraction of a cent
   */
  public static List<MonetaryAmount> split(
      MonetaryAmount total, List<BigDecimal> weights, RemainderPolicy policy) {
    return toMoney(splitCents(Euros.toCents(total), weights, policy));
  }

  /**
   * Splits an amount into equal parts (give or take a cent).
   *
   * @param total the amount to split, in euros to the cent
   * @param parts the number of parts, at least 1
   * @param policy where the cents left over go
   * @return {@code parts} amounts adding up to {@code total}
   * @throws IllegalArgumentException if {@code parts} is less than 1
   */
  public static List<MonetaryAmount> evenly(MonetaryAmount total, int parts, RemainderPolicy policy) {
    return toMoney(evenlyCents(Euros.toCents(total), parts, policy));
  }

  /**
   * Splits a number of cents into equal parts (give or take a cent).
   *
   * @param totalCents the cents to split
   * @param parts the number of parts, at least 1
   * @param policy where the cents left over go
   * @return {@code parts} numbers of cents adding up to {@code totalCents}
   * @throws IllegalArgumentException if {@code parts} is less than 1
   */
  public static long[] evenlyCents(long totalCents, int parts, RemainderPolicy policy) {
    if (parts < 1) {
      throw new IllegalArgumentException("number of parts must be at least 1: " + parts);
    }
    long[] weights = new long[parts];
    Arrays.fill(weights, 1);
    return splitCents(totalCents, weights, policy);
  }

  /**
   * Spreads an amount evenly over the exercices {@code firstExercice…lastExercice}.
   *
   * @param total the amount to spread, in euros to the cent
   * @param firstExercice the first year
   * @param lastExercice the last year, not before {@code firstExercice}
   * @param policy where the cents left over go (with {@link RemainderPolicy#FIRST}, to the first
   *     year)
   * @return the amount of each year, in year order, adding up to {@code total}
   * @throws IllegalArgumentException if {@code lastExercice} is before {@code firstExercice}
   */
  public static SortedMap<Integer, MonetaryAmount> overYears(
      MonetaryAmount total, int firstExercice, int lastExercice, RemainderPolicy policy) {
    if (lastExercice < firstExercice) {
      throw new IllegalArgumentException(
          "last exercice " + lastExercice + " is before first exercice " + firstExercice);
    }
    long[] parts = evenlyCents(Euros.toCents(total), lastExercice - firstExercice + 1, policy);
    SortedMap<Integer, MonetaryAmount> result = new TreeMap<>();
    for (int i = 0; i < parts.length; i++) {
      result.put(firstExercice + i, Euros.ofCents(parts[i]));
    }
    return Collections.unmodifiableSortedMap(result);
  }

  /**
   * Splits an amount over keys (actions, objectives, years…) in proportion to their shares.
   *
   * @param <K> the type of the keys
   * @param total the amount to split, in euros to the cent
   * @param shares the share of each key, e.g. percentages; iteration order is kept
   * @param policy where the cents left over go, in the iteration order of {@code shares}
   * @return the part of each key, in the iteration order of {@code shares}, adding up to
   *     {@code total}
   * @throws IllegalArgumentException if there is no share, a share is negative or all are zero
   */
  public static <K> Map<K, MonetaryAmount> byShares(
      MonetaryAmount total, Map<K, BigDecimal> shares, RemainderPolicy policy) {
    Objects.requireNonNull(shares, "shares");
    List<K> keys = new ArrayList<>(shares.keySet());
    List<BigDecimal> weights = new ArrayList<>(shares.values());
    long[] parts = splitCents(Euros.toCents(total), weights, policy);
    Map<K, MonetaryAmount> result = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      result.put(keys.get(i), Euros.ofCents(parts[i]));
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * Turns decimal weights into proportional whole numbers, by moving the decimal point of all of
   * them by the same number of places.
   *
   * @param weights non-negative decimal weights
   * @return proportional whole-number weights
   * @throws IllegalArgumentException if a weight is negative or too precise to be handled
   */
  public static long[] integerWeights(List<BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    int scale = 0;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = Objects.requireNonNull(weights.get(i), "weights[" + i + "]");
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weight " + i + " is negative: " + w.toPlainString());
      }
      scale = Math.max(scale, w.stripTrailingZeros().scale());
    }
    long[] result = new long[weights.size()];
    for (int i = 0; i < result.length; i++) {
      try {
        result[i] = weights.get(i).movePointRight(scale).setScale(0).longValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "weight " + i + " (" + weights.get(i).toPlainString()
                + ") is too large or too precise to split an amount", e);
      }
    }
    return result;
  }

  private static List<MonetaryAmount> toMoney(long[] cents) {
    List<MonetaryAmount> result = new ArrayList<>(cents.length);
    for (long c : cents) {
      result.add(Euros.ofCents(c));
    }
    return Collections.unmodifiableList(result);
  }
}
