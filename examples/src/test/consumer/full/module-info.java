/** An ERP that keeps its PST and budget with pst, exchanges them as JSON and tests its mapping. */
module erp.consumer {
  requires transitive be.pst.io;
  requires be.pst.testkit;

  exports erp.consumer;
  exports erp.consumer.exchange;
}
