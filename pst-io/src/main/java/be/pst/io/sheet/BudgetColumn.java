package be.pst.io.sheet;

/**
 * A column of budget lines in a spreadsheet (colonne): one attribute of a
 * {@link be.pst.budget.line.BudgetLine}, with the French header the default mapping gives it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public enum BudgetColumn {
  /** The code of the OS, OO or action ("Élément"); an empty cell is a line of the plan itself. */
  ELEMENT_CODE("Élément"),
  /** The budget year ("Exercice"), a four-digit year; required. */
  EXERCICE("Exercice"),
  /** The service ("Service"): {@code O}, {@code E}, {@code ordinaire}, {@code extraordinaire}. */
  SERVICE("Service"),
  /** The side ("Type"): {@code R}, {@code D}, {@code recettes}, {@code dépenses}. */
  SIDE("Type"),
  /** The economic group ("Groupe"): a code ({@code 70}, {@code 7X}) or a label; required. */
  GROUP("Groupe"),
  /** The budget article ("Article"), such as {@code 104/123-48}. */
  ARTICLE("Article"),
  /** The amount in euros ("Montant"), to the cent; required. */
  AMOUNT("Montant"),
  /** The funding source ("Financement"), such as {@code Europe (FSE)} or {@code APE}. */
  FUNDING("Financement"),
  /** A free description of the line ("Libellé"). */
  LABEL("Libellé"),
  /** Whether the amount is an estimate ("Estimation"): {@code oui} or {@code non}. */
  ESTIMATE("Estimation");

  private final String defaultHeader;

  BudgetColumn(String defaultHeader) {
    this.defaultHeader = defaultHeader;
  }

  /**
   * The header of the column in {@link ColumnMapping#defaults()}.
   *
   * @return e.g. {@code "Montant"}
   */
  public String defaultHeader() {
    return defaultHeader;
  }

  /** Whether a mapping to read or write budget lines must name this column. */
  boolean required() {
    return this == EXERCICE || this == GROUP || this == AMOUNT;
  }
}
