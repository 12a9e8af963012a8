package be.pst.io.sheet;

import be.pst.core.label.Labels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which header of a spreadsheet holds which attribute of a budget line (correspondance des
 * colonnes), declared in one chain:
 *
 * <pre>{@code
 * ColumnMapping mapping = BudgetSheet.mapping().elementCode("Action").exercice("Exercice")
 *     .group("Groupe").amount("Montant").label("Libellé");
 * }</pre>
 *
 * <p>Reading needs the exercice, the amount, and the group or the service and the side (both
 * for the sheets whose lines have no group); every other column is optional, and
 * columns of the sheet that the mapping does not name are not read. Headers are matched
 * ignoring case, accents and extra spaces ({@code "libelle"} finds {@code "Libellé"}). Writing
 * writes the mapped columns in the order they were declared.
 *
 * <p>Each method returns a new mapping; declaring a column again replaces its header in place.
 * Instances are immutable and thread-safe.
 */
public final class ColumnMapping {

  private static final ColumnMapping EMPTY = new ColumnMapping(new LinkedHashMap<>());
  private static final ColumnMapping DEFAULTS = defaultsOf();

  private final Map<BudgetColumn, String> headers;

  private ColumnMapping(LinkedHashMap<BudgetColumn, String> headers) {
    this.headers = Collections.unmodifiableMap(headers);
  }

  private static ColumnMapping defaultsOf() {
    ColumnMapping mapping = EMPTY;
    for (BudgetColumn column : BudgetColumn.values()) {
      mapping = mapping.with(column, column.defaultHeader());
    }
    return mapping;
  }

  /**
   * A mapping of no column, to declare the columns of a sheet on.
   *
   * @return the empty mapping
   */
  public static ColumnMapping empty() {
    return EMPTY;
  }

  /**
   * Every column with its French default header, in {@link BudgetColumn} order: Élément,
   * Exercice, Service, Type, Groupe, Article, Montant, Nature, Financement, Libellé, Estimation.
   * What is written with it reads back equal.
   *
   * @return the default mapping
   */
  public static ColumnMapping defaults() {
    return DEFAULTS;
  }

  /**
   * This mapping with {@code column} read from and written to the column headed {@code header}.
   *
   * @param column the attribute of the budget line
   * @param header the header of the column in the sheet
   * @return the new mapping
   * @throws IllegalArgumentException if {@code header} is blank or already names another column
   */
  public ColumnMapping with(BudgetColumn column, String header) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(header, "header");
    if (header.isBlank()) {
      throw new IllegalArgumentException("the header of column " + column + " must not be blank");
    }
    String key = key(header);
    headers.forEach((other, otherHeader) -> {
      if (other != column && key(otherHeader).equals(key)) {
        throw new IllegalArgumentException("header '" + header + "' already names column "
            + other + " ('" + otherHeader + "')");
      }
    });
    LinkedHashMap<BudgetColumn, String> copy = new LinkedHashMap<>(headers);
    copy.put(column, header);
    return new ColumnMapping(copy);
  }

  /**
   * This mapping with the element code (OS, OO or action) in column {@code header}.
   *
   * @param header the header, e.g. {@code "Action"}
   * @return the new mapping
   */
  public ColumnMapping elementCode(String header) {
    return with(BudgetColumn.ELEMENT_CODE, header);
  }

  /**
   * This mapping with the exercice in column {@code header}.
   *
   * @param header the header, e.g. {@code "Exercice"}
   * @return the new mapping
   */
  public ColumnMapping exercice(String header) {
    return with(BudgetColumn.EXERCICE, header);
  }

  /**
   * This mapping with the service in column {@code header}.
   *
   * @param header the header, e.g. {@code "Service"}
   * @return the new mapping
   */
  public ColumnMapping service(String header) {
    return with(BudgetColumn.SERVICE, header);
  }

  /**
   * This mapping with the side (receipts or expenses) in column {@code header}.
   *
   * @param header the header, e.g. {@code "Type"}
   * @return the new mapping
   */
  public ColumnMapping side(String header) {
    return with(BudgetColumn.SIDE, header);
  }

  /**
   * This mapping with the economic group in column {@code header}.
   *
   * @param header the header, e.g. {@code "Groupe"}
   * @return the new mapping
   */
  public ColumnMapping group(String header) {
    return with(BudgetColumn.GROUP, header);
  }

  /**
   * This mapping with the budget article in column {@code header}.
   *
   * @param header the header, e.g. {@code "Article"}
   * @return the new mapping
   */
  public ColumnMapping article(String header) {
    return with(BudgetColumn.ARTICLE, header);
  }

  /**
   * This mapping with the amount in column {@code header}.
   *
   * @param header the header, e.g. {@code "Montant"}
   * @return the new mapping
   */
  public ColumnMapping amount(String header) {
    return with(BudgetColumn.AMOUNT, header);
  }

  /**
   * This mapping with the figure (projection, budget, engagé, imputé…) in column {@code header}.
   *
   * @param header the header, e.g. {@code "Nature"}
   * @return the new mapping
   * @see BudgetColumn#FIGURE
   */
  public ColumnMapping figure(String header) {
    return with(BudgetColumn.FIGURE, header);
  }

  /**
   * This mapping with the funding source in column {@code header}.
   *
   * @param header the header, e.g. {@code "Financement"}
   * @return the new mapping
   */
  public ColumnMapping funding(String header) {
    return with(BudgetColumn.FUNDING, header);
  }

  /**
   * This mapping with the label in column {@code header}.
   *
   * @param header the header, e.g. {@code "Libellé"}
   * @return the new mapping
   */
  public ColumnMapping label(String header) {
    return with(BudgetColumn.LABEL, header);
  }

  /**
   * This mapping with the estimate flag in column {@code header}.
   *
   * @param header the header, e.g. {@code "Estimation"}
   * @return the new mapping
   */
  public ColumnMapping estimate(String header) {
    return with(BudgetColumn.ESTIMATE, header);
  }

  /**
   * The header of a column.
   *
   * @param column the attribute of the budget line
   * @return its header; empty if the mapping does not name it
   */
  public Optional<String> header(BudgetColumn column) {
    return Optional.ofNullable(headers.get(Objects.requireNonNull(column, "column")));
  }

  /**
   * The mapped columns, in the order they were declared (the order they are written in).
   *
   * @return the columns
   */
  public List<BudgetColumn> columns() {
    return List.copyOf(headers.keySet());
  }

  /** Fails unless the exercice, the amount, and the group or the service and side are mapped. */
  void requireComplete() {
    List<String> missing = new ArrayList<>();
    for (BudgetColumn column : BudgetColumn.values()) {
      if (column.required() && !headers.containsKey(column)) {
        missing.add(column.name());
      }
    }
    if (!headers.containsKey(BudgetColumn.GROUP)) {
      for (BudgetColumn column : List.of(BudgetColumn.SERVICE, BudgetColumn.SIDE)) {
        if (!headers.containsKey(column)) {
          missing.add(column.name());
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the column mapping must name the columns " + missing
          + " (a budget line needs an exercice, an amount, and an economic group or a service"
          + " and a side); it names " + columns());
    }
  }

  /** The form under which headers are compared: no case, no accents, single spaces. */
  static String key(String header) {
    return Labels.normalize(header);
  }

  /**
   * Compares the columns, their headers and their order.
   *
   * @param other the object to compare with
   * @return whether {@code other} maps the same columns to the same headers in the same order
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ColumnMapping
        && List.copyOf(headers.entrySet()).equals(
            List.copyOf(((ColumnMapping) other).headers.entrySet()));
  }

  /**
   * Hashes the columns, their headers and their order.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return List.copyOf(headers.entrySet()).hashCode();
  }

  /**
   * The mapping, for the shell.
   *
   * @return e.g. {@code ColumnMapping[ELEMENT_CODE=Action, EXERCICE=Exercice, …]}
   */
  @Override
  public String toString() {
    return "ColumnMapping" + headers.toString().replace('{', '[').replace('}', ']');
  }
}
