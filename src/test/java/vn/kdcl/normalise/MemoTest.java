package vn.kdcl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void computesEachKeyOnceAndRemembersNullResults() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, Integer> memo = new Memo<>(100);
        for (int i = 0; i < 3; i++) {
            assertThat(memo.get("10 triệu", k -> {
                calls.incrementAndGet();
                return k.length();
            })).isEqualTo(8);
            assertThat(memo.get("không rõ", k -> {
                calls.incrementAndGet();
                return null;
            })).isNull();
        }
        assertThat(calls).hasValue(2);
    }

    @Test
    void staysWithinItsBoundAndStillAnswersCorrectly() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer, Integer> memo = new Memo<>(10);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 25; i++) {
                assertThat(memo.get(i, k -> {
                    calls.incrementAndGet();
                    return k * k;
                })).isEqualTo(i * i);
            }
        }
        // more distinct keys than the bound: recomputed after each emptying, never wrong
        assertThat(calls.get()).isGreaterThan(25);
    }

    @Test
    void answersTheSameFromManyThreads() throws Exception {
        Memo<Integer, String> memo = new Memo<>(50);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        int key = i % 120;
                        if (!memo.get(key, k -> "v" + k).equals("v" + key)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
