package vn.kdcl.normalise;

/**
 * @param mark what the cell says
 * @param text the original text
 */
public record MarkReading(Mark mark, String text) {

    public boolean isMet() {
        return mark == Mark.MET;
    }
}
