package vn.kdcl.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/findings.md is the officer's list of codes: every code a rule can emit has its row there. */
class FindingsDocTest {

    @Test
    void everyRuleCodeIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("docs/findings.md"));
        List<String> codes = Checker.standard().rules().stream().map(CheckRule::code).toList();
        assertThat(codes).contains("CRT-007", "PLN-009", "PLN-010", "PLN-011", "PLN-012", "PLN-013");
        for (String code : codes) {
            assertThat(doc).as(code).contains("| " + code + " |");
        }
        assertThat(doc).contains("| SCH-006 | WARNING |");
    }
}
