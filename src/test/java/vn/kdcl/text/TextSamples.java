package vn.kdcl.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Text for comparing a fast path with its rules: the given strings, the seed plans' text when present, and all in NFD. */
public final class TextSamples {

    private static final Path SEEDS = Path.of("/work/shared/seeds");

    private TextSamples() {
    }

    /** @param wholeFiles also each seed file as one string (line breaks inside) */
    public static List<String> withSeedsAndNfd(List<String> given, boolean wholeFiles) {
        List<String> samples = new ArrayList<>(given);
        if (Files.isDirectory(SEEDS)) {
            try (Stream<Path> files = Files.list(SEEDS)) {
                for (Path f : files.toList()) {
                    samples.addAll(Files.readAllLines(f));
                    if (wholeFiles) {
                        samples.add(Files.readString(f));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String s : List.copyOf(samples)) {
            samples.add(Normalizer.normalize(s, Normalizer.Form.NFD));
        }
        return samples;
    }
}
