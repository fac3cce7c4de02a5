package vn.kdcl.normalise;

import java.util.Optional;

import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.catalogue.SchoolTypeNames;

/** "Cấp học" as schools write it → the exported school type (MN, TH, THCS, THPT, PTNCH, GDTX). */
public final class SchoolTypeParser {

    public Optional<SchoolType> parse(String text) {
        return SchoolTypeNames.parse(text);
    }
}
