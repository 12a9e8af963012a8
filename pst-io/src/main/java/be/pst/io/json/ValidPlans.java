package be.pst.io.json;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetLine;
import be.pst.core.element.ElementPath;
import be.pst.core.element.PlanElement;
import be.pst.core.validation.Severity;
import be.pst.core.validation.ValidationIssue;
import be.pst.io.PstFormatException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link PstJsonReader#requireValid()} adds to reading: the plan read is validated, and its
 * first error becomes a {@link PstFormatException} at the place in the document of the element
 * (or budget line) it is about.
 */
final class ValidPlans {

  /** Budget issues name their line by its number, from 1: "la ligne budgétaire 3 (…)". */
  private static final Pattern LINE = Pattern.compile("ligne budgétaire (\\d+)");

  private ValidPlans() {}

  static void require(BudgetedPlan plan, JsonInput in) throws PstFormatException {
    for (ValidationIssue issue : plan.validate().issues()) {
      if (issue.severity() == Severity.ERROR) {
        JsonInput.Place place = placeOf(plan, issue, in)
            .orElse(new JsonInput.Place("/plan", null));
        throw in.failAt(place.pointer(), place.location(),
            "invalid plan (" + issue.rule().id() + "): " + issue.message());
      }
    }
  }

  private static Optional<JsonInput.Place> placeOf(BudgetedPlan plan, ValidationIssue issue,
      JsonInput in) {
    Matcher line = LINE.matcher(issue.message());
    if (issue.path().isRoot() && line.find()) {
      List<BudgetLine> lines = plan.lines();
      int index = Integer.parseInt(line.group(1)) - 1;
      if (index >= 0 && index < lines.size()) {
        return in.placeOf(lines.get(index));
      }
    }
    ElementPath path = issue.path();
    if (path.isRoot()) {
      return in.placeOf(plan.plan());
    }
    Optional<PlanElement> element = plan.plan().resolve(path);
    return element.flatMap(in::placeOf);
  }
}
