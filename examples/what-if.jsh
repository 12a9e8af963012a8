// "What if" scenarios on the Ottignies PST: how the net cost (coût net) of the plan changes
// per exercice when an action is postponed, when an action is dropped, and when the rate of
// a loan changes. Plans are immutable: every scenario is a modified copy of the base.
//
//   ./pst-shell examples/what-if.jsh
import java.util.*;
import java.util.stream.*;

var base = open("examples/ottignies-2019-2024/pst.json");
var legislature = base.plan().legislature();

/** Prints the net cost of both plans per exercice of the legislature, after it, and in all. */
void compare(String title, BudgetedPlan before, BudgetedPlan after) {
  var a = Budgets.consolidate(before);
  var b = Budgets.consolidate(after);
  System.out.println("Scénario : " + title);
  System.out.printf("  %-11s %14s %14s %14s%n", "coût net", "base", "scénario", "différence");
  for (int year : legislature.exercices()) {
    row(Integer.toString(year), a.netCost(year), b.netCost(year));
  }
  var beyond = IntStream.concat(a.exercices().stream().mapToInt(Integer::intValue),
          b.exercices().stream().mapToInt(Integer::intValue))
      .filter(y -> y > legislature.lastExercice()).distinct().sorted().boxed().toList();
  if (!beyond.isEmpty()) {
    row("après " + legislature.lastExercice(),
        EuroAmount.sum(beyond.stream().map(a::netCost).toList()),
        EuroAmount.sum(beyond.stream().map(b::netCost).toList()));
  }
  row("total", a.totalNetCost(), b.totalNetCost());
  System.out.println();
}

String shorten(String text, int max) {
  return text.length() <= max ? text : text.substring(0, max - 1) + "…";
}

void row(String label, EuroAmount before, EuroAmount after) {
  System.out.printf("  %-11s %14s %14s %14s%n", label, before.formatPlain(),
      after.formatPlain(), after.subtract(before).formatPlain());
}

System.out.println(base.plan());
System.out.println("Base : le PST adopté, coût net total " + Budgets.consolidate(base).totalNetCost().format());
System.out.println();

// 1. Postpone A9 (the works at chaussée de La Croix, 10) by one exercice.
var a9 = base.plan().findAction("OS1-OP3-A9").orElseThrow();
var postponed = base.postpone(a9.code(), 1);   // its schedule and its budget lines move together
System.out.println("A9 : " + a9.schedule().orElseThrow() + " → "
    + postponed.plan().findAction(a9.code()).orElseThrow().schedule().orElseThrow());
compare("A9 reportée d'un an (" + shorten(a9.title(), 60) + ")", base, postponed);

// 2. Drop A21 (a second pension pillar for the contract staff).
var a21 = base.plan().findAction("OS2-OP7-A21").orElseThrow();
var dropped = base.remove(a21.code());        // the action leaves its OO, its lines the budget
System.out.println("Sans A21 : " + dropped.plan());
compare("A21 abandonnée (" + shorten(a21.title(), 60) + ")", base, dropped);

// 3. A loan's rate. The annex books for A11 (MRS) a loan of 100.000,00 € in 2020 (group 82)
//    without its terms. ILLUSTRATIVE terms: 20 years, constant annuities, first charge 2020,
//    replacing the annex's debt charges (7X) of A11; rate 1,5 % in the base, 3 % in the scenario.
Loan loanAt(String rate) {
  return Loan.builder()
      .principal(eur("100000.00"))
      .years(20)
      .annualRate(new BigDecimal(rate))
      .method(RepaymentMethod.ANNUITY)
      .firstExercice(2020)
      .rounding(RoundingMode.HALF_EVEN)
      .elementCode("OS1-OP4-A11")
      .label("Emprunt MRS (conditions illustratives)")
      .build();
}

BudgetedPlan financedBy(BudgetedPlan pst, Loan loan) {
  var lines = new ArrayList<BudgetLine>();
  for (var line : pst.lines()) {
    boolean a11Debt = line.elementCode().equals(Optional.of("OS1-OP4-A11"))
        && (line.group().equals(Optional.of(EconomicGroup.ORDINARY_EXPENSES_DEBT))
            || line.group().equals(Optional.of(EconomicGroup.EXTRAORDINARY_RECEIPTS_DEBT)));
    if (!a11Debt) {
      lines.add(line);
    }
  }
  lines.addAll(loan.toBudgetLines());
  return pst.withLines(lines);
}

var low = loanAt("0.015");
var high = loanAt("0.03");
System.out.println("Emprunt de A11 : " + low.principal().format() + ", 20 ans, annuités constantes"
    + " (conditions ILLUSTRATIVES, l'annexe ne les donne pas)");
System.out.println("  à 1,5 % : annuité " + low.schedule().instalments().get(0).charge().format()
    + ", intérêts totaux " + low.schedule().totalInterest().format());
System.out.println("  à 3 %   : annuité " + high.schedule().instalments().get(0).charge().format()
    + ", intérêts totaux " + high.schedule().totalInterest().format());
compare("taux de l'emprunt de A11 porté de 1,5 % à 3 %", financedBy(base, low), financedBy(base, high));
