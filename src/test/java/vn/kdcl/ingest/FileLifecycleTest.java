package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.home.KdclHome;

/** Moves out of the inbox: to the recorded place, to duplicates/ when it is taken, and idempotent on a re-run. */
class FileLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void movesToTheRecordedPlaceCreatingItsFolder() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("h")).create();
        FileLifecycle lifecycle = new FileLifecycle(home);
        Path source = write(home.inbox().resolve("Trường A/kế hoạch.xlsx"), "a");
        Files.deleteIfExists(home.archive());

        assertThat(lifecycle.place(source, "archive/A_2024-2025_1234abcd.xlsx")).isEqualTo("archive/A_2024-2025_1234abcd.xlsx");
        assertThat(source).doesNotExist();
        assertThat(home.archive().resolve("A_2024-2025_1234abcd.xlsx")).hasContent("a");
    }

    @Test
    void aRerunAfterTheMoveChangesNothing() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("h")).create();
        FileLifecycle lifecycle = new FileLifecycle(home);
        Path source = write(home.inbox().resolve("a.xlsx"), "a");
        lifecycle.place(source, "archive/A.xlsx");

        assertThat(lifecycle.place(source, "archive/A.xlsx")).isEqualTo("archive/A.xlsx");
        assertThat(lifecycle.place(home.inbox().resolve("never-there.xlsx"), "archive/B.xlsx")).isEqualTo("archive/B.xlsx");
        assertThat(home.archive().resolve("A.xlsx")).hasContent("a");
        assertThat(home.archive().resolve("duplicates")).doesNotExist();
        assertThat(home.archive().resolve("B.xlsx")).doesNotExist();
    }

    @Test
    void aTakenPlaceSendsTheFileToDuplicatesUnderAFreeName() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("h")).create();
        FileLifecycle lifecycle = new FileLifecycle(home);
        write(home.archive().resolve("A.xlsx"), "first");
        Path one = write(home.inbox().resolve("x/kế hoạch.xlsx"), "second");
        Path two = write(home.inbox().resolve("y/kế hoạch.xlsx"), "third");

        assertThat(lifecycle.place(one, "archive/A.xlsx")).isEqualTo("archive/duplicates/kế hoạch.xlsx");
        assertThat(lifecycle.place(two, "archive/A.xlsx")).isEqualTo("archive/duplicates/kế hoạch (2).xlsx");
        assertThat(home.archive().resolve("A.xlsx")).hasContent("first");
        assertThat(home.archive().resolve("duplicates/kế hoạch.xlsx")).hasContent("second");
        assertThat(home.archive().resolve("duplicates/kế hoạch (2).xlsx")).hasContent("third");
        assertThat(one).doesNotExist();
        assertThat(two).doesNotExist();
    }

    private static Path write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
