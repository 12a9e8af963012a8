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
  /**
   * The service ("Service"): {@code O}, {@code E}, {@code ordinaire}, {@code extraordinaire}.
   * Required, with {@link #SIDE}, by a row without a group.
   */
  SERVICE("Service"),
  /**
   * The side ("Type"): {@code R}, {@code D}, {@code recettes}, {@code dépenses}. Required, with
   * {@link #SERVICE}, by a row without a group.
   */
  SIDE("Type"),
  /**
   * The economic group ("Groupe"): a code ({@code 70}, {@code 7X}), a code and label ({@code 91
   * Investissements}) or a label. An empty cell is a line without a group (its article's
   * economic code could not be classified), which the row's service and side must then place;
   * a group is never guessed.
   */
  GROUP("Groupe"),
  /** The budget article ("Article"), such as {@code 104/123-48}. */
  ARTICLE("Article"),
  /** The amount in euros ("Montant"), to the cent; required. */
  AMOUNT("Montant"),
  /**
   * Which figure of the budget cycle the amount is ("Nature"), a French word of
   * {@link be.pst.budget.line.BudgetFigure#parse(String)}, ignoring case and accents:
   * {@code Projection} or {@code projection PST}; {@code Budget}, {@code crédit budgétaire} or
   * {@code budget adopté}; {@code Budget initial} or {@code BI}; {@code Budget après
   * modification}, {@code budget modifié} or {@code MB}; {@code Engagé}, {@code engagement} or
   * {@code engagements}; {@code Imputé}, {@code imputation}, {@code imputations}, {@code droits
   * constatés} or {@code réalisé}; or the constant's name ({@code INITIAL_BUDGET}). An empty
   * cell is a projection, the figure of a line that does not say (as in JSON); lines are
   * written with the figure's label ({@code Budget initial}).
   */
  FIGURE("Nature"),
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

  /**
   * Whether a mapping to read or write budget lines must name this column; it must also name
   * the group, or the service and the side.
   */
  boolean required() {
    return this == EXERCICE || this == AMOUNT;
  }
}
