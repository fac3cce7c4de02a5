package vn.kdcl.feedback;

/**
 * Where a finding points in the workbook.
 *
 * @param sheet  the sheet name as the workbook spells it (or as the finding gives it when not found), or null
 * @param cell   the cell as shown to the school ("H3"), or null
 * @param link   internal hyperlink address ("'Kế hoạch cải tiến'!H3"), or null when there is nothing to go to
 * @param marked true when the cell was highlighted and commented
 */
record Target(String sheet, String cell, String link, boolean marked) {

    static final Target NOWHERE = new Target(null, null, null, false);

    static String address(String sheet, String cell) {
        return "'" + sheet.replace("'", "''") + "'!" + cell;
    }
}
