package be.pst.core.diff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed for one element between two versions of a plan (changement d'un élément): added,
 * removed, or matched and then re-coded, moved and/or modified. Instances are immutable and
 * thread-safe.
 *
 * @param kinds what happened: {@link ChangeKind#ADDED} or {@link ChangeKind#REMOVED} alone, or
 *     any of {@link ChangeKind#RECODED}, {@link ChangeKind#MOVED}, {@link ChangeKind#MODIFIED}
 * @param elementKind the kind of element
 * @param oldCode the code in the older version, empty for an added element
 * @param newCode the code in the newer version, empty for a removed element
 * @param title the title in the newer version, or in the older one for a removed element
 * @param oldParent the code of the parent in the older version (empty for an OS, or when added)
 * @param newParent the code of the parent in the newer version (empty for an OS, or when removed)
 * @param matchedBy how the element was matched, empty for an added or removed element
 * @param attributes the attributes that differ, in the order of the model; empty unless
 *     modified
 */
public record ElementChange(Set<ChangeKind> kinds, ElementKind elementKind,
    Optional<String> oldCode, Optional<String> newCode, String title, Optional<String> oldParent,
    Optional<String> newParent, Optional<MatchedBy> matchedBy, List<AttributeChange> attributes) {

  /**
   * Checks and copies the components.
   *
   * @param kinds what happened, not empty
   * @param elementKind the kind of element
   * @param oldCode the older code
   * @param newCode the newer code
   * @param title the title
   * @param oldParent the older parent
   * @param newParent the newer parent
   * @param matchedBy how it was matched
   * @param attributes the changed attributes
   */
  public ElementChange {
    Objects.requireNonNull(kinds, "kinds");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("an element change has at least one kind");
    }
    kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    Objects.requireNonNull(elementKind, "elementKind");
    Objects.requireNonNull(oldCode, "oldCode");
    Objects.requireNonNull(newCode, "newCode");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(oldParent, "oldParent");
    Objects.requireNonNull(newParent, "newParent");
    Objects.requireNonNull(matchedBy, "matchedBy");
    attributes = List.copyOf(attributes);
  }

  /**
   * Whether this change is of a kind.
   *
   * @param kind a kind
   * @return {@code true} if {@link #kinds()} holds it
   */
  public boolean is(ChangeKind kind) {
    return kinds.contains(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * The code to show: the newer one, or the older one for a removed element.
   *
   * @return the code
   */
  public String code() {
    return newCode.or(() -> oldCode).orElseThrow();
  }

  /**
   * The change in one line, then one indented line per changed attribute: "action OS1-OP1-A4
   * recodée (OS1-OP1-A3 → OS1-OP1-A4, par intitulé) : Titre".
   *
   * @return the readable change
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(elementKind.label()).append(' ').append(code());
    StringBuilder words = new StringBuilder();
    for (ChangeKind kind : kinds) {
      words.append(words.length() == 0 ? "" : ", ").append(kind.label());
    }
    s.append(' ').append(words);
    StringBuilder details = new StringBuilder();
    if (is(ChangeKind.RECODED)) {
      details.append(oldCode.orElse("?")).append(" → ").append(newCode.orElse("?"));
    }
    if (is(ChangeKind.MOVED)) {
      details.append(details.length() == 0 ? "" : ", ").append("de ")
          .append(oldParent.orElse("—")).append(" vers ").append(newParent.orElse("—"));
    }
    matchedBy.filter(m -> m != MatchedBy.CODE).ifPresent(m ->
        details.append(details.length() == 0 ? "" : ", ").append("apparié par ").append(m.label()));
    if (details.length() > 0) {
      s.append(" (").append(details).append(')');
    }
    s.append(" : ").append(title);
    for (AttributeChange attribute : attributes) {
      s.append("\n    ").append(attribute);
    }
    return s.toString();
  }
}
