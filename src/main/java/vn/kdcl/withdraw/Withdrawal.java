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

import vn.kdcl.hash.Sha256;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.DurableCommits;
import vn.kdcl.ingest.FileLifecycle;
import vn.kdcl.submission.SubmissionStore;
import vn.kdcl.submission.SubmissionStore.Match;

/**
 * Withdraws a file a school sent by mistake (the wrong school's code, a test file): it stops counting, the school's
 * previous file for that year (if any) is in use again, and the file moves to {@code archive/withdrawn/}, where
 * neither the reports nor {@code kdcl repair --from-files} look. Nothing is deleted; the same content sent again is
 * recognised as known (FILE-005), so a withdrawal is undone with {@link #restore}, not by sending the file again.
 */
@Service
public class Withdrawal {

    /** What a withdrawal did: the file, where it went, and the school's file in use now (if any). */
    public record Done(Match withdrawn, String movedTo, Optional<Match> current) {
    }

    /** What undoing a withdrawal did: the file, where it is again, its state, and the file it replaced (if any). */
    public record Restored(Match restored, String movedTo, SubmissionStore.State state, Optional<Match> replaced) {
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

    /** Why the withdrawal of {@code m} cannot be undone, in Vietnamese, or null when it can. */
    public static String restoreRefusal(Match m) {
        return SubmissionStore.State.WITHDRAWN.name().equals(m.state()) ? null
                : "tệp này chưa bị rút" + ("REJECTED".equals(m.state()) ? " (nó đã bị từ chối khi nhập)." : "; không có gì để hoàn tác.");
    }

    public Done withdraw(Match m) {
        String refused = refusal(m);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        Path dir = home.withdrawn();
        Path source = home.root().resolve(m.storedPath());
        return moveThen(source, dir, movedTo -> new Done(m, movedTo, store.withdraw(m.id(), movedTo)));
    }

    /**
     * Undoes a withdrawal: the file goes back from {@code archive/withdrawn/} to {@code archive/} and counts again
     * with the state it would have had (see {@link SubmissionStore#restore}).
     */
    public Restored restore(Match m) {
        String refused = restoreRefusal(m);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        Path source = home.root().resolve(m.storedPath());
        return moveThen(source, home.archive(), movedTo -> {
            SubmissionStore.Restored r = store.restore(m.id(), movedTo);
            return new Restored(m, movedTo, r.state(), r.replaced());
        });
    }

    /**
     * For a database built again from the files ({@code kdcl repair --from-files}): the copy of a withdrawn file that
     * went through the import is withdrawn again, pointing at the file kept in {@code archive/withdrawn/}, and the
     * copy the import filed is removed (the same bytes stay in the kept file). False when the content is not among
     * the accepted files.
     */
    public boolean withdrawAgain(String sha256, String keptPath) {
        Optional<SubmissionStore.Known> known = store.findBySha(sha256).filter(k -> ACCEPTED.contains(k.state()));
        if (known.isEmpty()) {
            return false;
        }
        Path copy = home.root().resolve(known.get().storedPath());
        tx.execute(status -> store.withdraw(known.get().id(), keptPath));
        durable.sync();
        try {
            if (!copy.equals(home.root().resolve(keptPath)) && Files.isRegularFile(copy) && Sha256.of(copy).equals(sha256)) {
                Files.delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the copy " + copy, e);
        }
        return true;
    }

    /**
     * Moves {@code source} into {@code dir} (under a free name), then records the change in one transaction made
     * durable; the file goes back when the database refuses. A move done by an interrupted earlier call (the file is
     * in {@code dir} already, the database not changed) is completed by recording it.
     */
    private <T> T moveThen(Path source, Path dir, java.util.function.Function<String, T> record) {
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
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + source, e);
        }
        String movedTo = home.root().relativize(target).toString().replace('\\', '/');
        try {
            T done = tx.execute(status -> record.apply(movedTo));
            durable.sync();
            return done;
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
