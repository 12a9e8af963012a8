package be.pst.io.ecomptes;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.element.PlanElement;
import be.pst.core.plan.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the budget of an eComptes import to a plan by {@code ElementId}: see
 * {@link EcomptesXml#merge}. Linear in the sizes of the plan and of the import.
 */
final class Merge {

  private Merge() {}

  static EcomptesMerge apply(BudgetedPlan target, EcomptesImport file) {
    Plan plan = target.plan();
    Map<String, String> byExternalId = new HashMap<>();
    Map<String, String> byCode = new HashMap<>();
    List<PlanElement> targets = new ArrayList<>(plan.voletSections());
    targets.addAll(plan.elements());
    for (PlanElement e : targets) {
      if (e.externalId().isPresent()) {
        byExternalId.putIfAbsent(e.externalId().get().value(), e.code());
      } else {
        byCode.putIfAbsent(e.code(), e.code());
      }
    }
    Plan source = file.plan();
    List<PlanElement> sources = new ArrayList<>(source.voletSections());
    sources.addAll(source.elements());
    // The target code of each source code (first element of that code in the file).
    Map<String, String> targetOf = new LinkedHashMap<>();
    List<String> notFound = new ArrayList<>();
    for (PlanElement e : sources) {
      String id = e.externalId().map(x -> x.value()).orElse(e.code());
      String found = byExternalId.get(id);
      if (found == null) {
        found = byCode.get(id);
      }
      if (found == null) {
        notFound.add(id);
      } else {
        targetOf.putIfAbsent(e.code(), found);
      }
    }
    Set<String> replaced = new HashSet<>(targetOf.values());
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine line : target.lines()) {
      Optional<String> code = line.elementCode();
      boolean exchanged = line.figure() == BudgetFigure.PROJECTION
          || line.figure() == BudgetFigure.BUDGET;
      if (!(exchanged && code.isPresent() && replaced.contains(code.get()))) {
        lines.add(line);
      }
    }
    int ignored = 0;
    for (BudgetLine line : file.budgetedPlan().lines()) {
      if (line.elementCode().isEmpty()) {
        ignored++;
        continue;
      }
      String code = targetOf.get(line.elementCode().get());
      if (code != null) {
        lines.add(line.withElementCode(code));
      }
    }
    return EcomptesMerge.builder()
        .budgetedPlan(BudgetedPlan.of(plan, lines))
        .addAllNotFound(notFound)
        .matched(replaced.size())
        .planLevelLinesIgnored(ignored)
        .build();
  }
}
