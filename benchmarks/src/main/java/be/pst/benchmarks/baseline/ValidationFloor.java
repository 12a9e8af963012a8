package be.pst.benchmarks.baseline;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.group.EconomicGroup;
import be.pst.core.action.Action;
import be.pst.core.action.BudgetImpact;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Status;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.Measurement;
import be.pst.core.plan.Organisation;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The floor of validation (plancher de validation): one pass over the plan's elements and one
 * over its budget lines, reading the fields the validation rules read — codes (one hash each, for
 * duplicates and references), titles, statuses and progress, planned schedules against each
 * other and the legislature, pilots, services against the declared ones (exact strings, no
 * normalisation), indicators' measurements, budget impact; each line's element, exercice and
 * amount — and noting each failure with a short message (the element's code or the line's
 * number, and the value at fault), with no path, no rule object and no sorting. A validator that
 * reports each issue cannot do less.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class ValidationFloor {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ValidationFloor() {}

  /**
   * Checks a plan and its budget.
   *
   * @param budgeted the plan
   * @return the number of problems noted
   */
  public static int check(BudgetedPlan budgeted) {
    Plan plan = budgeted.plan();
    int first = plan.legislature().firstExercice();
    int last = plan.legislature().lastExercice();
    Set<String> declared = new HashSet<>();
    for (Organisation service : plan.services()) {
      declared.add(service.name());
    }
    Map<String, PlanElement> byCode = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (PlanElement element : plan.elements()) {
      if (byCode.putIfAbsent(element.code(), element) != null) {
        problems.add(element.code() + " code en double");
      }
      if (element.title().isBlank()) {
        problems.add(element.code() + " sans titre");
      }
      if (element.progress().isPresent() && element.progress().get().signum() < 0) {
        problems.add(element.code() + " avancement");
      }
      if (element.status().isPresent() && element.status().get() == Status.COMPLETED
          && element.progress().isPresent()
          && element.progress().get().compareTo(HUNDRED) < 0) {
        problems.add(element.code() + " terminé à " + element.progress().get());
      }
      if (element.status().isEmpty() && element.schedule().isEmpty()) {
        problems.add(element.code() + " sans statut ni date");
      }
      Optional<Schedule> schedule = element.schedule();
      if (schedule.isPresent()) {
        Optional<PartialDate> start = schedule.get().start();
        Optional<PartialDate> end = schedule.get().end();
        if (start.isPresent() && end.isPresent() && end.get().compareTo(start.get()) < 0) {
          problems.add(element.code() + " fin avant début");
        }
        if (start.isPresent() && start.get().year() < first) {
          problems.add(element.code() + " avant la législature");
        }
      }
      if (element.politicalPilots().isEmpty() && element.administrativePilots().isEmpty()) {
        problems.add(element.code() + " sans pilote");
      }
      for (String service : element.services()) {
        if (!declared.contains(service)) {
          problems.add(element.code() + " service " + service);
        }
      }
      for (Indicator indicator : element.indicators()) {
        for (Measurement measurement : indicator.measurements()) {
          int year = measurement.date().getYear();
          if (year < first || year > last + 1 || measurement.value().kind() != indicator.kind()) {
            problems.add(element.code() + " mesure " + year);
          }
        }
      }
    }
    Set<String> withLines = new HashSet<>();
    int number = 0;
    for (BudgetLine line : budgeted.lines()) {
      number++;
      int exercice = line.exercice();
      if (exercice < first || exercice > last) {
        problems.add("ligne " + number + " exercice " + exercice);
      }
      if (line.amount().cents() < 0) {
        problems.add("ligne " + number + " négative");
      }
      Optional<String> code = line.elementCode();
      if (code.isPresent()) {
        PlanElement element = byCode.get(code.get());
        if (element == null) {
          problems.add("ligne " + number + " élément inconnu");
        } else {
          withLines.add(code.get());
          Optional<Schedule> schedule = element.schedule();
          if (schedule.isPresent() && schedule.get().start().isPresent()
              && exercice < schedule.get().start().get().year()) {
            problems.add("ligne " + number + " avant le début " + exercice);
          }
          if (schedule.isPresent() && schedule.get().end().isPresent()
              && exercice > schedule.get().end().get().year()
              && line.group().orElse(null) != EconomicGroup.ORDINARY_EXPENSES_DEBT) {
            problems.add("ligne " + number + " après la fin " + exercice);
          }
        }
      }
    }
    for (PlanElement element : plan.elements()) {
      if (element instanceof Action) {
        Optional<BudgetImpact> impact = ((Action) element).budgetImpact();
        if (impact.isPresent() && impact.get() == BudgetImpact.YES
            && !withLines.contains(element.code())) {
          problems.add(element.code() + " sans ligne");
        }
      }
    }
    return problems.size();
  }
}
