// pst-shell startup: the public API of pst, imported, after the imports of JShell's own
// default startup (so that scripts see the same names as the interactive shell).
import java.io.*;
import java.math.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.prefs.*;
import java.util.regex.*;
import java.util.stream.*;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import be.pst.core.action.*;
import be.pst.core.element.*;
import be.pst.core.funding.*;
import be.pst.core.indicator.*;
import be.pst.core.objective.*;
import be.pst.core.person.*;
import be.pst.core.plan.*;
import be.pst.core.schedule.*;
import be.pst.core.validation.*;
import be.pst.budget.financing.*;
import be.pst.budget.group.*;
import be.pst.budget.line.*;
import be.pst.budget.money.*;
import be.pst.budget.*;
import be.pst.io.*;
import be.pst.io.json.*;
import be.pst.io.ecomptes.*;

/** Reads a PST JSON file (format be.pst/1): {@code var pst = open("examples/…/pst.json");}. */
BudgetedPlan open(String path) throws PstFormatException, java.io.IOException {
  return PstJson.read(Path.of(path));
}

/** A euro amount: {@code eur("287500.00")} or as pst prints it, {@code eur("287.500,00 €")}. */
EuroAmount eur(String amount) {
  return EuroAmount.parse(amount);
}
