package be.pst.budget.internal;

import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import java.util.List;

/**
 * The order of the sections of the budget annex, as seed 000 prints it: extraordinary expenses
 * and receipts first, then ordinary ones. Not API: the module does not export this package.
 */
public final class AnnexSections {

  /** The service of each section, in print order. */
  public static final List<Service> SERVICES =
      List.of(Service.EXTRAORDINARY, Service.EXTRAORDINARY, Service.ORDINARY, Service.ORDINARY);

  /** The side of each section, in print order. */
  public static final List<Side> SIDES =
      List.of(Side.EXPENSES, Side.RECEIPTS, Side.EXPENSES, Side.RECEIPTS);

  private AnnexSections() {}
}
