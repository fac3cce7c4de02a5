package vn.kdcl.registry;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every school the office knows, by code: those with a stored file (by the name they wrote), then the registry's. */
@Component
public class KnownSchools {

    private final JdbcTemplate jdbc;
    private final RegistryProvider registry;

    public KnownSchools(JdbcTemplate jdbc, RegistryProvider registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** Code → name. */
    public Map<String, String> names() {
        Map<String, String> byCode = new TreeMap<>();
        jdbc.query("""
                SELECT school_code, MAX(school_name) FROM submission WHERE school_code IS NOT NULL
                GROUP BY school_code""", rs -> {
            byCode.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2));
        });
        registry.current().ifPresent(r -> r.entries().forEach(e -> byCode.putIfAbsent(e.code(), e.name() == null ? "" : e.name())));
        return byCode;
    }

    /** The registry, if the office keeps one. */
    public java.util.Optional<Registry> registry() {
        return registry.current();
    }

    /** Which of these schools a file name names ({@link SchoolInFileName}). */
    public SchoolInFileName inFileNames() {
        return new SchoolInFileName(names());
    }
}
