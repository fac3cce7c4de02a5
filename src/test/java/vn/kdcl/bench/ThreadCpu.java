package vn.kdcl.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time per kind of thread during a measured pass ("main", "ingest-#", …), sampled while the
 * pass runs because the import's worker threads end with their step; plus JIT compilation time.
 * Tells where the CPU of the end-to-end import goes without a profiler.
 */
final class ThreadCpu {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, long[]> cpuById = new HashMap<>(); // {first seen, last seen}
    private final Map<Long, String> names = new HashMap<>();
    private final long jit0 = jitMillis();

    /** Records the CPU time of every live thread (call it every few milliseconds). */
    synchronized void sample() {
        long[] ids = threads.getAllThreadIds();
        for (long id : ids) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu < 0) {
                continue;
            }
            long[] seen = cpuById.get(id);
            if (seen == null) {
                ThreadInfo info = threads.getThreadInfo(id);
                if (info == null) {
                    continue;
                }
                names.put(id, info.getThreadName().replaceAll("\\d+", "#"));
                // a thread born during the pass started from zero
                cpuById.put(id, new long[] {cpu, cpu});
            } else {
                seen[1] = cpu;
            }
        }
    }

    /** "main 1.21, ingest-#-... 2.10, JIT 0.30 ms/file", the largest first. */
    synchronized String perFile(int files) {
        Map<String, Long> byName = new TreeMap<>();
        cpuById.forEach((id, seen) -> byName.merge(names.get(id), seen[1] - seen[0], Long::sum));
        StringBuilder sb = new StringBuilder();
        byName.entrySet().stream().filter(e -> e.getValue() > 0).sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                        .append(String.format(Locale.ROOT, "%.2f", e.getValue() / 1e6 / files)));
        sb.append(String.format(Locale.ROOT, ", JIT %.2f", (jitMillis() - jit0) / (double) files));
        return sb.append(" ms/file").toString();
    }

    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
