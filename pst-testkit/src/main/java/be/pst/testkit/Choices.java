package be.pst.testkit;

import java.util.List;

/**
 * Many small choices read from one generated number: {@link #below(int) below(n)} takes the next
 * digit of the number written in a mixed radix, so one drawn {@code long} decides a status, a
 * priority, a month and a vocabulary word at once. Drawing one number instead of one arbitrary
 * per attribute keeps generation fast; shrinking the number towards zero shrinks every choice
 * towards its first option (the first constant, the first word, the first year). When the number
 * is used up, every further choice is its first option.
 *
 * <p>Instances are mutable and used by one assembly only.
 */
final class Choices {

  private long rest;

  private Choices(long value) {
    this.rest = value < 0 ? -(value + 1) : value;
  }

  /**
   * Reads choices from {@code value}.
   *
   * @param value any number; a negative one is read as its complement
   * @return the choices
   */
  static Choices of(long value) {
    return new Choices(value);
  }

  /**
   * The next choice among {@code n} options.
   *
   * @param n the number of options, at least 1
   * @return a number in [0, n)
   */
  int below(int n) {
    int choice = (int) (rest % n);
    rest /= n;
    return choice;
  }

  /**
   * A number in [min, max].
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @return the value
   */
  int between(int min, int max) {
    return min + below(max - min + 1);
  }

  /**
   * The next yes-or-no choice.
   *
   * @return the choice
   */
  boolean flip() {
    return below(2) == 1;
  }

  /**
   * One of {@code options}.
   *
   * @param options the options, not empty
   * @param <T> their type
   * @return the chosen option
   */
  <T> T of(List<T> options) {
    return options.get(below(options.size()));
  }

  /**
   * One of {@code options}.
   *
   * @param options the options, not empty
   * @param <T> their type
   * @return the chosen option
   */
  @SafeVarargs
  final <T> T of(T... options) {
    return options[below(options.length)];
  }

  /**
   * A short word of 1 to {@code maxLength} letters, some accented, some that markup languages
   * escape ({@code & < > " '}).
   *
   * @param maxLength the longest word, at least 1
   * @return the word
   */
  String word(int maxLength) {
    int length = between(1, maxLength);
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      word.append(LETTERS.charAt(below(LETTERS.length())));
    }
    return word.toString();
  }

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéèàçôÉ'-&<>\"€";

  /**
   * A subset of up to {@code max} options, in their order: each option is in with one chance in
   * two, the first ones first.
   *
   * @param options the options
   * @param max the largest subset
   * @param <T> their type
   * @return the subset
   */
  <T> List<T> subset(List<T> options, int max) {
    int bits = below(1 << options.size());
    List<T> chosen = new java.util.ArrayList<>();
    for (int i = 0; i < options.size() && chosen.size() < max; i++) {
      if ((bits & (1 << i)) != 0) {
        chosen.add(options.get(i));
      }
    }
    return chosen;
  }
}
