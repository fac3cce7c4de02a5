package vn.kdcl.normalise;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function's results: schools fill one template, so the same labels and the same short
 * values ("Quý 1/2025", "Ngân sách", "10 triệu") come back in file after file. Thread-safe; null results
 * are remembered too; emptied when full, so unusual input cannot grow it without limit. Use it only for
 * functions whose result depends on the key alone and is immutable.
 */
public final class Memo<K, V> {

    /** Stands for a null result, which a concurrent map cannot hold. */
    private static final Object NULL = new Object();

    private final Map<K, Object> results = new ConcurrentHashMap<>();
    private final int maxEntries;

    public Memo(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    @SuppressWarnings("unchecked")
    public V get(K key, Function<? super K, ? extends V> compute) {
        Object known = results.get(key);
        if (known == null) {
            V v = compute.apply(key);
            if (results.size() >= maxEntries) {
                results.clear(); // a bound, not an eviction policy
            }
            results.put(key, v == null ? NULL : v);
            return v;
        }
        return known == NULL ? null : (V) known;
    }
}
