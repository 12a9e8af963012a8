package be.pst.io.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import be.pst.io.ecomptes.EcomptesImport;
import be.pst.io.ecomptes.EcomptesIssue;
import be.pst.io.ecomptes.EcomptesOptions;
import be.pst.io.ecomptes.EcomptesXml;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error contract of {@code EcomptesXml.read} (strict and lenient) and {@code validate},
 * checked on 5 000 deterministic mutants of the eComptes exports of the five example plans and of
 * the eComptes documents of the test resources: every mutant either reads (validates) or fails
 * with a {@link PstFormatException} that says where (XML path, line, column); nothing else
 * escapes; no operation takes a second; no file or network resource named by an injected DTD
 * or entity is ever read; and every plan read writes a schema-valid document that reads back,
 * saves as JSON and reads back equal, consolidates and rolls up without an exception.
 */
class EcomptesMutationTest {

  private static final long SEED = 20_240_602L;
  private static final int MUTANTS = Integer.getInteger("pst.mutants.ecomptes", 5_000);
  private static final String SECRET = "TOP-SECRET-7f3a";

  private static final EcomptesOptions STRICT = EcomptesOptions.builder().lenient(false).build();
  private static final EcomptesOptions LENIENT = EcomptesOptions.defaults();

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyMutantReadsOrIsRejectedWithItsPlaceWithinASecondAndWhatReadsWritesAndRollsUp(
      @TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    ContractReport report = new ContractReport("eComptes");
    long start;
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      HostileTargets targets = new HostileTargets(secret.toUri().toString(),
          "http://127.0.0.1:" + listener.getLocalPort() + "/pst.dtd");
      List<SeedDocument> seeds = Seeds.ecomptesDocuments();
      warmUp(seeds);
      Mutator mutator = Mutator.xml(seeds, SEED, targets);
      start = System.nanoTime();
      MutationRun.forEach(MUTANTS, i -> {
        long t0 = System.nanoTime();
        Mutant m = mutator.mutant(i);
        report.generated(m);
        validate(m, report);
        BudgetedPlan strict = read(m, "strict read", STRICT, report);
        BudgetedPlan lenient = read(m, "lenient read", LENIENT, report);
        if (strict != null && lenient != null && !strict.equals(lenient)) {
          report.breach(m, "strict and lenient reads give different plans", "");
        }
        if (lenient != null) {
          writeReadBackAndRollUp(m, lenient, report);
        }
        report.spent(m, System.nanoTime() - t0);
      });
      listener.setSoTimeout(1);
      assertThatThrownBy(listener::accept).as("a mutant made a reader contact the network")
          .isInstanceOf(SocketTimeoutException.class);
    }
    System.out.printf("%s, in %.1f s%n%s", report.summary(), (System.nanoTime() - start) / 1e9,
        report.perKind());
    assertThat(report.count("lenient read OK")).isPositive();
    assertThat(report.count("strict read rejected")).isPositive();
    if (!report.holds()) {
      fail("the eComptes reading contract is breached:%n%s%n%s", report.summary(),
          report.breaches());
    }
  }

  /**
   * Reads, validates and writes the seed documents, and a few large documents, a few times, so
   * that the 1 s bound measures the readers and not the JIT compiler's first minutes.
   */
  private static void warmUp(List<SeedDocument> seeds) throws Exception {
    String small = new String(seeds.get(seeds.size() - 1).bytes(), StandardCharsets.UTF_8);
    List<byte[]> documents = new ArrayList<>();
    for (SeedDocument seed : seeds) {
      documents.add(seed.bytes());
    }
    for (String big : List.of("x".repeat(300_000), "\uD83D\uDE00".repeat(150_000),
        "&#233;".repeat(30_000), "<Plan>p</Plan>".repeat(20_000))) {
      documents.add(small.replaceFirst("<Plans>", "<Plans>" + Matcher.quoteReplacement(big))
          .getBytes(StandardCharsets.UTF_8));
    }
    for (int round = 0; round < 2; round++) {
      for (byte[] document : documents) {
        try {
          EcomptesXml.validate(new ByteArrayInputStream(document));
          EcomptesXml.read(new ByteArrayInputStream(document), STRICT);
          EcomptesImport in = EcomptesXml.read(new ByteArrayInputStream(document));
          EcomptesXml.validate(EcomptesXml.toXml(in.budgetedPlan()));
          PstJson.parse(PstJson.toJson(in.budgetedPlan()));
        } catch (PstFormatException e) {
          // some are refused on purpose (fraction-of-cent.xml, text in Plans)
        }
      }
    }
  }

  private static void validate(Mutant m, ContractReport report) {
    Attempt<List<EcomptesIssue>> validate =
        Attempt.timed(() -> EcomptesXml.validate(m.stream()), ContractReport.LIMIT_NANOS);
    report.time(m, "validate", validate.nanos);
    if (validate.failure == null) {
      report.outcome(m, "validate", validate.value.isEmpty() ? "valid" : "invalid");
      for (EcomptesIssue issue : validate.value) {
        if (issue.message().contains(SECRET)) {
          report.breach(m, "validate: the secret file was read", issue.message());
        }
      }
    } else if (validate.failure instanceof PstFormatException) {
      report.outcome(m, "validate", "refused");
      checkPlace(m, "validate", (PstFormatException) validate.failure, report);
    } else {
      report.outcome(m, "validate", "escaped");
      report.escape(m, "validate", validate.failure);
    }
  }

  private static BudgetedPlan read(Mutant m, String operation, EcomptesOptions options,
      ContractReport report) {
    Attempt<EcomptesImport> read =
        Attempt.timed(() -> EcomptesXml.read(m.stream(), options), ContractReport.LIMIT_NANOS);
    report.time(m, operation, read.nanos);
    if (read.failure == null) {
      report.outcome(m, operation, "OK");
      return read.value.budgetedPlan();
    }
    if (read.failure instanceof PstFormatException) {
      report.outcome(m, operation, "rejected");
      checkPlace(m, operation, (PstFormatException) read.failure, report);
    } else {
      report.outcome(m, operation, "escaped");
      report.escape(m, operation, read.failure);
    }
    return null;
  }

  private static void checkPlace(Mutant m, String operation, PstFormatException e,
      ContractReport report) {
    if (e.line() < 1 || e.column() < 1 || e.pointer() == null) {
      report.breach(m, operation + ": PstFormatException without XML path, line and column",
          e.getMessage());
    }
    if (e.getMessage().contains(SECRET)) {
      report.breach(m, operation + ": the secret file was read", e.getMessage());
    }
  }

  private static void writeReadBackAndRollUp(Mutant m, BudgetedPlan plan, ContractReport report) {
    PlanChecks.step(m, report, "write eComptes, validate and read back", () -> {
      String xml = EcomptesXml.toXml(plan);
      List<EcomptesIssue> issues = EcomptesXml.validate(xml);
      if (!issues.isEmpty()) {
        report.breach(m, "write eComptes: the document written is not valid",
            issues.get(0).toString());
      }
      return EcomptesXml.parse(xml, STRICT);
    });
    PlanChecks.step(m, report, "save as JSON and read back", () -> {
      String json = PstJson.toJson(plan);
      if (json.contains(SECRET)) {
        report.breach(m, "read: the secret file was read", "");
      }
      if (!PstJson.parse(json).equals(plan)) {
        report.breach(m, "save as JSON and read back: a different plan", "");
      }
      return null;
    });
    PlanChecks.consolidatesAndRollsUp(m, plan, report);
  }
}
