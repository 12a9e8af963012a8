package be.pst.core.validation;

import be.pst.core.action.Action;
import be.pst.core.action.BudgetItem;
import be.pst.core.action.Step;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.schedule.DateComparison;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Rules on actions and sub-actions: pilots, status and dates, their place in their home OO's
 * schedule, their steps and the arithmetic of their budget items.
 */
final class ActionRules {

  private ActionRules() {}

  /**
   * {@link Rule#MISSING_PILOT}: no political or administrative pilot (a person, a role or a
   * service), on the action or a parent action.
   */
  static void pilots(Context context, Issues issues) {
    List<Located> elements = context.elements();
    boolean[] piloted = new boolean[elements.size()];
    for (Located l : elements) {
      if (l.action().isEmpty()) {
        continue;
      }
      boolean here = l.element().hasPilot()
          || l.parentAction().map(p -> piloted[p.position()]).orElse(false);
      piloted[l.position()] = here;
      if (!here) {
        issues.add(l, Rule.MISSING_PILOT,
            l.what() + " n'a ni pilote politique ni pilote administratif");
      }
    }
  }

  /**
   * {@link Rule#MISSING_STATUS_AND_DATES}: no status and no planned or effective start or end, on
   * the action or a parent action.
   */
  static void statusAndDates(Context context, Issues issues) {
    List<Located> elements = context.elements();
    boolean[] known = new boolean[elements.size()];
    for (Located l : elements) {
      if (l.action().isEmpty()) {
        continue;
      }
      Action a = l.action().get();
      boolean here = a.status().isPresent() || dated(a.schedule()) || dated(a.effectiveSchedule())
          || l.parentAction().map(p -> known[p.position()]).orElse(false);
      known[l.position()] = here;
      if (!here) {
        issues.add(l, Rule.MISSING_STATUS_AND_DATES,
            l.what() + " n'a ni statut ni date de début ou de fin");
      }
    }
  }

  private static boolean dated(Optional<Schedule> schedule) {
    return schedule.map(s -> s.start().isPresent() || s.end().isPresent()).orElse(false);
  }

  /**
   * {@link Rule#ENDS_AFTER_DEADLINE} and {@link Rule#STARTS_BEFORE_OBJECTIVE}: the action within
   * its home OO's schedule.
   */
  static void withinObjective(Context context, Issues issues) {
    for (Located l : context.elements()) {
      Optional<OperationalObjective> home = l.home();
      if (l.action().isEmpty() || home.isEmpty() || home.get().schedule().isEmpty()
          || l.element().schedule().isEmpty()) {
        continue;
      }
      Schedule schedule = l.element().schedule().get();
      Schedule objective = home.get().schedule().get();
      if (objective.end().isPresent()) {
        PartialDate deadline = objective.end().get();
        DateComparison after = schedule.endsAfter(deadline);
        String where = " l'échéance " + deadline + " de " + home.get().code();
        if (after == DateComparison.DEFINITELY) {
          issues.add(l, Severity.ERROR, Rule.ENDS_AFTER_DEADLINE,
              l.what() + " (" + schedule + ") finit après" + where);
        } else if (after == DateComparison.POSSIBLY) {
          issues.add(l, Severity.WARNING, Rule.ENDS_AFTER_DEADLINE,
              l.what() + " (" + schedule + ") pourrait finir après" + where);
        }
      }
      if (objective.start().isPresent() && schedule.start().isPresent()
          && objective.start().get().isDefinitelyAfter(schedule.start().get())) {
        issues.add(l, Rule.STARTS_BEFORE_OBJECTIVE, l.what() + " commence "
            + ElementRules.on(schedule.start().get()) + ", avant le début ("
            + objective.start().get() + ") de son objectif opérationnel " + home.get().code());
      }
    }
  }

  /** {@link Rule#STEP_ENDS_AFTER_ACTION}: a step definitely ending after its action. */
  static void steps(Context context, Issues issues) {
    for (Located l : context.elements()) {
      if (l.action().isEmpty()) {
        continue;
      }
      Action a = l.action().get();
      Optional<PartialDate> end = a.schedule().flatMap(Schedule::end);
      if (end.isEmpty()) {
        continue;
      }
      for (Step step : a.steps()) {
        if (step.schedule().map(s -> s.endsAfter(end.get())).orElse(DateComparison.NO)
            == DateComparison.DEFINITELY) {
          issues.add(l, Rule.STEP_ENDS_AFTER_ACTION, "l'étape « " + step.title() + " » ("
              + step.schedule().get() + ") finit après la fin (" + end.get() + ") de "
              + l.what());
        }
      }
    }
  }

  /**
   * {@link Rule#BUDGET_ITEM_MISMATCH}: an item whose quantity × unit price is not its stated
   * amount, compared exactly (8 × 74 = 592, not 700).
   */
  static void budgetItems(Context context, Issues issues) {
    for (Located l : context.elements()) {
      if (l.action().isEmpty()) {
        continue;
      }
      for (BudgetItem item : l.action().get().budgetItems()) {
        if (item.quantity().isEmpty() || item.unitPrice().isEmpty() || item.amount().isEmpty()) {
          continue;
        }
        MonetaryAmount price = item.unitPrice().get();
        MonetaryAmount stated = item.amount().get();
        BigDecimal quantity = item.quantity().get();
        String currency = price.getCurrency().getCurrencyCode();
        if (!currency.equals(stated.getCurrency().getCurrencyCode())) {
          issues.add(l, Rule.BUDGET_ITEM_MISMATCH, "le poste « " + item.label()
              + " » a un prix unitaire en " + currency + " et un montant en "
              + stated.getCurrency().getCurrencyCode());
          continue;
        }
        BigDecimal product = quantity.multiply(number(price));
        if (product.compareTo(number(stated)) != 0) {
          issues.add(l, Rule.BUDGET_ITEM_MISMATCH, "le poste « " + item.label() + " » : "
              + quantity.toPlainString() + " × " + money(number(price), currency) + " = "
              + money(product, currency) + ", et non " + money(number(stated), currency));
        }
      }
    }
  }

  private static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  /** "592,00 €": Belgian digits, every decimal kept, never fewer than two. */
  private static String money(BigDecimal amount, String currency) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
    format.setMaximumFractionDigits(Math.max(2, amount.scale()));
    format.setParseBigDecimal(true);
    return format.format(amount) + ("EUR".equals(currency) ? " €" : " " + currency);
  }
}
