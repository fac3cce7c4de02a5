package vn.kdcl.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.kdcl.home.KdclHome;

/**
 * The registry of schools in the home folder (registry.xlsx or .csv), read once and again only
 * when the file changes. Absent registry: no registry checks.
 */
@Component
public class RegistryProvider {

    private static final Logger log = LoggerFactory.getLogger(RegistryProvider.class);

    private final KdclHome home;
    private Path loadedFrom;
    private FileTime loadedAt;
    private Registry registry;

    public RegistryProvider(KdclHome home) {
        this.home = home;
    }

    public synchronized Optional<Registry> current() {
        Optional<Path> file = home.registry();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file.get());
            if (registry == null || !file.get().equals(loadedFrom) || !modified.equals(loadedAt)) {
                registry = Registry.read(file.get());
                loadedFrom = file.get();
                loadedAt = modified;
                log.info("Registry {}: {} schools", file.get().getFileName(), registry.entries().size());
            }
            return Optional.of(registry);
        } catch (IOException | RuntimeException e) {
            log.warn("Registry {} unreadable; registry checks skipped: {}", file.get(), e.getMessage());
            return Optional.empty();
        }
    }
}
