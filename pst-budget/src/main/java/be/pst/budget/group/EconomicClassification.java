package be.pst.budget.group;

import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_EXPENSES_DEBT;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_EXPENSES_INVESTMENTS;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_EXPENSES_TRANSFERS;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_EXPENSES_WITHDRAWALS;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_RECEIPTS_DEBT;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_RECEIPTS_INVESTMENTS;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_RECEIPTS_TRANSFERS;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_RECEIPTS_WITHDRAWALS;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_DEBT;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_OPERATING;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_STAFF;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_TRANSFERS;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_WITHDRAWALS;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_DEBT;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_FEES;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_TRANSFERS;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_WITHDRAWALS;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The economic classification (classification économique) of communal budget articles, read
 * down to the {@linkplain EconomicGroup economic groups} of the budget summary: given an
 * article's economic code, its service and its side, the group it is summarised in — or nothing
 * when that is not known. It never falls back to a default group.
 *
 * <p><b>The table</b> (this class is its only copy; correct it here). A code is classified by its
 * <i>nature</i>, the first three digits of the economic code ({@code 123} in {@code 123-48} or
 * {@code 12348}), within a service and a side:
 *
 * <table>
 *   <caption>Economic natures by group</caption>
 *   <tr><th>group</th><th>natures</th><th>what the codes are (labels of the code list)</th></tr>
 *   <tr><td>60 Prestations</td><td>161–164, 180</td>
 *       <td>products of services, sales, rentals; works done for third parties</td></tr>
 *   <tr><td>61 Transferts</td><td>361–368, 371–377, 380, 461–463, 465, 466, 469, 481–483, 485,
 *       489, 490</td>
 *       <td>local taxes and surcharges, contributions of firms and households, grants and funds
 *       of higher and other public authorities</td></tr>
 *   <tr><td>62 Dette</td><td>261–266, 268, 269, 271–275, 280</td>
 *       <td>interest received, rebates, dividends</td></tr>
 *   <tr><td>68 Prélèvements</td><td>994, 996, 998</td>
 *       <td>drawn from reserve funds, from the extraordinary service, from provisions</td></tr>
 *   <tr><td>70 Personnel</td><td>111–113, 115–118</td>
 *       <td>salaries, holiday pay, employer contributions, pensions, staff insurance and
 *       services</td></tr>
 *   <tr><td>71 Fonctionnement</td><td>121–129, 140</td>
 *       <td>fees, administrative and technical supplies, buildings, rents, vehicles, financial
 *       administration, road upkeep</td></tr>
 *   <tr><td>72 Transferts</td><td>310, 321, 322, 331, 332, 413, 415, 431–435, 441–445</td>
 *       <td>grants to firms, households and associations; contributions to public
 *       authorities</td></tr>
 *   <tr><td>7X Dettes</td><td>211–219, 227, 229, 911–913, 918</td>
 *       <td>interest and charges of loans, periodic repayments of loans</td></tr>
 *   <tr><td>78 Prélèvements</td><td>954, 955, 957, 958</td>
 *       <td>paid into reserve funds, to the extraordinary service, to provisions</td></tr>
 *   <tr><td>80 Transferts</td><td>560, 580, 661–665, 669, 681–685, 689</td>
 *       <td>capital received from firms, households and public authorities (capital
 *       subsidies)</td></tr>
 *   <tr><td>81 Investissements</td><td>761, 762, 769, 771–774, 776, 779</td>
 *       <td>sales of land, buildings and equipment</td></tr>
 *   <tr><td>82 Dettes</td><td>961–963</td><td>loans taken</td></tr>
 *   <tr><td>88 Prélèvements</td><td>995, 997</td>
 *       <td>drawn from the extraordinary reserve fund, from the ordinary service</td></tr>
 *   <tr><td>90 Transferts</td><td>510, 512, 520, 522, 610, 615, 630–635, 641–643</td>
 *       <td>capital subsidies and compensations paid</td></tr>
 *   <tr><td>91 Investissements</td><td>711, 712, 721–725, 731–735, 741–749</td>
 *       <td>purchases and works on land, buildings, roads; equipment, furniture, vehicles,
 *       studies</td></tr>
 *   <tr><td>92 Dette</td><td>911–913</td><td>early repayments and write-offs of loans</td></tr>
 *   <tr><td>98 Prélèvements</td><td>955, 956</td>
 *       <td>paid into the extraordinary reserve fund, to the ordinary service</td></tr>
 * </table>
 *
 * <p>Only the nature decides: the sub-code is not consulted (in the code list, sub-codes 01–49
 * are ordinary and 51–99 extraordinary, e.g. {@code 911-01} and {@code 911-51}), the caller's
 * service is.
 *
 * <p><b>Sources.</b> The natures, their labels and the service and side each belongs to are
 * those of the list of communal economic codes of iA.PST, the PST application of IMIO used by
 * most Walloon authorities: {@code dict_plan_comptable_communal} in {@code
 * src/imio/project/core/vocabularies.py} of IMIO/imio.project.core (codes {@code nnn-nn} with
 * a label, {@code R}/{@code D} and {@code O}/{@code E}). The group names and codes are those of
 * {@link EconomicGroup} (the budget annex of the project's seed 000). The structure of the codes
 * (first digit: current operations 1–4, capital operations 5–8, debt 9; second digit: 1–5
 * expenses, 6–9 receipts) is that of the Belgian economic classification described by the SPF
 * Stratégie et Appui (BOSA), "Base documentaire générale — Classifications". <b>The official
 * Walloon table that assigns codes to the groups of the budget summary</b> (SPW Intérieur,
 * circulaires budgétaires; RGCC, AGW of 5 July 2007) <b>was not found</b>: each nature above is
 * assigned only where every label of that nature in the code list names what the group names.
 * Details and open questions: {@code docs/economic-classification.md}.
 *
 * <p><b>Not classified</b> (empty): natures absent from the code list (for instance 13x, or the
 * CPAS's own codes, whose list was not found); recoveries, non-values and cash results ({@code
 * 106, 206, 301, 302, 306, 307, 406, 606, 701, 706}); shares in the losses of municipal
 * enterprises ({@code 221–225}); guarantees ({@code 514, 564}); loans granted, shares held and
 * their repayments ({@code 811–843}, {@code 861–893}); ordinary receipts recovering loan
 * charges ({@code 464, 664, 665, 667, 668, 968}); surpluses and deficits of past years ({@code
 * 951, 952, 991, 992}); placeholders in letters ({@code wal}).
 *
 * <p>This is a utility class: its table is built once, is never modified, and is safe to use
 * from any thread.
 */
public final class EconomicClassification {

  private static final int NATURES = 1000;

  /** The table, one entry per group: natures as ranges {@code a-b} or single natures. */
  private static final Map<EconomicGroup, String> TABLE = table();

  /** [service][side][nature] → group, filled from {@link #TABLE}. */
  private static final EconomicGroup[][][] INDEX = index();

  private EconomicClassification() {}

  private static Map<EconomicGroup, String> table() {
    Map<EconomicGroup, String> t = new EnumMap<>(EconomicGroup.class);
    t.put(ORDINARY_RECEIPTS_FEES, "161-164 180");
    t.put(ORDINARY_RECEIPTS_TRANSFERS,
        "361-368 371-377 380 461-463 465 466 469 481-483 485 489 490");
    t.put(ORDINARY_RECEIPTS_DEBT, "261-266 268 269 271-275 280");
    t.put(ORDINARY_RECEIPTS_WITHDRAWALS, "994 996 998");
    t.put(ORDINARY_EXPENSES_STAFF, "111-113 115-118");
    t.put(ORDINARY_EXPENSES_OPERATING, "121-129 140");
    t.put(ORDINARY_EXPENSES_TRANSFERS, "310 321 322 331 332 413 415 431-435 441-445");
    t.put(ORDINARY_EXPENSES_DEBT, "211-219 227 229 911-913 918");
    t.put(ORDINARY_EXPENSES_WITHDRAWALS, "954 955 957 958");
    t.put(EXTRAORDINARY_RECEIPTS_TRANSFERS, "560 580 661-665 669 681-685 689");
    t.put(EXTRAORDINARY_RECEIPTS_INVESTMENTS, "761 762 769 771-774 776 779");
    t.put(EXTRAORDINARY_RECEIPTS_DEBT, "961-963");
    t.put(EXTRAORDINARY_RECEIPTS_WITHDRAWALS, "995 997");
    t.put(EXTRAORDINARY_EXPENSES_TRANSFERS, "510 512 520 522 610 615 630-635 641-643");
    t.put(EXTRAORDINARY_EXPENSES_INVESTMENTS, "711 712 721-725 731-735 741-749");
    t.put(EXTRAORDINARY_EXPENSES_DEBT, "911-913");
    t.put(EXTRAORDINARY_EXPENSES_WITHDRAWALS, "955 956");
    return Collections.unmodifiableMap(t);
  }

  private static EconomicGroup[][][] index() {
    EconomicGroup[][][] index =
        new EconomicGroup[Service.values().length][Side.values().length][NATURES];
    TABLE.forEach((group, natures) -> {
      EconomicGroup[] row = index[group.service().ordinal()][group.side().ordinal()];
      for (int nature : expand(natures)) {
        if (row[nature] != null) {
          throw new IllegalStateException("nature " + nature + " is in both " + row[nature]
              + " and " + group + " of the economic classification");
        }
        row[nature] = group;
      }
    });
    return index;
  }

  private static SortedSet<Integer> expand(String natures) {
    SortedSet<Integer> out = new TreeSet<>();
    for (String item : natures.split(" ")) {
      int dash = item.indexOf('-');
      int from = Integer.parseInt(dash < 0 ? item : item.substring(0, dash));
      int to = dash < 0 ? from : Integer.parseInt(item.substring(dash + 1));
      for (int n = from; n <= to; n++) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * The group an economic code is summarised in, in a service and on a side.
   *
   * @param service the service of the article (eComptes {@code Service} O/E)
   * @param side the side of the article (eComptes {@code Type} R/D)
   * @param economicCode the economic code: a nature {@code "123"}, a code {@code "123-48"} or
   *     its five-digit form {@code "12348"}; any other text gives empty
   * @return the group, or empty when the code is not of those forms or its nature is not
   *     classified for that service and side (see the class documentation)
   * @throws NullPointerException if an argument is null, naming it
   */
  public static Optional<EconomicGroup> groupOf(Service service, Side side, String economicCode) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(economicCode, "economicCode");
    int nature = nature(economicCode);
    if (nature < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(INDEX[service.ordinal()][side.ordinal()][nature]);
  }

  /**
   * The natures classified in a group, in order.
   *
   * @param group the group
   * @return the three-digit natures, e.g. {@code "111"}, …, {@code "118"} for 70 Personnel; empty
   *     for no group (every group has natures in the current table)
   * @throws NullPointerException if {@code group} is null
   */
  public static SortedSet<String> naturesOf(EconomicGroup group) {
    Objects.requireNonNull(group, "group");
    SortedSet<String> out = new TreeSet<>();
    for (int n : expand(TABLE.get(group))) {
      out.add(String.format(Locale.ROOT, "%03d", n));
    }
    return Collections.unmodifiableSortedSet(out);
  }

  /** The nature of {@code nnn}, {@code nnnnn} or {@code nnn-nn}, or -1. */
  private static int nature(String code) {
    int n = code.length();
    boolean shape = (n == 3 && digits(code, 0, 3))
        || (n == 5 && digits(code, 0, 5))
        || (n == 6 && digits(code, 0, 3) && code.charAt(3) == '-' && digits(code, 4, 6));
    return shape ? Integer.parseInt(code, 0, 3, 10) : -1;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
