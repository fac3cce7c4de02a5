package vn.kdcl.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder everything kdcl-hub writes lives under (CONTRACT.md "Home layout").
 * Chosen by {@code --home}, else {@code KDCL_HOME}, else {@code ./data}.
 */
public record KdclHome(Path root) {

    public static final String ENV = "KDCL_HOME";

    public KdclHome {
        root = root.toAbsolutePath().normalize();
    }

    public static KdclHome resolve(Path option, String env) {
        if (option != null) {
            return new KdclHome(option);
        }
        if (env != null && !env.isBlank()) {
            return new KdclHome(Path.of(env.trim()));
        }
        return new KdclHome(Path.of("data"));
    }

    public Path inbox() { return root.resolve("inbox"); }
    public Path archive() { return root.resolve("archive"); }
    /** Files withdrawn with kdcl withdraw (sent by mistake): kept, counted nowhere. */
    public Path withdrawn() { return archive().resolve("withdrawn"); }
    public Path rejected() { return root.resolve("rejected"); }
    public Path feedback() { return root.resolve("feedback"); }
    public Path reports() { return root.resolve("reports"); }
    public Path runs() { return root.resolve("runs"); }
    public Path db() { return root.resolve("db"); }
    public Path logs() { return root.resolve("logs"); }

    /** The school registry when present: {@code registry.xlsx}, else {@code .xls}, {@code .ods} or {@code .csv}. */
    public Optional<Path> registry() {
        return Stream.of("registry.xlsx", "registry.xls", "registry.ods", "registry.csv").map(root::resolve)
                .filter(Files::isRegularFile).findFirst();
    }

    /** Creates the standard folders; harmless when they exist. */
    public KdclHome create() {
        try {
            for (Path p : new Path[] {inbox(), archive(), rejected(), feedback(), reports(), runs(), db(), logs()}) {
                Files.createDirectories(p);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create home folders under " + root, e);
        }
    }
}
