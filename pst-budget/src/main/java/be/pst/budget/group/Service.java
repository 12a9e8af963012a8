package be.pst.budget.group;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * The budget service (service budgétaire) of a line: ordinary or extraordinary.
 *
 * <p>The ordinary service holds what recurs every year, periodic debt charges included; the
 * extraordinary service holds investments, capital subsidies and loans. Instances are immutable
 * and thread-safe.
 */
public enum Service {
  /** The ordinary service (service ordinaire), eComptes code {@code O}. */
  ORDINARY("ordinaire", "O"),
  /** The extraordinary service (service extraordinaire), eComptes code {@code E}. */
  EXTRAORDINARY("extraordinaire", "E");

  private final String label;
  private final String ecomptesCode;

  Service(String label, String ecomptesCode) {
    this.label = label;
    this.ecomptesCode = ecomptesCode;
  }

  /**
   * The French name of the service.
   *
   * @return {@code "ordinaire"} or {@code "extraordinaire"}
   */
  public String label() {
    return label;
  }

  /**
   * The code of the service in the eComptes exchange format ({@code Service} element).
   *
   * @return {@code "O"} or {@code "E"}
   */
  public String ecomptesCode() {
    return ecomptesCode;
  }

  /**
   * The service named by {@code text}: its French name ("ordinaire", "Extraordinaire", "ord.",
   * "extra."), its eComptes code ({@code O}, {@code E}) or its constant name, accent- and
   * case-insensitively.
   *
   * @param text the word to read
   * @return the service
   * @throws IllegalArgumentException if {@code text} names no service, listing the accepted words
   */
  public static Service parse(String text) {
    return Labels.parse(Service.class, text, s -> s == ORDINARY
        ? List.of(s.label, s.ecomptesCode, "ord.", "ord")
        : List.of(s.label, s.ecomptesCode, "extra.", "extra"));
  }
}
