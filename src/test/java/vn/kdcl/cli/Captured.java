package vn.kdcl.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What a command printed to stdout or stderr while it ran (UTF-8), for tests of the command line. */
public final class Captured {

    private Captured() {
    }

    public static String out(Runnable r) {
        return capture(r, () -> System.out, System::setOut);
    }

    public static String err(Runnable r) {
        return capture(r, () -> System.err, System::setErr);
    }

    private static String capture(Runnable r, Supplier<PrintStream> current, Consumer<PrintStream> set) {
        PrintStream old = current.get();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        set.accept(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            set.accept(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
