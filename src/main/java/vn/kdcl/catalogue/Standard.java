package vn.kdcl.catalogue;

import java.util.List;

/** A standard (tiêu chuẩn) with its criteria in official order. */
public record Standard(int number, String name, List<Criterion> criteria) {
    public Standard {
        criteria = List.copyOf(criteria);
    }
}
