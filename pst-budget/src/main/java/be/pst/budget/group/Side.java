package be.pst.budget.group;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * The side of a budget line (type): receipts or expenses.
 *
 * <p>Instances are immutable and thread-safe.
 */
public enum Side {
  /** Receipts (recettes), eComptes type {@code R}. */
  RECEIPTS("recettes", "R"),
  /** Expenses (dépenses), eComptes type {@code D}. */
  EXPENSES("dépenses", "D");

  private final String label;
  private final String ecomptesCode;

  Side(String label, String ecomptesCode) {
    this.label = label;
    this.ecomptesCode = ecomptesCode;
  }

  /**
   * The French name of the side.
   *
   * @return {@code "recettes"} or {@code "dépenses"}
   */
  public String label() {
    return label;
  }

  /**
   * The code of the side in the eComptes exchange format ({@code Type} element).
   *
   * @return {@code "R"} or {@code "D"}
   */
  public String ecomptesCode() {
    return ecomptesCode;
  }

  /**
   * The side named by {@code text}: its French name ("recettes", "Dépenses", also in the
   * singular), its eComptes code ({@code R}, {@code D}) or its constant name, accent- and
   * case-insensitively.
   *
   * @param text the word to read
   * @return the side
   * @throws IllegalArgumentException if {@code text} names no side, listing the accepted words
   */
  public static Side parse(String text) {
    return Labels.parse(Side.class, text, s -> s == RECEIPTS
        ? List.of(s.label, s.ecomptesCode, "recette")
        : List.of(s.label, s.ecomptesCode, "dépense"));
  }
}
