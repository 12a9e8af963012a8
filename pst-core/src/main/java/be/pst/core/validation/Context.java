package be.pst.core.validation;

import be.pst.core.plan.Plan;
import java.util.List;

/** The plan under validation and its located elements. */
record Context(Plan plan, List<Located> elements) {}
