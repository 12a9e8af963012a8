package be.pst.io.sheet;

import java.util.List;

/** A row whose cells are all present from column A on: a CSV record. */
final class DenseRow implements SheetRow {

  private final int number;
  private final List<String> fields;

  DenseRow(int number, List<String> fields) {
    this.number = number;
    this.fields = fields;
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public int width() {
    return fields.size();
  }

  @Override
  public RawCell cell(int index) {
    return index < fields.size() ? RawCell.text(fields.get(index)) : RawCell.EMPTY;
  }
}
