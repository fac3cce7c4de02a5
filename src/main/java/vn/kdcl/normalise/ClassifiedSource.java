package vn.kdcl.normalise;

import java.util.Optional;

/**
 * A funding source read from text.
 *
 * @param source  the source, or null when none is stated (PLN-008)
 * @param text    the original text
 * @param matched the folded words that decided it ("ngan sach cap"), or null
 */
public record ClassifiedSource(FundingSource source, String text, String matched) {

    public Optional<FundingSource> value() {
        return Optional.ofNullable(source);
    }

    public boolean isStated() {
        return source != null;
    }
}
