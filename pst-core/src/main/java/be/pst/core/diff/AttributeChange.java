package be.pst.core.diff;

import java.util.Objects;

/**
 * One attribute of an element that differs between two versions of a plan (attribut modifié):
 * its name, its French label and both values as printed. Instances are immutable and thread-safe.
 *
 * @param attribute the name of the accessor, e.g. {@code "status"}, {@code "schedule"}
 * @param label the French label, e.g. {@code "Statut"}
 * @param before the older value as text, {@code "—"} when absent or empty
 * @param after the newer value as text, {@code "—"} when absent or empty
 */
public record AttributeChange(String attribute, String label, String before, String after) {

  /**
   * Checks the components.
   *
   * @param attribute the accessor name
   * @param label the French label
   * @param before the older value
   * @param after the newer value
   */
  public AttributeChange {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * "Statut : En cours → Terminé".
   *
   * @return the readable change
   */
  @Override
  public String toString() {
    return label + " : " + before + " → " + after;
  }
}
