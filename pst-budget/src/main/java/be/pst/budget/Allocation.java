package be.pst.budget;

import be.pst.budget.money.EuroAmount;
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

/**
 * Splits an amount (répartition) over years, actions or percentage shares without creating or
 * losing a cent: the parts always add up to the total exactly.
 *
 * <p>Weights are non-negative decimals of any scale and precision (percentages such as {@code
 * 33.33}, {@code 33.333333333333333333}, {@code 50}, or plain weights); they need not add up to
 * 100 — a part's quota is its weight divided by the sum of the weights, computed exactly. The
 * cents that whole-cent quotas leave over are handed out by the explicit {@link
 * RemainderPolicy}.
 *
 * <p>Sizes are checked before anything is allocated: at most {@value #MAX_PARTS} parts, and a
 * weight of at most 1000 digits.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class Allocation {

  /** The most parts an amount can be split into. */
  public static final int MAX_PARTS = 1_000_000;

  private static final int MAX_WEIGHT_DIGITS = 1000;

  private Allocation() {}

  /**
   * Splits an amount in proportion to weights.
   *
   * @param total the amount to split, in euros to the cent
   * @param weights the weights, non-negative, at least one of them positive
   * @param policy where the cents left over go
   * @return one part per weight, in order, adding up to {@code total}
   * @throws IllegalArgumentException if there is no weight or more than {@value #MAX_PARTS}, a
   *     weight is negative or has more than 1000 digits, all are zero, or {@code total} has a
   *     fraction of a cent or is beyond the range of euro amounts
   * @throws be.pst.budget.money.CurrencyMismatchException if {@code total} is not in euros
   */
  public static List<EuroAmount> split(
      MonetaryAmount total, List<BigDecimal> weights, RemainderPolicy policy) {
    return amounts(splitCents(cents(total), integerWeights(weights), policy));
  }

  /**
   * Splits an amount into equal parts, give or take a cent: {@code evenly(100,00 €, 3,
   * LARGEST_REMAINDER)} is {@code 33,34 + 33,33 + 33,33}.
   *
   * @param total the amount to split, in euros to the cent
   * @param parts the number of parts, 1 to {@value #MAX_PARTS}
   * @param policy where the cents left over go
   * @return {@code parts} amounts adding up to {@code total}
   * @throws IllegalArgumentException if {@code parts} is out of 1…{@value #MAX_PARTS}, or {@code
   *     total} has a fraction of a cent or is beyond the range of euro amounts
   * @throws be.pst.budget.money.CurrencyMismatchException if {@code total} is not in euros
   */
  public static List<EuroAmount> evenly(MonetaryAmount total, int parts, RemainderPolicy policy) {
    return amounts(evenlyCents(cents(total), parts, policy));
  }

  /**
   * Spreads an amount evenly over the exercices {@code firstExercice…lastExercice}.
   *
   * @param total the amount to spread, in euros to the cent
   * @param firstExercice the first year
   * @param lastExercice the last year, not before {@code firstExercice}, at most {@value
   *     #MAX_PARTS} years after it
   * @param policy where the cents left over go (with {@link RemainderPolicy#FIRST}, to the first
   *     year)
   * @return the amount of each year, in year order, adding up to {@code total}
   * @throws IllegalArgumentException if {@code lastExercice} is before {@code firstExercice} or
   *     too far after it, or {@code total} has a fraction of a cent or is beyond the range of
   *     euro amounts
   * @throws be.pst.budget.money.CurrencyMismatchException if {@code total} is not in euros
   */
  public static SortedMap<Integer, EuroAmount> overYears(
      MonetaryAmount total, int firstExercice, int lastExercice, RemainderPolicy policy) {
    long years = (long) lastExercice - firstExercice + 1;
    if (years < 1) {
      throw new IllegalArgumentException(
          "last exercice " + lastExercice + " is before first exercice " + firstExercice);
    }
    if (years > MAX_PARTS) {
      throw new IllegalArgumentException("cannot spread an amount over " + years
          + " years (at most " + MAX_PARTS + ")");
    }
    long[] parts = evenlyCents(cents(total), (int) years, policy);
    SortedMap<Integer, EuroAmount> result = new TreeMap<>();
    for (int i = 0; i < parts.length; i++) {
      result.put(firstExercice + i, EuroAmount.ofCents(parts[i]));
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
   * @throws IllegalArgumentException if there is no share or more than {@value #MAX_PARTS}, a
   *     share is negative or has more than 1000 digits, all are zero, or {@code total} has a
   *     fraction of a cent or is beyond the range of euro amounts
   * @throws be.pst.budget.money.CurrencyMismatchException if {@code total} is not in euros
   */
  public static <K> Map<K, EuroAmount> byShares(
      MonetaryAmount total, Map<K, BigDecimal> shares, RemainderPolicy policy) {
    Objects.requireNonNull(shares, "shares");
    List<K> keys = new ArrayList<>(shares.keySet());
    long[] parts =
        splitCents(cents(total), integerWeights(new ArrayList<>(shares.values())), policy);
    Map<K, EuroAmount> result = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      result.put(keys.get(i), EuroAmount.ofCents(parts[i]));
    }
    return Collections.unmodifiableMap(result);
  }

  // ------------------------------------------------------------------ cents, for this package

  /** Splits cents into {@code parts} equal parts. */
  static long[] evenlyCents(long totalCents, int parts, RemainderPolicy policy) {
    if (parts < 1 || parts > MAX_PARTS) {
      throw new IllegalArgumentException(
          "number of parts must be between 1 and " + MAX_PARTS + ": " + parts);
    }
    BigInteger[] weights = new BigInteger[parts];
    Arrays.fill(weights, BigInteger.ONE);
    return splitCents(totalCents, weights, policy);
  }

  /** Splits cents in proportion to decimal weights, exactly. */
  static long[] splitCents(long totalCents, List<BigDecimal> weights, RemainderPolicy policy) {
    return splitCents(totalCents, integerWeights(weights), policy);
  }

  /** Splits cents in proportion to whole-number weights, exactly. */
  static long[] splitCents(long totalCents, long[] weights, RemainderPolicy policy) {
    BigInteger[] big = new BigInteger[weights.length];
    for (int i = 0; i < weights.length; i++) {
      big[i] = BigInteger.valueOf(weights[i]);
    }
    return splitCents(totalCents, big, policy);
  }

  /**
   * Splits a number of cents in proportion to whole-number weights, exactly.
   *
   * @throws IllegalArgumentException if there is no weight, a weight is negative, or all are zero
   */
  static long[] splitCents(long totalCents, BigInteger[] weights, RemainderPolicy policy) {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(policy, "policy");
    int n = weights.length;
    if (n == 0) {
      throw new IllegalArgumentException("cannot split an amount over no part");
    }
    if (n > MAX_PARTS) {
      throw new IllegalArgumentException(
          "cannot split an amount over " + n + " parts (at most " + MAX_PARTS + ")");
    }
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      if (weights[i].signum() < 0) {
        throw new IllegalArgumentException("weight " + i + " is negative: " + weights[i]);
      }
      sum = sum.add(weights[i]);
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("cannot split an amount over weights that are all zero");
    }
    boolean negative = totalCents < 0;
    BigInteger magnitude = BigInteger.valueOf(totalCents).abs();
    long[] small = smallWeights(weights, sum, magnitude);
    if (small != null) {
      long[] parts = splitSmall(magnitude.longValueExact(), small, sum.longValueExact(), policy);
      if (negative) {
        for (int i = 0; i < n; i++) {
          parts[i] = -parts[i];
        }
      }
      return parts;
    }
    BigInteger[] big = splitBig(magnitude, weights, sum, policy);
    long[] parts = new long[n];
    for (int i = 0; i < n; i++) {
      parts[i] = (negative ? big[i].negate() : big[i]).longValueExact();
    }
    return parts;
  }

  /** The weights as {@code long}s when every product {@code magnitude × weight} fits a long. */
  private static long[] smallWeights(BigInteger[] weights, BigInteger sum, BigInteger magnitude) {
    if (sum.bitLength() >= Long.SIZE || magnitude.bitLength() >= Long.SIZE
        || sum.bitLength() + magnitude.bitLength() >= Long.SIZE - 1) {
      return null;
    }
    long[] result = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      result[i] = weights[i].longValue();
    }
    return result;
  }

  private static BigInteger[] splitBig(
      BigInteger magnitude, BigInteger[] weights, BigInteger sum, RemainderPolicy policy) {
    int n = weights.length;
    BigInteger[] parts = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = magnitude.multiply(weights[i]).divideAndRemainder(sum);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      given = given.add(qr[0]);
    }
    int left = magnitude.subtract(given).intValueExact();
    for (int index : receivers(remainders, weights, left, policy)) {
      parts[index] = parts[index].add(BigInteger.ONE);
    }
    return parts;
  }

  /** The indices that receive one leftover cent each (an index may appear several times). */
  private static int[] receivers(
      BigInteger[] remainders, BigInteger[] weights, int left, RemainderPolicy policy) {
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
          if (weights[i].signum() != 0) {
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
    long[] remainders = new long[n];
    for (int i = 0; i < n; i++) {
      long product = magnitude * weights[i];
      parts[i] = product / sumWeights;
      remainders[i] = product % sumWeights;
      given += parts[i];
    }
    int left = Math.toIntExact(magnitude - given);
    if (left == 0) {
      return parts;
    }
    if (policy != RemainderPolicy.LARGEST_REMAINDER) {
      BigInteger[] big = new BigInteger[n];
      for (int i = 0; i < n; i++) {
        big[i] = BigInteger.valueOf(weights[i]);
      }
      for (int index : receivers(null, big, left, policy)) {
        parts[index] += 1;
      }
    } else if (n <= 16) {
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
    return parts;
  }

  /**
   * Turns decimal weights into proportional whole numbers, exactly, by moving the decimal point
   * of all of them by the same number of places.
   *
   * @throws IllegalArgumentException if there are more than {@value #MAX_PARTS} weights, or a
   *     weight is negative or has more than 1000 digits
   */
  static BigInteger[] integerWeights(List<BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.size() > MAX_PARTS) {
      throw new IllegalArgumentException("cannot split an amount over " + weights.size()
          + " parts (at most " + MAX_PARTS + ")");
    }
    int scale = 0;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = Objects.requireNonNull(weights.get(i), "weights[" + i + "]");
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weight " + i + " is negative: " + w.toPlainString());
      }
      if (w.precision() > MAX_WEIGHT_DIGITS || Math.abs((long) w.scale()) > MAX_WEIGHT_DIGITS) {
        throw new IllegalArgumentException(
            "weight " + i + " has more than " + MAX_WEIGHT_DIGITS + " digits or decimals");
      }
      scale = Math.max(scale, w.scale());
    }
    BigInteger[] result = new BigInteger[weights.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = weights.get(i).setScale(scale).unscaledValue();
    }
    return result;
  }

  private static long cents(MonetaryAmount total) {
    return EuroAmount.from(Objects.requireNonNull(total, "total")).cents();
  }

  private static List<EuroAmount> amounts(long[] cents) {
    List<EuroAmount> result = new ArrayList<>(cents.length);
    for (long c : cents) {
      result.add(EuroAmount.ofCents(c));
    }
    return Collections.unmodifiableList(result);
  }
}
