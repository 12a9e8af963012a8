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
}
