package vn.kdcl.demo;

import java.time.LocalDate;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.SchoolType;

/** A fictitious school and the submission it makes. */
record DemoSchool(String code, String name, String levelLabel, SchoolType type, DemoData.Unit unit, String commune,
                  String schoolYear, LocalDate preparedOn, Catalogue catalogue) {

    int startYear() {
        return Integer.parseInt(schoolYear.substring(0, 4));
    }
}
