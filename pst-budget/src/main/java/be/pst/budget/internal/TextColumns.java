package be.pst.budget.internal;

import java.util.List;

/**
 * Lays out rows of text as the shell prints tables: a label column, cut at
 * {@value #LABEL_WIDTH} characters with an ellipsis, then value columns right-aligned, two
 * spaces apart. Not API: the module does not export this package.
 */
public final class TextColumns {

  /** The widest label column; longer labels end with an ellipsis. */
  public static final int LABEL_WIDTH = 60;

  /** The widest value column taken into account for alignment. */
  private static final int VALUE_WIDTH = 40;

  private TextColumns() {}

  /**
   * The rows laid out, one line each, every line ending with a line feed and no trailing space.
   *
   * @param rows the rows: a label, then the values
   * @return the text
   */
  public static String layout(List<String[]> rows) {
    int columns = 0;
    for (String[] row : rows) {
      columns = Math.max(columns, row.length);
    }
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c],
            Math.min(row[c].length(), c == 0 ? LABEL_WIDTH : VALUE_WIDTH));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      String label = label(row[0]);
      StringBuilder text = new StringBuilder(label).append(" ".repeat(widths[0] - label.length()));
      for (int c = 1; c < row.length; c++) {
        text.append("  ").append(" ".repeat(Math.max(0, widths[c] - row[c].length())))
            .append(row[c]);
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /**
   * A label cut to {@value #LABEL_WIDTH} characters, the last one an ellipsis when cut.
   *
   * @param label the label
   * @return the label as printed
   */
  public static String label(String label) {
    return label.length() > LABEL_WIDTH ? label.substring(0, LABEL_WIDTH - 1) + "…" : label;
  }
}
