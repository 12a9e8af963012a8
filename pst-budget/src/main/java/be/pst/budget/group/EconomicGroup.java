package be.pst.budget.group;

import static be.pst.budget.group.Service.EXTRAORDINARY;
import static be.pst.budget.group.Service.ORDINARY;
import static be.pst.budget.group.Side.EXPENSES;
import static be.pst.budget.group.Side.RECEIPTS;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An economic group of the budget (groupe économique): the level at which a PST budget annex
 * summarises receipts and expenses of each service.
 *
 * <p><b>The table</b> (this enumeration is its only copy; correct it here):
 *
 * <table>
 *   <caption>Economic groups</caption>
 *   <tr><th>service</th><th>side</th><th>code</th><th>label</th><th>source</th></tr>
 *   <tr><td>ordinaire</td><td>recettes</td><td>60</td><td>Prestations</td><td>seed 000</td></tr>
 *   <tr><td>ordinaire</td><td>recettes</td><td>61</td><td>Transferts</td><td>seed 000</td></tr>
 *   <tr><td>ordinaire</td><td>recettes</td><td>62</td><td>Dette</td><td>reading</td></tr>
 *   <tr><td>ordinaire</td><td>recettes</td><td>68</td><td>Prélèvements</td><td>reading</td></tr>
 *   <tr><td>ordinaire</td><td>dépenses</td><td>70</td><td>Personnel</td><td>seed 000</td></tr>
 *   <tr><td>ordinaire</td><td>dépenses</td><td>71</td><td>Fonctionnement</td><td>seed 000</td></tr>
 *   <tr><td>ordinaire</td><td>dépenses</td><td>72</td><td>Transferts</td><td>reading</td></tr>
 *   <tr><td>ordinaire</td><td>dépenses</td><td>7X</td><td>Dettes</td><td>seed 000</td></tr>
 *   <tr><td>ordinaire</td><td>dépenses</td><td>78</td><td>Prélèvements</td><td>reading</td></tr>
 *   <tr><td>extraordinaire</td><td>recettes</td><td>80</td><td>Transferts</td><td>seed 000</td></tr>
 *   <tr><td>extraordinaire</td><td>recettes</td><td>81</td><td>Investissements</td><td>reading</td></tr>
 *   <tr><td>extraordinaire</td><td>recettes</td><td>82</td><td>Dettes</td><td>seed 000</td></tr>
 *   <tr><td>extraordinaire</td><td>recettes</td><td>88</td><td>Prélèvements</td><td>seed 000</td></tr>
 *   <tr><td>extraordinaire</td><td>dépenses</td><td>90</td><td>Transferts</td><td>reading</td></tr>
 *   <tr><td>extraordinaire</td><td>dépenses</td><td>91</td><td>Investissements</td><td>seed 000</td></tr>
 *   <tr><td>extraordinaire</td><td>dépenses</td><td>92</td><td>Dette</td><td>reading</td></tr>
 *   <tr><td>extraordinaire</td><td>dépenses</td><td>98</td><td>Prélèvements</td><td>reading</td></tr>
 * </table>
 *
 * <p><b>Sources.</b> "seed 000": the budget annex "Total par groupe économique" of the PST
 * 2019–2024 of the CPAS of Ottignies-Louvain-la-Neuve (the project's seed {@code 000}), which
 * uses 60, 61, 70, 71, 7X, 80, 82, 88 and 91. "reading": our reading of the rest of the scheme
 * described in the project's domain notes ({@code shared/domain.md}, section "Budget"): ordinary
 * receipts <i>Dette</i>, ordinary expenses <i>Transferts</i>, extraordinary receipts
 * <i>Investissements</i> (sales of assets), extraordinary expenses <i>Transferts</i> and
 * <i>Dette</i>, and <i>prélèvements</i> on both sides of both services. Codes and labels are
 * fixed by the project's design notes ({@code docs/design.md}); the JSON format stores the
 * {@link #code()}. Which economic codes of budget articles fall in which group is the table of
 * {@link EconomicClassification}.
 *
 * <p>The declaration order (ordinary receipts, ordinary expenses, extraordinary receipts,
 * extraordinary expenses, each by code) is the {@link #ordinal()} order used by budget tables.
 * Instances are immutable and thread-safe.
 */
public enum EconomicGroup {
  /** 60 Prestations: ordinary receipts from services rendered (fees, board and lodging). */
  ORDINARY_RECEIPTS_FEES("60", ORDINARY, RECEIPTS, "Prestations"),
  /** 61 Transferts: ordinary receipts from transfers (grants, subsidies, the commune's share). */
  ORDINARY_RECEIPTS_TRANSFERS("61", ORDINARY, RECEIPTS, "Transferts"),
  /** 62 Dette: ordinary receipts of the debt (interest received). */
  ORDINARY_RECEIPTS_DEBT("62", ORDINARY, RECEIPTS, "Dette"),
  /** 68 Prélèvements: ordinary receipts drawn from reserve funds. */
  ORDINARY_RECEIPTS_WITHDRAWALS("68", ORDINARY, RECEIPTS, "Prélèvements"),
  /** 70 Personnel: ordinary staff expenses. */
  ORDINARY_EXPENSES_STAFF("70", ORDINARY, EXPENSES, "Personnel"),
  /** 71 Fonctionnement: ordinary operating expenses. */
  ORDINARY_EXPENSES_OPERATING("71", ORDINARY, EXPENSES, "Fonctionnement"),
  /** 72 Transferts: ordinary expenses of transfers (social aid, grants paid). */
  ORDINARY_EXPENSES_TRANSFERS("72", ORDINARY, EXPENSES, "Transferts"),
  /** 7X Dettes: ordinary debt charges, interest and capital repayments of loans. */
  ORDINARY_EXPENSES_DEBT("7X", ORDINARY, EXPENSES, "Dettes"),
  /** 78 Prélèvements: ordinary expenses paid into reserve funds. */
  ORDINARY_EXPENSES_WITHDRAWALS("78", ORDINARY, EXPENSES, "Prélèvements"),
  /** 80 Transferts: extraordinary receipts from transfers (capital subsidies). */
  EXTRAORDINARY_RECEIPTS_TRANSFERS("80", EXTRAORDINARY, RECEIPTS, "Transferts"),
  /** 81 Investissements: extraordinary receipts from investments (sales of assets). */
  EXTRAORDINARY_RECEIPTS_INVESTMENTS("81", EXTRAORDINARY, RECEIPTS, "Investissements"),
  /** 82 Dettes: extraordinary receipts of the debt (loans taken). */
  EXTRAORDINARY_RECEIPTS_DEBT("82", EXTRAORDINARY, RECEIPTS, "Dettes"),
  /** 88 Prélèvements: extraordinary receipts drawn from the extraordinary reserve fund. */
  EXTRAORDINARY_RECEIPTS_WITHDRAWALS("88", EXTRAORDINARY, RECEIPTS, "Prélèvements"),
  /** 90 Transferts: extraordinary expenses of transfers (capital subsidies paid). */
  EXTRAORDINARY_EXPENSES_TRANSFERS("90", EXTRAORDINARY, EXPENSES, "Transferts"),
  /** 91 Investissements: extraordinary expenses of investment (works, equipment). */
  EXTRAORDINARY_EXPENSES_INVESTMENTS("91", EXTRAORDINARY, EXPENSES, "Investissements"),
  /** 92 Dette: extraordinary expenses of the debt (early repayments, loans granted). */
  EXTRAORDINARY_EXPENSES_DEBT("92", EXTRAORDINARY, EXPENSES, "Dette"),
  /** 98 Prélèvements: extraordinary expenses paid into reserve funds. */
  EXTRAORDINARY_EXPENSES_WITHDRAWALS("98", EXTRAORDINARY, EXPENSES, "Prélèvements");

  private static final EconomicGroup[] VALUES = values();

  private final String code;
  private final Service service;
  private final Side side;
  private final String label;

  EconomicGroup(String code, Service service, Side side, String label) {
    this.code = code;
    this.service = service;
    this.side = side;
    this.label = label;
  }

  /**
   * The code of the group, as printed in the annex and stored in JSON.
   *
   * @return two characters, e.g. {@code "70"} or {@code "7X"}
   */
  public String code() {
    return code;
  }

  /**
   * The service the group belongs to.
   *
   * @return ordinary or extraordinary
   */
  public Service service() {
    return service;
  }

  /**
   * The side the group belongs to.
   *
   * @return receipts or expenses
   */
  public Side side() {
    return side;
  }

  /**
   * The French name of the group, as in the annex.
   *
   * @return e.g. {@code "Personnel"}; not unique across services and sides
   */
  public String label() {
    return label;
  }

  /**
   * Whether the group is on the receipts side.
   *
   * @return {@code side() == RECEIPTS}
   */
  public boolean isReceipt() {
    return side == RECEIPTS;
  }

  /**
   * The groups of a service and side, in code order.
   *
   * @param service the service
   * @param side the side
   * @return the groups, e.g. 70, 71, 72, 7X, 78 for ordinary expenses
   */
  public static List<EconomicGroup> of(Service service, Side side) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(side, "side");
    return Arrays.stream(VALUES)
        .filter(g -> g.service == service && g.side == side)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The group an article's economic code is summarised in, in a service and on a side, from the
   * economic classification ({@link EconomicClassification}, where the table and its sources
   * are): {@code ofEconomicCode(ORDINARY, EXPENSES, "111-01")} is 70 Personnel.
   *
   * @param service the service of the article
   * @param side the side of the article
   * @param economicCode a nature {@code "111"}, a code {@code "111-01"} or {@code "11101"}
   * @return the group, or empty when it cannot be known from the code (never a default group)
   * @throws NullPointerException if an argument is null, naming it
   */
  public static Optional<EconomicGroup> ofEconomicCode(
      Service service, Side side, String economicCode) {
    return EconomicClassification.groupOf(service, side, economicCode);
  }

  /**
   * The group of a code, case-insensitively: {@code ofCode("70")}, {@code ofCode("7X")},
   * {@code ofCode("7x")}.
   *
   * @param code a group code
   * @return the group
   * @throws IllegalArgumentException if no group has that code, listing the known codes
   */
  public static EconomicGroup ofCode(String code) {
    Objects.requireNonNull(code, "code");
    String key = code.strip().toUpperCase(Locale.ROOT);
    for (EconomicGroup group : VALUES) {
      if (group.code.equals(key)) {
        return group;
      }
    }
    throw new IllegalArgumentException(
        "unknown economic group code '" + code + "'; known codes: "
            + Arrays.stream(VALUES).map(EconomicGroup::code).collect(Collectors.joining(", ")));
  }

  /**
   * The group named by {@code text}: its code ({@code "91"}), its code and label as printed in
   * the annex ({@code "91 Investissements"}), or its constant name, case-insensitively. (Labels
   * alone are ambiguous — four groups are "Transferts" — and are not accepted.)
   *
   * @param text the text to read
   * @return the group
   * @throws IllegalArgumentException if {@code text} names no group, listing the accepted forms
   */
  public static EconomicGroup parse(String text) {
    Objects.requireNonNull(text, "text");
    String stripped = text.strip();
    for (EconomicGroup group : VALUES) {
      if (group.name().equalsIgnoreCase(stripped)
          || group.code.equalsIgnoreCase(stripped)
          || (group.code + " " + group.label).equalsIgnoreCase(stripped.replaceAll("\\s+", " "))) {
        return group;
      }
    }
    throw new IllegalArgumentException(
        "unknown economic group '" + text + "'; accepted: a code ("
            + Arrays.stream(VALUES).map(EconomicGroup::code).collect(Collectors.joining(", "))
            + "), a code and label such as '91 Investissements', or a constant name");
  }

  /**
   * The code and label, as printed in the annex.
   *
   * @return e.g. {@code "91 Investissements"}
   */
  public String displayName() {
    return code + " " + label;
  }
}
