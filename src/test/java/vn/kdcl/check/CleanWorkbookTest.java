package vn.kdcl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kdcl.catalogue.Catalogue;

/** No false positives: a consistent workbook of each circular gives no finding at all. */
class CleanWorkbookTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"TT17/2018", "TT18/2018", "TT19/2018"})
    void cleanWorkbookHasNoFindings(String catalogueId) {
        PlanWorkbooks.Book book = PlanWorkbooks.clean(catalogueId);
        Pipeline.Result r = Pipeline.run(book.write(dir.resolve(catalogueId.replace('/', '-') + ".xlsx")));

        assertThat(r.findings()).isEmpty();
        // …and the workbook really was understood, not skipped.
        Catalogue cat = book.catalogue;
        var s = r.built().submission();
        assertThat(s.catalogueId()).isEqualTo(catalogueId);
        assertThat(s.criteria()).hasSize(cat.criteria().size()).allMatch(c -> c.level() == 2);
        assertThat(s.computed().level()).isEqualTo(2);
        assertThat(s.level4()).hasSize(cat.level4().size());
        assertThat(s.tasks()).extracting(t -> t.criterion()).containsExactly("1.1", "2.1");
        assertThat(s.tasks()).extracting(t -> t.amount()).containsExactly(81_000_000L, 20_000_000L);
        assertThat(r.built().context().funding()).hasSize(2);
        assertThat(s.declaredTotal()).isEqualTo(101_000_000L);
    }
}
