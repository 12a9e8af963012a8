package erp.consumer.exchange;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.money.EuroAmount;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import erp.consumer.ErpBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The ERP's exchange screen: a PST file written and read back, amounts in the ERP's own JSON. */
public final class ErpExchange {

  private ErpExchange() {}

  /**
   * Writes the ERP's plan as a PST file, reads it back, and puts an amount through the ERP's
   * {@code ObjectMapper}, once with the module registered by hand and once found by Jackson.
   *
   * @return one line: round trip, amount JSON, modules found
   * @throws IOException if the temporary file cannot be written or read
   * @throws PstFormatException if the file read back is not a PST
   */
  public static String run() throws IOException, PstFormatException {
    BudgetedPlan pst = ErpBudget.plan();
    Path file = Files.createTempFile("erp-pst", ".json");
    try {
      PstJson.write(pst, file);
      BudgetedPlan back = PstJson.read(file);
      ObjectMapper byHand = new ObjectMapper().registerModule(PstJson.module());
      ObjectMapper found = new ObjectMapper().findAndRegisterModules();
      return "round trip " + back.equals(pst)
          + "; " + amountJson(byHand)
          + "; found " + found.getRegisteredModuleIds();
    } finally {
      Files.delete(file);
    }
  }

  private static String amountJson(ObjectMapper mapper) throws JsonProcessingException {
    return mapper.writeValueAsString(EuroAmount.parse("12.34"));
  }
}
