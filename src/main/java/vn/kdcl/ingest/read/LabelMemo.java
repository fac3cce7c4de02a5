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

    private static final int MAX_ENTRIES = 10_000;

    private final Memo<String, String> folded = new Memo<>(MAX_ENTRIES);
    private final Map<Class<?>, Memo<Object, Object>> keys = new ConcurrentHashMap<>();

    /**
     * A parent label over a sub-label. Folded labels come from the fold memo, so the same label is
     * usually the same String, whose hash is kept and whose equals is an identity check: cheaper than
     * hashing and comparing the joined text.
     */
    private record Pair(String label, String subLabel) {
    }

    String fold(String text) {
        return folded.get(text, VietText::fold);
    }

    /** {@code classify.apply(label)}, remembered for {@code type}; {@code classify} must depend on the label only. */
    <E extends Enum<E>> E classify(Class<E> type, String label, Function<String, E> classify) {
        return type.cast(memo(type).get(label, l -> classify.apply(label)));
    }

    /** {@code classify.apply(label + " " + subLabel)}, remembered for {@code type}. */
    <E extends Enum<E>> E classify(Class<E> type, String label, String subLabel, Function<String, E> classify) {
        return type.cast(memo(type).get(new Pair(label, subLabel), p -> classify.apply(label + " " + subLabel)));
    }

    private Memo<Object, Object> memo(Class<?> type) {
        return keys.computeIfAbsent(type, t -> new Memo<>(MAX_ENTRIES));
    }
}
