/**
 * An ERP that keeps its PST and budget with pst. Its exported API hands out pst's types
 * ({@code ErpBudget.plan()}), hence {@code requires transitive}.
 */
module erp.consumer {
  requires transitive be.pst.budget;

  exports erp.consumer;
}
