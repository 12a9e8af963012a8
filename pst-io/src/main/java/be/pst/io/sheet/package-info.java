/**
 * Budgets to and from spreadsheets (tableurs): budget lines read from CSV and {@code .xlsx} with
 * a column mapping the user declares ({@link be.pst.io.sheet.BudgetSheet},
 * {@link be.pst.io.sheet.ColumnMapping}), and budget tables, roll-ups and validation reports
 * written to Belgian-friendly CSV and to {@code .xlsx} with real numeric cells
 * ({@link be.pst.io.sheet.TableSheet}, {@link be.pst.io.sheet.ReportSheet}).
 *
 * <p>Reading is strict: a cell that is not what its column expects fails the whole reading with
 * a {@link be.pst.io.sheet.SheetFormatException} that names the row, the column (header and
 * letter), the text found and what was expected; no line is returned from a file that has an
 * error. Readers are linear in their input and bounded before they allocate
 * ({@link be.pst.io.sheet.SheetLimits}). Reading {@code .xlsx} needs only the JDK; writing
 * {@code .xlsx} needs {@code org.dhatim:fastexcel}, an optional dependency of pst-io.
 */
package be.pst.io.sheet;
