package vn.kdcl.normalise;

/**
 * "Mức độ thực hiện" of a plan activity (TT57/2026 plan form), as reviewed at the end of term I and of the year.
 *
 * @param state   what the text says, null when blank or not understood
 * @param percent the percentage when one is written ("70%"), else null
 * @param text    the original text
 * @param status  NONE for a blank cell, NOT_UNDERSTOOD for text that names no state
 */
public record Progress(State state, Integer percent, String text, ParseStatus status) {

    /** The states offices count; the share of DONE / IN_PROGRESS / NOT_STARTED is what criterion 1.4 asks for. */
    public enum State {
        DONE("Hoàn thành"),
        IN_PROGRESS("Đang thực hiện"),
        NOT_STARTED("Chưa thực hiện"),
        NOT_DONE("Chưa hoàn thành"),
        ADJUSTED("Điều chỉnh");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** The Vietnamese label the template's dropdown uses. */
        public String label() {
            return label;
        }
    }
}
