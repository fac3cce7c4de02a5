package vn.kdcl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.kdcl.check.rules.CriterionRules;
import vn.kdcl.check.rules.FundingRules;
import vn.kdcl.check.rules.PlanRules;
import vn.kdcl.check.rules.SchoolRules;
import vn.kdcl.check.rules.SummaryRules;
import vn.kdcl.check.rules.Tt57Rules;

/** Runs every consistency rule over one normalised workbook. */
public class Checker {

    private final List<CheckRule> rules;

    public Checker(List<CheckRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Checker standard() {
        return new Checker(Stream.of(SchoolRules.all(), CriterionRules.all(), SummaryRules.all(), PlanRules.all(),
                FundingRules.all(), Tt57Rules.all()).flatMap(List::stream).toList());
    }

    /** The rules, in the order they run (docs are checked against their codes). */
    public List<CheckRule> rules() {
        return rules;
    }

    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (CheckRule rule : rules) {
            rule.check(context, out);
        }
        return out;
    }
}
