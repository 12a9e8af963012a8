package be.pst.core.diff;

import be.pst.core.action.Action;
import be.pst.core.element.ExternalId;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Status;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Plan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two versions of a plan (comparaison de versions): the adopted plan and its
 * update, the mid-term and the final version. Elements of the tree (OS, OO, actions and
 * sub-actions) are matched, kind by kind, in three rounds:
 *
 * <ol>
 *   <li>by <b>code</b> (the first element of a duplicated code, as everywhere in pst);
 *   <li>then, among the elements left, by <b>external identifier</b> ({@link
 *       PlanElement#externalId()}: an eComptes {@code ElementId}, an iA.PST UID, an ERP key);
 *   <li>then, among those still left, by <b>title similarity</b>: the Sørensen–Dice coefficient
 *       of the titles' character bigrams, accents and case ignored, at least {@value
 *       #TITLE_SIMILARITY_THRESHOLD}; each element is compared with a bounded number of
 *       candidates sharing a word with it, so that matching stays linear in the size of the plans
 *       (about 10⁴ actions in well under a second).
 * </ol>
 *
 * <p>An older element left unmatched is {@link ChangeKind#REMOVED removed}, a newer one {@link
 * ChangeKind#ADDED added}. A matched element is {@link ChangeKind#RECODED re-coded} when its code
 * differs, {@link ChangeKind#MOVED moved} when its parent differs (its older parent's match is not
 * its newer parent), and {@link ChangeKind#MODIFIED modified} when an attribute differs: every
 * attribute of the model but the code and the children, references to other elements compared
 * after translating older codes into newer ones. The order of siblings is not compared. Attributes
 * of the plan itself (title, version, adoption date, legislature, authority, description) are
 * compared too ({@link #planChanges()}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PlanDiff {

  /** The least title similarity (Dice coefficient of character bigrams) for a match by title. */
  public static final double TITLE_SIMILARITY_THRESHOLD = 0.8;

  private final Plan older;
  private final Plan newer;
  private final List<ElementChange> changes;
  private final List<AttributeChange> planChanges;
  private final Map<String, String> codeMapping;
  private final int matched;

  private PlanDiff(Plan older, Plan newer, List<ElementChange> changes,
      List<AttributeChange> planChanges, Map<String, String> codeMapping, int matched) {
    this.older = older;
    this.newer = newer;
    this.changes = List.copyOf(changes);
    this.planChanges = List.copyOf(planChanges);
    this.codeMapping = Collections.unmodifiableMap(new LinkedHashMap<>(codeMapping));
    this.matched = matched;
  }

  /** An element of a tree, with its parent and kind. */
  private static final class Node {
    final PlanElement element;
    final ElementKind kind;
    final Node parent;
    Node match;
    MatchedBy matchedBy;

    Node(PlanElement element, ElementKind kind, Node parent) {
      this.element = element;
      this.kind = kind;
      this.parent = parent;
    }
  }

  /**
   * Compares two versions of a plan.
   *
   * @param older the older version (adopted, mid-term…)
   * @param newer the newer version (updated, final…)
   * @return the differences, from the older to the newer
   */
  public static PlanDiff between(Plan older, Plan newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    List<Node> olderNodes = nodes(older);
    List<Node> newerNodes = nodes(newer);
    matchByCode(olderNodes, newerNodes);
    matchByExternalId(olderNodes, newerNodes);
    matchByTitle(olderNodes, newerNodes);

    Map<String, String> mapping = new LinkedHashMap<>();
    int matched = 0;
    for (Node node : olderNodes) {
      if (node.match != null) {
        matched++;
        mapping.putIfAbsent(node.element.code(), node.match.element.code());
      }
    }
    List<ElementChange> changes = new ArrayList<>();
    for (Node node : newerNodes) {
      if (node.match == null) {
        changes.add(new ElementChange(EnumSet.of(ChangeKind.ADDED), node.kind, Optional.empty(),
            Optional.of(node.element.code()), node.element.title(), Optional.empty(),
            parentCode(node), Optional.empty(), List.of()));
      } else {
        ElementChange change = compare(node.match, node, mapping);
        if (change != null) {
          changes.add(change);
        }
      }
    }
    for (Node node : olderNodes) {
      if (node.match == null) {
        changes.add(new ElementChange(EnumSet.of(ChangeKind.REMOVED), node.kind,
            Optional.of(node.element.code()), Optional.empty(), node.element.title(),
            parentCode(node), Optional.empty(), Optional.empty(), List.of()));
      }
    }
    return new PlanDiff(older, newer, changes, planChanges(older, newer), mapping, matched);
  }

  private static ElementChange compare(Node old, Node node, Map<String, String> mapping) {
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    if (!old.element.code().equals(node.element.code())) {
      kinds.add(ChangeKind.RECODED);
    }
    Node oldParentMatch = old.parent == null ? null : old.parent.match;
    if (oldParentMatch != node.parent) {
      kinds.add(ChangeKind.MOVED);
    }
    List<AttributeChange> attributes = ElementAttributes.compare(old.element, node.element,
        code -> mapping.getOrDefault(code, code));
    if (!attributes.isEmpty()) {
      kinds.add(ChangeKind.MODIFIED);
    }
    if (kinds.isEmpty()) {
      return null;
    }
    return new ElementChange(kinds, node.kind, Optional.of(old.element.code()),
        Optional.of(node.element.code()), node.element.title(), parentCode(old), parentCode(node),
        Optional.of(node.matchedBy), attributes);
  }

  private static Optional<String> parentCode(Node node) {
    return node.parent == null ? Optional.empty() : Optional.of(node.parent.element.code());
  }

  /** The elements of the tree in document order, without recursion. */
  private static List<Node> nodes(Plan plan) {
    List<Node> nodes = new ArrayList<>();
    for (StrategicObjective os : plan.strategicObjectives()) {
      Node osNode = new Node(os, ElementKind.STRATEGIC_OBJECTIVE, null);
      nodes.add(osNode);
      for (OperationalObjective oo : os.operationalObjectives()) {
        Node ooNode = new Node(oo, ElementKind.OPERATIONAL_OBJECTIVE, osNode);
        nodes.add(ooNode);
        Deque<Node> todo = new ArrayDeque<>();
        List<Action> actions = oo.actions();
        for (int i = actions.size() - 1; i >= 0; i--) {
          todo.push(new Node(actions.get(i), ElementKind.ACTION, ooNode));
        }
        while (!todo.isEmpty()) {
          Node action = todo.pop();
          nodes.add(action);
          List<Action> subs = ((Action) action.element).subActions();
          for (int i = subs.size() - 1; i >= 0; i--) {
            todo.push(new Node(subs.get(i), ElementKind.ACTION, action));
          }
        }
      }
    }
    return nodes;
  }

  private static void pair(Node old, Node node, MatchedBy by) {
    old.match = node;
    node.match = old;
    old.matchedBy = by;
    node.matchedBy = by;
  }

  private static void matchByCode(List<Node> olderNodes, List<Node> newerNodes) {
    Map<String, Node> byCode = new HashMap<>();
    for (Node node : newerNodes) {
      byCode.putIfAbsent(node.element.code(), node);
    }
    for (Node old : olderNodes) {
      Node node = byCode.get(old.element.code());
      if (node != null && node.match == null && node.kind == old.kind) {
        pair(old, node, MatchedBy.CODE);
      }
    }
  }

  private static void matchByExternalId(List<Node> olderNodes, List<Node> newerNodes) {
    Map<ExternalId, Node> byId = new HashMap<>();
    for (Node node : newerNodes) {
      if (node.match == null && node.element.externalId().isPresent()) {
        byId.putIfAbsent(node.element.externalId().get(), node);
      }
    }
    for (Node old : olderNodes) {
      if (old.match != null || old.element.externalId().isEmpty()) {
        continue;
      }
      Node node = byId.get(old.element.externalId().get());
      if (node != null && node.match == null && node.kind == old.kind) {
        pair(old, node, MatchedBy.EXTERNAL_ID);
      }
    }
  }

  private static void matchByTitle(List<Node> olderNodes, List<Node> newerNodes) {
    for (ElementKind kind : ElementKind.values()) {
      List<Node> olderLeft = unmatched(olderNodes, kind);
      List<Node> newerLeft = unmatched(newerNodes, kind);
      if (olderLeft.isEmpty() || newerLeft.isEmpty()) {
        continue;
      }
      Function<List<Node>, List<TitleMatcher.Title>> titles = list -> {
        List<TitleMatcher.Title> result = new ArrayList<>(list.size());
        for (Node node : list) {
          result.add(new TitleMatcher.Title(node.element.title()));
        }
        return result;
      };
      int[] match = TitleMatcher.match(titles.apply(olderLeft), titles.apply(newerLeft),
          TITLE_SIMILARITY_THRESHOLD);
      for (int i = 0; i < match.length; i++) {
        if (match[i] >= 0) {
          pair(olderLeft.get(i), newerLeft.get(match[i]), MatchedBy.TITLE);
        }
      }
    }
  }

  private static List<Node> unmatched(List<Node> nodes, ElementKind kind) {
    List<Node> result = new ArrayList<>();
    for (Node node : nodes) {
      if (node.match == null && node.kind == kind) {
        result.add(node);
      }
    }
    return result;
  }

  private static List<AttributeChange> planChanges(Plan older, Plan newer) {
    List<AttributeChange> changes = new ArrayList<>();
    planAttribute(changes, "title", "Intitulé du plan", older.title(), newer.title());
    planAttribute(changes, "version", "Version", older.version(), newer.version());
    planAttribute(changes, "adoptionDate", "Date d'adoption", older.adoptionDate(),
        newer.adoptionDate());
    planAttribute(changes, "legislature", "Législature", older.legislature(),
        newer.legislature());
    planAttribute(changes, "authority", "Autorité", older.authority(), newer.authority());
    planAttribute(changes, "description", "Description du plan", older.description(),
        newer.description());
    return changes;
  }

  private static void planAttribute(List<AttributeChange> changes, String name, String label,
      Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(new AttributeChange(name, label, ElementAttributes.display(before),
          ElementAttributes.display(after)));
    }
  }

  // ------------------------------------------------------------------ what the diff holds

  /**
   * The older version.
   *
   * @return the plan compared from
   */
  public Plan older() {
    return older;
  }

  /**
   * The newer version.
   *
   * @return the plan compared to
   */
  public Plan newer() {
    return newer;
  }

  /**
   * Every changed element: added and matched elements in the newer plan's document order, then
   * removed elements in the older plan's.
   *
   * @return the changes; empty when the trees are equal but for the order of siblings
   */
  public List<ElementChange> changes() {
    return changes;
  }

  /**
   * The changes of one kind.
   *
   * @param kind the kind, e.g. {@link ChangeKind#ADDED}
   * @return the changes of that kind, in the order of {@link #changes()}
   */
  public List<ElementChange> changes(ChangeKind kind) {
    Objects.requireNonNull(kind, "kind");
    List<ElementChange> result = new ArrayList<>();
    for (ElementChange change : changes) {
      if (change.is(kind)) {
        result.add(change);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The number of changed elements per kind of change.
   *
   * @return a count for every kind, zeros included, in {@link ChangeKind} order
   */
  public Map<ChangeKind, Integer> countByKind() {
    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    for (ChangeKind kind : ChangeKind.values()) {
      counts.put(kind, 0);
    }
    for (ElementChange change : changes) {
      change.kinds().forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * The status transitions of matched elements: "À l'étude → En cours".
   *
   * @return the transitions, in the newer plan's document order
   */
  public List<StatusTransition> statusTransitions() {
    List<StatusTransition> result = new ArrayList<>();
    for (ElementChange change : changes) {
      if (change.is(ChangeKind.MODIFIED)
          && change.attributes().stream().anyMatch(a -> a.attribute().equals("status"))) {
        String oldCode = change.oldCode().orElseThrow();
        String newCode = change.newCode().orElseThrow();
        Optional<Status> before = statusOf(older, oldCode);
        Optional<Status> after = statusOf(newer, newCode);
        result.add(new StatusTransition(change.elementKind(), newCode, change.title(), before,
            after));
      }
    }
    return Collections.unmodifiableList(result);
  }

  private static Optional<Status> statusOf(Plan plan, String code) {
    return plan.find(code).flatMap(PlanElement::status);
  }

  /**
   * The attributes of the plan itself that differ: title, version, adoption date, legislature,
   * authority, description.
   *
   * @return the changes, empty if none
   */
  public List<AttributeChange> planChanges() {
    return planChanges;
  }

  /**
   * The code in the newer version of each matched element of the older version (the first
   * element of a duplicated code).
   *
   * @return older code → newer code, in the older plan's document order
   */
  public Map<String, String> codeMapping() {
    return codeMapping;
  }

  /**
   * Whether nothing changed: no element change and no change of the plan itself.
   *
   * @return {@code true} if the versions are the same but for the order of siblings
   */
  public boolean isEmpty() {
    return changes.isEmpty() && planChanges.isEmpty();
  }

  /**
   * The diff in French: a summary line, the plan's changes, then one line per changed element
   * (with one indented line per changed attribute).
   *
   * @return the readable diff
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Différences entre « ").append(older.title())
        .append(older.version().map(v -> " (" + v + ")").orElse("")).append(" » et « ")
        .append(newer.title()).append(newer.version().map(v -> " (" + v + ")").orElse(""))
        .append(" »\n");
    s.append(summary()).append('\n');
    for (AttributeChange change : planChanges) {
      s.append("  plan : ").append(change).append('\n');
    }
    for (ElementChange change : changes) {
      s.append("  ").append(change.toString().replace("\n", "\n  ")).append('\n');
    }
    return s.toString();
  }

  /**
   * One line: "4 éléments changés (1 ajouté, 1 supprimé, 1 recodé, 0 déplacé, 1 modifié) ; 187
   * éléments appariés".
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder s = new StringBuilder().append(changes.size())
        .append(changes.size() > 1 ? " éléments changés (" : " élément changé (");
    boolean first = true;
    for (Map.Entry<ChangeKind, Integer> entry : countByKind().entrySet()) {
      s.append(first ? "" : ", ").append(entry.getValue()).append(' ')
          .append(entry.getKey().label());
      first = false;
    }
    return s.append(") ; ").append(matched).append(matched > 1 ? " éléments appariés" : " élément apparié")
        .toString();
  }
}
