package vn.kdcl.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    private static final String LONG = "Kế hoạch cải tiến chất lượng trường tiểu học ".repeat(6).strip();

    @Test
    void aNameThatFitsIsLeftAlone() {
        assertThat(FileNames.fit("Kế hoạch 2024", ".xlsx")).isEqualTo("Kế hoạch 2024");
        assertThat(FileNames.bytes("ế")).isEqualTo(3);
    }

    @Test
    void aLongVietnameseNameIsCutByWholeLettersAndKeepsItsTail() {
        assertThat(FileNames.bytes(LONG)).isGreaterThan(300);
        String fitted = FileNames.fit(LONG, "_1a2b3c4d.xlsx.why.txt");
        assertThat(FileNames.bytes(fitted + "_1a2b3c4d.xlsx.why.txt")).isLessThanOrEqualTo(FileNames.MAX_BYTES)
                .isGreaterThan(FileNames.MAX_BYTES - 4);
        assertThat(fitted).endsWith("…").startsWith("Kế hoạch cải tiến");
        assertThat(LONG).startsWith(fitted.substring(0, fitted.length() - 1));
        // a smaller budget for names that must leave room for more
        assertThat(FileNames.bytes(FileNames.fit(LONG, ".xlsx", 100) + ".xlsx")).isLessThanOrEqualTo(100);
    }

    @Test
    void lettersOutsideTheBasicPlaneAreNotSplit() {
        String emoji = "😀".repeat(100); // four bytes, two chars each
        String fitted = FileNames.fit(emoji, ".xlsx");
        assertThat(fitted.codePoints().limit(fitted.codePointCount(0, fitted.length()) - 1)).allMatch(cp -> cp == 0x1F600);
        assertThat(FileNames.bytes(fitted + ".xlsx")).isLessThanOrEqualTo(FileNames.MAX_BYTES);
    }

    @Test
    void aCodeIsFoundAsAWordOfItsOwn() {
        assertThat(FileNames.hasToken("KHCTCL_79000123_2024-2025", "79000123")).isTrue();
        assertThat(FileNames.hasToken("79000123_KHCTCL", "79000123")).isTrue();
        assertThat(FileNames.hasToken("db-th-001 kế hoạch", "DB-TH-001")).isTrue();
        assertThat(FileNames.hasToken("KHCTCL_790001234", "79000123")).isFalse();
        assertThat(FileNames.hasToken("KHCTCL_179000123", "79000123")).isFalse();
        assertThat(FileNames.hasToken("Trường79000123", "79000123")).isFalse();
        assertThat(FileNames.hasToken("anything", "")).isFalse();
    }
}
