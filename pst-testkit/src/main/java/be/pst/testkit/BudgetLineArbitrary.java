package be.pst.testkit;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import java.util.Collection;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;

/**
 * An arbitrary of budget lines (lignes budgétaires): an exercice, an economic group (or, for one
 * line in ten, only the service and side of one), a figure, an amount in euros and, by default,
 * sometimes a budget article, a funding source, a label and the estimate flag. By default lines
 * belong to the plan itself (no element code), fall in the exercices 2019–2024, use every
 * economic group, carry amounts from 0,00 € to 1.000.000,00 € and are of every {@link
 * BudgetFigure}: six in ten are projections (the figure {@code Budgets.consolidate(plan)}
 * sums), the others budgets, amended budgets, commitments and charges.
 *
 * <p>Instances are immutable and thread-safe: each configuration method returns a new arbitrary,
 * and constraints add up ({@code ordinaryOnly().expensesOnly()} gives groups 70, 71, 72, 7X and
 * 78).
 */
public interface BudgetLineArbitrary extends Arbitrary<BudgetLine> {

  /**
   * Lines whose exercice lies between {@code firstExercice} and {@code lastExercice}, both
   * included.
   *
   * @param firstExercice the first exercice, four digits
   * @param lastExercice the last exercice, four digits, not before the first
   * @return a new arbitrary
   * @throws IllegalArgumentException if the exercices are not four-digit years in order
   */
  BudgetLineArbitrary inLegislature(int firstExercice, int lastExercice);

  /**
   * Lines whose exercice lies in {@code legislature}.
   *
   * @param legislature the legislature
   * @return a new arbitrary
   */
  BudgetLineArbitrary inLegislature(Legislature legislature);

  /**
   * Lines of the ordinary service only (groups 60–68 and 70–78).
   *
   * @return a new arbitrary
   */
  BudgetLineArbitrary ordinaryOnly();

  /**
   * Lines of the extraordinary service only (groups 80–88 and 90–98).
   *
   * @return a new arbitrary
   */
  BudgetLineArbitrary extraordinaryOnly();

  /**
   * Lines of {@code service} only.
   *
   * @param service the service
   * @return a new arbitrary
   * @throws IllegalArgumentException if no group remains allowed
   */
  BudgetLineArbitrary inService(Service service);

  /**
   * Receipt lines only.
   *
   * @return a new arbitrary
   */
  BudgetLineArbitrary receiptsOnly();

  /**
   * Expense lines only.
   *
   * @return a new arbitrary
   */
  BudgetLineArbitrary expensesOnly();

  /**
   * Lines of {@code side} only.
   *
   * @param side receipts or expenses
   * @return a new arbitrary
   * @throws IllegalArgumentException if no group remains allowed
   */
  BudgetLineArbitrary onSide(Side side);

  /**
   * Lines of the given groups only (intersected with the other group constraints).
   *
   * @param groups the allowed groups, at least one
   * @return a new arbitrary
   * @throws IllegalArgumentException if no group remains allowed
   */
  BudgetLineArbitrary inGroups(EconomicGroup... groups);

  /**
   * Lines whose amounts come from {@code amounts}, e.g. {@code
   * PstArbitraries.amounts().between("-500.00", "500.00")}.
   *
   * @param amounts the amounts, in euros at cent scale
   * @return a new arbitrary
   */
  BudgetLineArbitrary withAmounts(Arbitrary<? extends MonetaryAmount> amounts);

  /**
   * Lines whose amounts lie between {@code min} and {@code max}, both included.
   *
   * @param min the smallest amount
   * @param max the largest amount
   * @return a new arbitrary
   */
  BudgetLineArbitrary withAmountsBetween(MonetaryAmount min, MonetaryAmount max);

  /**
   * Lines attached to one of {@code elementCodes} (OS, OO or action codes).
   *
   * @param elementCodes the element codes, at least one
   * @return a new arbitrary
   * @throws IllegalArgumentException if {@code elementCodes} is empty or holds a blank code
   */
  BudgetLineArbitrary forElements(Collection<String> elementCodes);

  /**
   * Lines attached to one of the actions (sub-actions included) of {@code plan}, in the exercices
   * of its legislature; if the plan has no action the lines stay at plan level.
   *
   * @param plan the plan
   * @return a new arbitrary
   */
  BudgetLineArbitrary forActionsOf(Plan plan);

  /**
   * Lines that are sometimes attached to the plan itself rather than to one of the element codes
   * given to {@link #forElements(Collection)} or {@link #forActionsOf(Plan)}.
   *
   * @return a new arbitrary
   */
  BudgetLineArbitrary orPlanLevel();

  /**
   * Lines with no article, funding source, label, and not estimates: only exercice, group (or
   * service and side), figure, amount and element code vary.
   *
   * @return a new arbitrary
   */
  BudgetLineArbitrary withoutDetails();

  /**
   * Lines that always carry an economic group (none with only a service and a side).
   *
   * @return a new arbitrary
   */
  BudgetLineArbitrary groupedOnly();

  /**
   * Lines of the given figures only, drawn evenly; {@code withFigures(BudgetFigure.PROJECTION)}
   * gives only the lines {@code Budgets.consolidate(plan)} sums.
   *
   * @param figures the allowed figures, at least one
   * @return a new arbitrary
   * @throws IllegalArgumentException if {@code figures} is empty
   */
  BudgetLineArbitrary withFigures(BudgetFigure... figures);
}
