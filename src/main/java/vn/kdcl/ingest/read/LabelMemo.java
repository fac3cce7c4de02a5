package vn.kdcl.ingest.read;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import vn.kdcl.normalise.Memo;
import vn.kdcl.text.VietText;

/**
 * The folded text of short cells near a table's top, and what each folded label names, remembered
 * across workbooks: files made from one template repeat their header labels and most short values
 * ("Hiệu trưởng", "Ngân sách", "Tháng 9/2024"), and folding and classifying them was a tenth of a
 * plan's reading time. A result is the same with or without the memo.
 */
final class LabelMemo {

    private static final int MAX_ENTRIES = 20_000;

    private final Memo<String, String> folded = new Memo<>(MAX_ENTRIES);
    private final Map<Class<?>, Memo<String, Object>> keys = new ConcurrentHashMap<>();

    String fold(String text) {
        return folded.get(text, VietText::fold);
    }

    /** {@code classify.apply(label)}, remembered for {@code type}; {@code classify} must depend on the label only. */
    <E extends Enum<E>> E classify(Class<E> type, String label, Function<String, E> classify) {
        Object key = keys.computeIfAbsent(type, t -> new Memo<>(MAX_ENTRIES)).get(label, classify);
        return type.cast(key);
    }
}
