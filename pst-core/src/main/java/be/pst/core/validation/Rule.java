package be.pst.core.validation;

import be.pst.core.label.Labels;
import java.util.List;
import java.util.Objects;

/**
 * A rule of the domain that validation checks (règle de contrôle): every {@link ValidationIssue}
 * names the rule it breaks. Each rule has a stable kebab-case {@linkplain #id() id} for machines
 * ({@code duplicate-code}), a {@linkplain #severity() default severity}, and a short French
 * {@linkplain #label() label} that printed reports show ("Code en double").
 *
 * <p>This one enumeration holds the rules of the plan, checked by {@link PlanValidator}, and the
 * rules of its budget, checked by pst-budget's {@code BudgetedPlan.validateBudget()} (the
 * constants named {@code BUDGET_…}): an ERP switches over every rule without a string literal.
 * Ids never change once published; {@link #toString()} is the id. Instances are immutable and
 * thread-safe.
 */
public enum Rule {

  // ------------------------------------------------------------------ codes and references

  /**
   * Two elements (volet sections, OS, OO, actions, sub-actions), two axes, two political
   * objectives or two projects with the same code.
   */
  DUPLICATE_CODE("duplicate-code", Severity.ERROR, "Code en double"),
  /**
   * A code naming nothing of the right kind: the axis or political objectives of an OS, the
   * political objectives of an action, an objective share, an action of a project, an action
   * link, a strategic objective of a volet section.
   */
  DANGLING_REFERENCE("dangling-reference", Severity.ERROR, "Référence inconnue"),
  /** An action linked to itself (prérequis, suite, idem… of itself). */
  SELF_LINK("self-link", Severity.WARNING, "Action liée à elle-même"),

  // ------------------------------------------------------------------ objective shares

  /** Objective shares with percentages that do not sum to 100. */
  SHARES_NOT_100("shares-not-100", Severity.ERROR, "Parts ne totalisant pas 100 %"),
  /** A share of 0 % or less. */
  SHARE_NOT_POSITIVE("share-not-positive", Severity.ERROR, "Part nulle ou négative"),
  /** Two shares of one action for the same OO. */
  DUPLICATE_SHARE("duplicate-share", Severity.ERROR, "Part en double"),
  /** Shares with percentages that do not list the action's home OO. */
  HOME_SHARE_MISSING(
      "home-share-missing", Severity.ERROR, "Part de l'objectif de rattachement manquante"),
  /** Some shares of an action with a percentage and others without. */
  SHARES_PARTLY_WITHOUT_PERCENT(
      "shares-partly-without-percent", Severity.ERROR, "Parts avec et sans pourcentage"),

  // ------------------------------------------------------------------ state and dates

  /** A progress outside 0–100 %. */
  PROGRESS_OUT_OF_RANGE(
      "progress-out-of-range", Severity.ERROR, "Taux d'avancement hors de 0 à 100 %"),
  /** A completed element with a progress below 100 %. */
  STATUS_PROGRESS_MISMATCH(
      "status-progress-mismatch", Severity.WARNING, "Terminé à moins de 100 %"),
  /** An action with neither status nor any date (planned or effective). */
  MISSING_STATUS_AND_DATES("missing-status-and-dates", Severity.WARNING, "Ni statut ni date"),
  /** A schedule whose end is definitely before its start. */
  SCHEDULE_INVERTED("schedule-inverted", Severity.ERROR, "Fin avant le début"),
  /** An element planned to start before the legislature's first exercice. */
  STARTS_BEFORE_LEGISLATURE(
      "starts-before-legislature", Severity.WARNING, "Début avant la législature"),
  /**
   * An action ending after its OO's deadline: an error when it definitely does ("2025" after
   * "2024"), a warning when it only possibly does ("2024" after "2024-06-30", or open-ended).
   */
  ENDS_AFTER_DEADLINE(
      "ends-after-deadline", Severity.ERROR, "Fin après l'échéance de l'objectif"),
  /** An action definitely starting before its OO's schedule starts. */
  STARTS_BEFORE_OBJECTIVE(
      "starts-before-objective", Severity.WARNING, "Début avant celui de l'objectif"),
  /** A step of an action definitely ending after the action's end. */
  STEP_ENDS_AFTER_ACTION(
      "step-ends-after-action", Severity.WARNING, "Étape finissant après l'action"),
  /** An operational objective with no action. */
  OBJECTIVE_WITHOUT_ACTION(
      "objective-without-action", Severity.WARNING, "Objectif opérationnel sans action"),

  // ------------------------------------------------------------------ people and organisations

  /**
   * An action with no pilot, political or administrative (a person, a role or a service), itself
   * or through a parent action.
   */
  MISSING_PILOT("missing-pilot", Severity.WARNING, "Pilote manquant"),
  /** A service the plan's declared list of services lacks. */
  UNDECLARED_SERVICE("undeclared-service", Severity.WARNING, "Service non déclaré"),
  /** A partner the plan's declared list of partners lacks. */
  UNDECLARED_PARTNER("undeclared-partner", Severity.WARNING, "Partenaire non déclaré"),
  /** A partner listed among the plan's services, or the reverse. */
  ORGANISATION_KIND_MISMATCH(
      "organisation-kind-mismatch", Severity.WARNING, "Service ou partenaire mal classé"),
  /** An INS code that is not five digits. */
  INVALID_INS_CODE("invalid-ins-code", Severity.WARNING, "Code INS invalide"),

  // ------------------------------------------------------------------ indicators

  /** A baseline, target or measurement whose kind is not the indicator's. */
  INDICATOR_KIND_MISMATCH(
      "indicator-kind-mismatch", Severity.ERROR, "Valeur d'indicateur d'un autre type"),
  /** A measurement dated outside the legislature's exercices. */
  MEASUREMENT_OUTSIDE_LEGISLATURE(
      "measurement-outside-legislature", Severity.WARNING, "Mesure hors législature"),
  /**
   * An indicator's target date (or the first or last due date of its recurrence) definitely
   * after its element's planned end.
   */
  INDICATOR_TARGET_AFTER_END(
      "indicator-target-after-end", Severity.WARNING, "Échéance d'indicateur après la fin"),
  /**
   * An indicator's target date (or the first or last due date of its recurrence) definitely
   * before its element's planned start.
   */
  INDICATOR_TARGET_BEFORE_START(
      "indicator-target-before-start", Severity.WARNING, "Échéance d'indicateur avant le début"),

  // ------------------------------------------------------------------ budget items of a fiche

  /** A budget item whose quantity × unit price is not its stated amount. */
  BUDGET_ITEM_MISMATCH(
      "budget-item-mismatch", Severity.WARNING, "Poste budgétaire mal calculé"),

  // ------------------------------------------------------------------ budget lines (pst-budget)

  /** A budget line naming an element that is not in the plan (checked by pst-budget). */
  BUDGET_UNKNOWN_ELEMENT(
      "budget-unknown-element", Severity.ERROR, "Ligne budgétaire d'un élément inconnu"),
  /** A budget line of an exercice outside the legislature (checked by pst-budget). */
  BUDGET_OUTSIDE_LEGISLATURE(
      "budget-outside-legislature", Severity.WARNING, "Ligne budgétaire hors législature"),
  /**
   * A budget line of an exercice after its element's planned end, ordinary debt charges aside
   * (checked by pst-budget).
   */
  BUDGET_AFTER_END(
      "budget-after-end", Severity.WARNING, "Ligne budgétaire après la fin de l'élément"),
  /** A budget line of an exercice before its element's planned start (checked by pst-budget). */
  BUDGET_BEFORE_START(
      "budget-before-start", Severity.WARNING, "Ligne budgétaire avant le début de l'élément"),
  /**
   * An action stating a budget impact ("Oui") with no projection line, on itself or its
   * sub-actions (checked by pst-budget).
   */
  BUDGET_IMPACT_WITHOUT_LINES(
      "budget-impact-without-lines", Severity.WARNING, "Impact budgétaire sans ligne budgétaire"),
  /**
   * An action stating no budget impact ("Non") or an undetermined one with projection lines
   * (checked by pst-budget).
   */
  BUDGET_LINES_WITHOUT_IMPACT(
      "budget-lines-without-impact", Severity.WARNING, "Lignes budgétaires sans impact déclaré"),
  /** A budget line with a negative amount (checked by pst-budget). */
  BUDGET_NEGATIVE_AMOUNT(
      "budget-negative-amount", Severity.WARNING, "Montant budgétaire négatif"),

  // ------------------------------------------------------------------ the validator itself

  /** A rule failed unexpectedly: a bug of pst, reported instead of thrown. */
  VALIDATOR_FAILURE("validator-failure", Severity.ERROR, "Échec interne du contrôle");

  private final String id;
  private final Severity severity;
  private final String label;

  Rule(String id, Severity severity, String label) {
    this.id = id;
    this.severity = severity;
    this.label = label;
  }

  /**
   * The stable id, kebab-case, for machines and configuration files.
   *
   * @return e.g. {@code "missing-pilot"}
   */
  public String id() {
    return id;
  }

  /**
   * The severity of an issue of this rule unless the rule says otherwise ({@link
   * #ENDS_AFTER_DEADLINE} is a warning when the action only possibly ends late).
   *
   * @return the default severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The short French label that printed reports show.
   *
   * @return e.g. "Pilote manquant"
   */
  public String label() {
    return label;
  }

  /**
   * The rule of that id, constant name or French label, accent- and case-insensitively.
   *
   * @param text {@code "missing-pilot"}, {@code "MISSING_PILOT"} or "Pilote manquant"
   * @return the rule
   * @throws IllegalArgumentException if the text names no rule, listing the accepted ones
   */
  public static Rule parse(String text) {
    Objects.requireNonNull(text, "text");
    return Labels.parse(Rule.class, text, r -> List.of(r.id, r.label));
  }

  /**
   * The id, so that a rule reads in logs and configuration as it always did.
   *
   * @return the {@link #id()}
   */
  @Override
  public String toString() {
    return id;
  }
}
