package vn.kdcl.report;

/** A management unit (Đơn vị quản lý) and a school year: the scope of one dashboard. */
public record UnitYear(String year, String unit) {

    /** Shown when a submission names no unit. */
    public static final String NO_UNIT = "(Chưa ghi đơn vị quản lý)";

    public String unitLabel() {
        return label(unit);
    }

    /** How a unit is shown: {@link #NO_UNIT} when a submission names none. */
    public static String label(String unit) {
        return unit == null || unit.isBlank() ? NO_UNIT : unit;
    }
}
