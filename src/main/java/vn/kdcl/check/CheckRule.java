package vn.kdcl.check;

import java.util.List;

/** One consistency rule: it owns one finding code and adds its findings to the list. */
public interface CheckRule {

    String code();

    void check(CheckContext context, List<Finding> out);
}
