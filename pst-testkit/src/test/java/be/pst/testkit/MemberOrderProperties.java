package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.io.json.PstJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Members may come in any order: a document whose objects are shuffled (an indicator's values
 * before its kind, the budget before the plan…) reads as the same plan. Only the tagged value
 * {@code {"kind", "value"}} keeps {@code kind} first, as the format requires.
 */
class MemberOrderProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Provide
  Arbitrary<Tuple2<BudgetedPlan, Long>> plansAndSeeds() {
    return PstArbitraries.budgetedPlans()
        .flatMap(plan -> Arbitraries.longs().map(seed -> Tuple.of(plan, seed)));
  }

  @Property(tries = 200)
  void shuffledMembersReadAsTheSamePlan(
      @ForAll("plansAndSeeds") Tuple2<BudgetedPlan, Long> planAndSeed) throws Exception {
    BudgetedPlan plan = planAndSeed.get1();
    JsonNode tree = MAPPER.readTree(PstJson.toJson(plan));
    shuffle(tree, new Random(planAndSeed.get2()));
    assertThat(PstJson.parse(MAPPER.writeValueAsString(tree))).isEqualTo(plan);
  }

  private static void shuffle(JsonNode node, Random random) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        members.add(it.next());
      }
      boolean tagged = members.size() == 2 && object.has("kind") && object.has("value");
      if (!tagged) {
        Collections.shuffle(members, random);
      }
      object.removeAll();
      for (Map.Entry<String, JsonNode> member : members) {
        object.set(member.getKey(), member.getValue());
      }
    }
    for (JsonNode child : node) {
      shuffle(child, random);
    }
  }
}
