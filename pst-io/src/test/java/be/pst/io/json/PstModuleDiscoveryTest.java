package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PstModuleDiscoveryTest {

  @Test
  void findModulesDiscoversThePstModuleThroughTheServiceLoader() {
    assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(PstModule.class);
  }

  @Test
  void findAndRegisterModulesLetsAPlainMapperReadDocuments() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    BudgetedPlan plan = SamplePlans.small();
    assertThat(mapper.readValue(PstJson.toJson(plan), BudgetedPlan.class)).isEqualTo(plan);
  }
}
