package be.pst.testkit;

import java.util.List;

/**
 * The French words the arbitraries draw from: titles, names and labels in the style of the five
 * seed plans, so that generated plans read like real ones in failure reports.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** Labels of budget lines. */
  static final List<String> LINE_LABELS =
      List.of(
          "Frais de personnel",
          "Achat de matériel",
          "Subside régional",
          "Emprunt",
          "Prélèvement sur fonds de réserve",
          "Formation du personnel",
          "Travaux d'aménagement",
          "Charges d'emprunt");

  /** Authority names. */
  static final List<String> AUTHORITY_NAMES =
      List.of("Ottignies-Louvain-la-Neuve", "Perwez", "Frameries", "Anderlues", "Saint-Ghislain");

  /** INS codes of the authorities, same order as {@link #AUTHORITY_NAMES}. */
  static final List<String> INS_CODES = List.of("25121", "25084", "53028", "56086", "53070");

  /** Beginnings of strategic objectives ("what we want to be"). */
  static final List<String> STRATEGIC_TITLES =
      List.of(
          "Être un CPAS qui garantit l'accès aux droits",
          "Être une administration moderne et efficace",
          "Être un CPAS acteur de l'insertion",
          "Être un CPAS qui soutient les aînés",
          "Être un CPAS ouvert sur son territoire");

  /** Operational objectives ("what we want to do"). */
  static final List<String> OPERATIONAL_TITLES =
      List.of(
          "Développer l'accompagnement social",
          "Moderniser l'outil informatique",
          "Renforcer les partenariats locaux",
          "Améliorer l'accueil des usagers",
          "Former le personnel");

  /** Actions ("how"). */
  static final List<String> ACTION_TITLES =
      List.of(
          "Organiser des ateliers collectifs",
          "Mettre en place un guichet unique",
          "Créer un potager communautaire",
          "Informatiser les dossiers sociaux",
          "Engager un éducateur de rue",
          "Rénover la maison de repos");

  /** Steps of an action. */
  static final List<String> STEP_TITLES =
      List.of("Analyse des besoins", "Délibération du Conseil", "Marché public", "Mise en œuvre");

  /** Persons' names. */
  static final List<String> PEOPLE =
      List.of("Marie Dupont", "Jean Lambert", "Sophie Martin", "Luc Dubois", "Anne Leroy");

  /** Persons' initials, in the style of seed 002. */
  static final List<String> INITIALS = List.of("LM/AL", "CD", "JPV", "MT/SB");

  /** Names of the services of the administration. */
  static final List<String> SERVICES =
      List.of("Service social", "Ressources humaines", "Finances", "Informatique", "Travaux");

  /** Names of the external partners. */
  static final List<String> PARTNERS =
      List.of("Forem", "ONE", "Commune", "Maison de l'emploi", "Province");

  /** Indicator names. */
  static final List<String> INDICATOR_NAMES =
      List.of(
          "Nombre d'ateliers organisés",
          "Taux de satisfaction",
          "Montant des subsides obtenus",
          "Fait / pas fait",
          "Délibération du Conseil",
          "Commentaire de l'évaluation");

  /** Risks. */
  static final List<String> RISKS =
      List.of("Manque de personnel", "Retard du subside", "Faible participation");

  /** Local "enjeux" (themes). */
  static final List<String> THEMES = List.of("Cohésion sociale", "Emploi", "Logement");

  /** Other local plans. */
  static final List<String> LOCAL_PLANS = List.of("PCS", "Plan de gestion", "PCDN");

  /** Axes, in the style of seed 004. */
  static final List<String> AXES = List.of("Développer", "Mobiliser", "Insérer");

  /** Sources of political objectives. */
  static final List<String> POLITICAL_SOURCES = List.of("DPS", "DPC");

  /** First names, for persons known by a split name. */
  static final List<String> FIRST_NAMES = List.of("Marie", "Jean", "Sophie", "Luc", "Anne");

  /** Last names, for persons known by a split name. */
  static final List<String> LAST_NAMES = List.of("Dupont", "Lambert", "Martin", "Dubois", "Leroy");

  /** Roles of persons and pilots known by their function. */
  static final List<String> ROLES =
      List.of(
          "Présidente du CPAS",
          "Directeur général",
          "Échevin des affaires sociales",
          "Directrice financière",
          "Chefs de service");

  /** Phone numbers, as written. */
  static final List<String> PHONES = List.of("010 43 65 00", "+32 65 61 12 11", "071/54.81.10");

  /** Departments (départements). */
  static final List<String> DEPARTMENTS =
      List.of("Département social", "Direction générale", "Département des finances");

  /** Categories an authority files elements under. */
  static final List<String> CATEGORIES =
      List.of("Gouvernance", "Bien-être", "Environnement", "Cohésion");

  /** Remarks on a status. */
  static final List<String> STATUS_NOTES =
      List.of("Marché public en cours", "En attente du subside", "Reporté au budget 2022");

  /** What a plan adds to a priority. */
  static final List<String> PRIORITY_NOTES =
      List.of("au-delà de 2019", "selon les moyens disponibles", "obligation légale");

  /** Details of a health index. */
  static final List<String> HEALTH_NOTES =
      List.of("Retard du fournisseur", "Personnel absent", "Budget dépassé");

  /** Notes on the synergy with the commune. */
  static final List<String> SYNERGY_NOTES =
      List.of("avec le service travaux de la Ville", "avec le PCS de la commune");

  /** Narratives of budget impact. */
  static final List<String> BUDGET_NOTES =
      List.of(
          "Coût annuel 1 puéricultrice = 38000€",
          "Budget à prévoir en MB 2021",
          "Prise en charge par le subside APE");

  /** What a funding pays for. */
  static final List<String> FUNDING_PURPOSES = List.of("modules", "denrées", "personnel", "travaux");

  /** Words of a fiche on a funding. */
  static final List<String> FUNDING_NOTES = List.of("Province 70 %", "UREBA 50 %", "FSE 2014-2020");

  /** What budget items buy. */
  static final List<String> ITEM_LABELS =
      List.of("étagères", "ordinateurs portables", "heures de formation", "chaises");

  /** Units of budget items. */
  static final List<String> ITEM_UNITS = List.of("pièce", "heure", "lot");

  /** Notes of budget items. */
  static final List<String> ITEM_NOTES = List.of("180/150/50 galvanisé et métal", "TVAC");

  /** Words of a fiche on a link between actions. */
  static final List<String> LINK_NOTES =
      List.of("combinée avec les actions 2 et 3", "suite de l'action 6", "Idem A1");

  /** Notes on staff per year. */
  static final List<String> STAFF_NOTES =
      List.of("1 ETP puéricultrice et 2,5 ETP auxiliaires", "+1 ETP", "mi-temps");

  /** Notes of human resources. */
  static final List<String> HR_NOTES = List.of("à charge du CPAS", "via APE");

  /** Words of a recurring indicator target. */
  static final List<String> RECURRENCE_NOTES =
      List.of("31/10 de chaque année", "d'avril chaque année à partir de 2021");

  /** Notes of schedules whose wording says more than dates. */
  static final List<String> SCHEDULE_NOTES = List.of("2020 pour entrant - 2022 pour sortant");

  /** Titles of declarations of policy. */
  static final List<String> DECLARATION_TITLES =
      List.of("Déclaration de Politique Sociale", "Déclaration de Politique Communale");

  /** Priorities of political objectives. */
  static final List<String> POLITICAL_PRIORITIES =
      List.of("Lutter contre la pauvreté", "Soutenir l'emploi", "Accueillir la petite enfance");

  /** Versions of plans. */
  static final List<String> VERSIONS = List.of("v1", "évaluation mi-législature", "2.0");

  /** Descriptions, plain, HTML and RTF, with the characters codecs must keep. */
  static final List<String> PLAIN_TEXTS =
      List.of(
          "Constat : 42 % des usagers \"éloignés\" de l'emploi",
          "Ateliers & permanences <le mardi>",
          "Ligne 1\nLigne 2 — fin");

  /** HTML texts, as iA.PST writes rich text. */
  static final List<String> HTML_TEXTS =
      List.of("<p>Accueil <strong>de qualité</strong> &amp; suivi</p>", "<ul><li>étape 1</li></ul>");

  /** RTF texts. */
  static final List<String> RTF_TEXTS = List.of("{\\rtf1\\ansi Accueil de qualit\\'e9}");
}
