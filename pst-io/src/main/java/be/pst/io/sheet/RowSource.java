package be.pst.io.sheet;

import java.io.IOException;

/** The rows of a sheet or a CSV file, read one at a time, in order. */
interface RowSource extends AutoCloseable {

  /** The next row, or {@code null} after the last one. */
  SheetRow next() throws IOException, SheetFormatException;

  /** The file name, for problems. */
  String source();

  /** The sheet name, for problems; {@code null} for CSV. */
  String sheet();

  @Override
  void close() throws IOException;
}
