package be.pst.budget;

import be.pst.core.action.Action;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Volet;
import be.pst.core.plan.Plan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each element of a plan sits, for roll-ups: its kind, its strategic objective, the
 * operational objectives (with integer weights) its budget goes to, and its effective volet.
 * Built once per roll-up in one walk of the plan; the first element of a duplicated code wins.
 */
final class ElementIndex {

  enum Kind { STRATEGIC, OPERATIONAL, ACTION }

  static final class Entry {
    final Kind kind;
    final Optional<Volet> volet;
    final Action action;
    final String[] operationalCodes;
    final java.math.BigInteger[] operationalWeights;
    final String[] strategicCodes;
    final java.math.BigInteger[] strategicWeights;
    /** Positions of {@link #operationalCodes} in {@link ElementIndex#operationalCodes()}. */
    int[] operationalSlots;
    /** Positions of {@link #strategicCodes} in {@link ElementIndex#strategicCodes()}. */
    int[] strategicSlots;

    Entry(Kind kind, Optional<Volet> volet, Action action, String[] operationalCodes,
        java.math.BigInteger[] operationalWeights, String[] strategicCodes,
        java.math.BigInteger[] strategicWeights) {
      this.kind = kind;
      this.volet = volet;
      this.action = action;
      this.operationalCodes = operationalCodes;
      this.operationalWeights = operationalWeights;
      this.strategicCodes = strategicCodes;
      this.strategicWeights = strategicWeights;
    }
  }

  private static final java.math.BigInteger[] ONE = {java.math.BigInteger.ONE};

  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final List<String> strategicCodes = new ArrayList<>();
  private final List<String> operationalCodes = new ArrayList<>();
  private final List<String> elementCodes = new ArrayList<>();
  private final Map<String, String> strategicOf = new HashMap<>();

  private ElementIndex() {}

  static ElementIndex of(Plan plan) {
    ElementIndex index = new ElementIndex();
    java.util.Set<String> seenStrategic = new java.util.HashSet<>();
    java.util.Set<String> seenOperational = new java.util.HashSet<>();
    for (StrategicObjective os : plan.strategicObjectives()) {
      for (OperationalObjective oo : os.operationalObjectives()) {
        index.strategicOf.putIfAbsent(oo.code(), os.code());
      }
    }
    for (StrategicObjective os : plan.strategicObjectives()) {
      index.put(os.code(), new Entry(Kind.STRATEGIC, os.volet(), null, new String[0],
          new java.math.BigInteger[0], new String[] {os.code()}, ONE), os);
      if (seenStrategic.add(os.code())) {
        index.strategicCodes.add(os.code());
      }
      for (OperationalObjective oo : os.operationalObjectives()) {
        Optional<Volet> ooVolet = oo.volet().or(os::volet);
        index.put(oo.code(), new Entry(Kind.OPERATIONAL, ooVolet, null,
            new String[] {oo.code()}, ONE, new String[] {os.code()}, ONE), oo);
        if (seenOperational.add(oo.code())) {
          index.operationalCodes.add(oo.code());
        }
        for (Action action : oo.actions()) {
          index.putAction(action, oo.code(), os.code(), ooVolet);
        }
      }
    }
    index.assignSlots();
    return index;
  }

  private void assignSlots() {
    Map<String, Integer> oo = positions(operationalCodes);
    Map<String, Integer> os = positions(strategicCodes);
    for (Entry entry : entries.values()) {
      entry.operationalSlots = slots(entry.operationalCodes, oo);
      entry.strategicSlots = slots(entry.strategicCodes, os);
    }
  }

  private static Map<String, Integer> positions(List<String> codes) {
    Map<String, Integer> result = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      result.putIfAbsent(codes.get(i), i);
    }
    return result;
  }

  private static int[] slots(String[] codes, Map<String, Integer> positions) {
    int[] result = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      result[i] = positions.get(codes[i]);
    }
    return result;
  }

  private void put(String code, Entry entry, PlanElement element) {
    if (entries.putIfAbsent(code, entry) == null) {
      elementCodes.add(code);
      labels.put(code, Budgets.label(element));
    }
  }

  /** The label of an element code: code and title, or the code alone if unknown. */
  String label(String code) {
    return labels.getOrDefault(code, code);
  }

  private void putAction(Action action, String homeCode, String homeStrategic, Optional<Volet> parentVolet) {
    Optional<Volet> volet = action.volet().or(() -> parentVolet);
    Map<String, BigDecimal> shares = shares(action, homeCode);
    String[] oos = shares.keySet().toArray(new String[0]);
    java.math.BigInteger[] ooWeights = Allocation.integerWeights(new ArrayList<>(shares.values()));
    Map<String, BigDecimal> byStrategic = new LinkedHashMap<>();
    for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
      byStrategic.merge(strategicOf.getOrDefault(share.getKey(), homeStrategic), share.getValue(),
          BigDecimal::add);
    }
    String[] oss = byStrategic.keySet().toArray(new String[0]);
    java.math.BigInteger[] osWeights = Allocation.integerWeights(new ArrayList<>(byStrategic.values()));
    put(action.code(), new Entry(Kind.ACTION, volet, action, oos, ooWeights, oss, osWeights),
        action);
    for (Action sub : action.subActions()) {
      putAction(sub, homeCode, homeStrategic, volet);
    }
  }

  /**
   * The shares of an action per operational objective: its objective shares, merged per OO, with
   * shares naming an unknown OO given to the home OO; 100 % to the home OO when it has none, or
   * when they cannot split an amount (a share without percentage, a negative share, or all
   * zero).
   */
  private Map<String, BigDecimal> shares(Action action, String homeCode) {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (ObjectiveShare share : action.objectiveShares()) {
      if (share.percent().isEmpty() || share.percent().get().signum() < 0) {
        return Map.of(homeCode, BigDecimal.ONE);
      }
      String code = strategicOf.containsKey(share.operationalObjectiveCode())
          ? share.operationalObjectiveCode() : homeCode;
      shares.merge(code, share.percent().get(), BigDecimal::add);
      sum = sum.add(share.percent().get());
    }
    if (shares.isEmpty() || sum.signum() == 0) {
      return Map.of(homeCode, BigDecimal.ONE);
    }
    return shares;
  }

  Entry get(String code) {
    return entries.get(code);
  }

  List<String> strategicCodes() {
    return strategicCodes;
  }

  List<String> operationalCodes() {
    return operationalCodes;
  }

  List<String> elementCodes() {
    return elementCodes;
  }
}
