package vn.kdcl.withdraw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.DurableCommits;
import vn.kdcl.ingest.FileLifecycle;
import vn.kdcl.submission.SubmissionStore;
import vn.kdcl.submission.SubmissionStore.Match;

/**
 * Withdraws a file a school sent by mistake (the wrong school's code, a test file): it stops counting, the school's
 * previous file for that year (if any) is in use again, and the file moves to {@code archive/withdrawn/}, where
 * neither the reports nor {@code kdcl repair --from-files} look. Nothing is deleted; the same content sent again is
 * recognised as known (FILE-005).
 */
@Service
public class Withdrawal {

    /** What a withdrawal did: the file, where it went, and the school's file in use now (if any). */
    public record Done(Match withdrawn, String movedTo, Optional<Match> current) {
    }

    private static final Set<String> ACCEPTED = Set.of("CURRENT", "SUPERSEDED", "HISTORY");

    private final SubmissionStore store;
    private final KdclHome home;
    private final TransactionTemplate tx;
    private final DurableCommits durable;

    public Withdrawal(SubmissionStore store, KdclHome home, PlatformTransactionManager tm, DurableCommits durable) {
        this.store = store;
        this.home = home;
        this.tx = new TransactionTemplate(tm);
        this.durable = durable;
    }

    /** Why {@code m} cannot be withdrawn, in Vietnamese, or null when it can. */
    public static String refusal(Match m) {
        if (ACCEPTED.contains(m.state())) {
            return null;
        }
        return "REJECTED".equals(m.state()) ? "tệp này đã bị từ chối, không được tính ở đâu cả; không cần rút."
                : "tệp này đã được rút rồi.";
    }

    public Done withdraw(Match m) {
        String refused = refusal(m);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        Path source = home.root().resolve(m.storedPath());
        Path dir = home.archive().resolve("withdrawn");
        Path target = dir.resolve(source.getFileName().toString());
        boolean moved = false;
        try {
            if (Files.exists(source)) {
                Files.createDirectories(dir);
                target = FileLifecycle.uniqueIn(dir, source.getFileName().toString());
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
                moved = true;
            } else if (!Files.exists(target)) {
                throw new IllegalStateException("không thấy tệp " + source + " (cũng không có trong " + dir + ").");
            }
            // else: a withdrawal interrupted after the move; the database catches up now
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + source, e);
        }
        String movedTo = home.root().relativize(target).toString().replace('\\', '/');
        try {
            Optional<Match> current = tx.execute(status -> store.withdraw(m.id(), movedTo));
            durable.sync();
            return new Done(m, movedTo, current);
        } catch (RuntimeException e) {
            if (moved) {
                try {
                    Files.move(target, source, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException back) {
                    e.addSuppressed(back);
                }
            }
            throw e;
        }
    }
}
