package be.pst.io.sheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A spreadsheet (CSV file or {@code .xlsx} workbook) whose content is not what the reading
 * allows (tableur mal formé): a cell that is not what its column expects, a header that is
 * missing, a file that is not valid UTF-8, a workbook that is damaged, or a file beyond the
 * {@linkplain SheetLimits limits}.
 *
 * <p>A reading checks every row before it fails, so that one exception reports every bad cell
 * at once ({@link #problems()}, at most {@link SheetLimits#MAX_PROBLEMS}); a problem that stops
 * the reading (a damaged file, a limit) is reported alone. The accessors {@link #row()},
 * {@link #column()}, {@link #cell()}, {@link #header()}, {@link #found()} and {@link #expected()}
 * describe the first problem; {@link #getMessage()} lists them all, one a line.
 *
 * <p>It is a dedicated exception rather than {@link be.pst.io.PstFormatException}: that one
 * locates a problem by a pointer and a line and column of text, while a spreadsheet's problems
 * are cells — a sheet, a row, a column with its header and letter — and come many at a time.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SheetFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The problems; at least one. Serialised with the exception: they are immutable values. */
  @SuppressWarnings("serial")
  private final List<SheetProblem> problems;

  /** Whether the reading stopped at the maximum number of problems. */
  private final boolean truncated;

  SheetFormatException(List<SheetProblem> problems, boolean truncated) {
    super(message(problems, truncated));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a SheetFormatException needs a problem");
    }
    this.problems = List.copyOf(problems);
    this.truncated = truncated;
  }

  SheetFormatException(SheetProblem problem, Throwable cause) {
    super(message(List.of(problem), false), cause);
    this.problems = List.of(Objects.requireNonNull(problem, "problem"));
    this.truncated = false;
  }

  SheetFormatException(SheetProblem problem) {
    this(problem, null);
  }

  private static String message(List<SheetProblem> problems, boolean truncated) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder out = new StringBuilder()
        .append(problems.size()).append(truncated ? " or more" : "").append(" problems:");
    for (SheetProblem problem : problems) {
      out.append("\n  ").append(problem);
    }
    if (truncated) {
      out.append("\n  (reading stopped after ").append(problems.size()).append(" problems)");
    }
    return out.toString();
  }

  /**
   * Every problem found, in the order of the rows and columns.
   *
   * @return at least one problem, at most {@link SheetLimits#MAX_PROBLEMS}
   */
  public List<SheetProblem> problems() {
    return problems;
  }

  /**
   * Whether the reading stopped at {@link SheetLimits#MAX_PROBLEMS} problems, so that there may
   * be more.
   *
   * @return {@code true} if more problems may follow those reported
   */
  public boolean truncated() {
    return truncated;
  }

  private SheetProblem first() {
    return problems.get(0);
  }

  /**
   * The name of the file.
   *
   * @return e.g. {@code budget.csv}
   */
  public String source() {
    return first().source();
  }

  /**
   * The sheet of the first problem.
   *
   * @return the sheet name; empty for CSV
   */
  public Optional<String> sheet() {
    return first().sheet();
  }

  /**
   * The 1-based row of the first problem.
   *
   * @return the row, or 0 for a problem of the whole file
   */
  public int row() {
    return first().row();
  }

  /**
   * The 1-based column of the first problem ({@code 1} is {@code A}).
   *
   * @return the column, or 0 if the problem is not in one column
   */
  public int column() {
    return first().column();
  }

  /**
   * The cell of the first problem.
   *
   * @return e.g. {@code "B7"}, if the row and column are known
   */
  public Optional<String> cell() {
    return first().cell();
  }

  /**
   * The header of the column of the first problem.
   *
   * @return e.g. {@code "Montant"}, if the problem is in a mapped column
   */
  public Optional<String> header() {
    return first().header();
  }

  /**
   * The text found in the cell of the first problem.
   *
   * @return the text, if the problem is about a cell's text
   */
  public Optional<String> found() {
    return first().found();
  }

  /**
   * What was expected, or what is wrong, in the first problem.
   *
   * @return e.g. {@code "an amount in euros to the cent, such as 287.500,00"}
   */
  public String expected() {
    return first().expected();
  }
}
