package be.pst.io.ecomptes;

/**
 * The kinds of warning an eComptes import gives (avertissement d'import eComptes): each kind is
 * reported once, by one {@link EcomptesIssue} that counts its occurrences and shows the first
 * few, never once per element. {@code docs/ecomptes.md} lists each kind with what the reader
 * does about it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public enum EcomptesWarning {
  /** A required element is missing (lenient reading); the value is absent. */
  MISSING_ELEMENT("required elements missing, read as absent"),
  /** An element the schema does not allow where it stands (lenient reading), ignored. */
  UNEXPECTED_ELEMENT("elements not allowed where they stand, ignored"),
  /** A value outside the schema's enumeration (lenient reading), ignored. */
  INVALID_VALUE("values outside the schema's enumerations, ignored"),
  /** A required attribute ({@code ElementId}, {@code Exercice}) is missing. */
  MISSING_ATTRIBUTE("required attributes missing"),
  /** An element with neither a code in its label nor an {@code ElementId}: a code is made. */
  GENERATED_CODE("elements without a code in the label nor an ElementId: codes generated"),
  /** An element's {@code Exercice} attribute differs from {@code Identifiants/Exercice}. */
  ELEMENT_EXERCICE("elements whose Exercice attribute differs from Identifiants/Exercice:"
      + " the attribute is not kept"),
  /** A label longer than the schema's 255 characters, kept whole. */
  LONG_LABEL("labels longer than 255 characters, kept whole"),
  /** A sub-action label whose parent action does not come before it in its OO. */
  SUB_ACTION_PARENT("sub-action labels whose parent action is not found before them in their"
      + " operational objective: read as actions"),
  /** A sub-action nested deeper than the reader allows (lenient reading). */
  SUB_ACTION_DEPTH("sub-actions nested deeper than 16 levels: read as actions"),
  /** A date with a time zone: the zone is not kept. */
  DATE_ZONE("dates with a time zone: the zone is not kept"),
  /** A progress outside 0–100, kept as written. */
  PROGRESS_RANGE("progress rates outside 0-100, kept as written"),
  /** A negative FTE, ignored. */
  NEGATIVE_FTE("negative ETP, ignored"),
  /** A person ({@code Responsable}, {@code Mandataire}) with neither {@code Nom} nor {@code Prenom}. */
  PERSON_WITHOUT_NAME("persons without a name, ignored"),
  /** An article whose economic code places it in no economic group: the line has no group. */
  ARTICLE_WITHOUT_GROUP("articles without a known economic group: lines without a group"),
  /** An article code that the {@code BudgetArticle} grammar does not read: kept in the label. */
  ARTICLE_CODE("article codes not understood: kept in front of the line label"),
  /** A projection whose {@code Service}/{@code Type} contradict its {@code GroupeEco}. */
  PROJECTION_SERVICE("projections whose Service/Type contradict their GroupeEco: the group wins"),
  /** A projection with an unknown {@code GroupeEco} (lenient reading), ignored. */
  PROJECTION_GROUP("projections with an unknown GroupeEco, ignored"),
  /** An unknown {@code Identifiants/Version}, read as {@code 201805V1}. */
  VERSION("unknown versions, read as 201805V1"),
  /** Something the file leaves out that the model requires: a title, the legislature. */
  GUESSED("values the file leaves out and the model requires, guessed");

  private final String description;

  EcomptesWarning(String description) {
    this.description = description;
  }

  /**
   * What happened and what the reader did, for a count: "3 articles without a known economic
   * group…".
   *
   * @return the description, without the count
   */
  public String description() {
    return description;
  }
}
