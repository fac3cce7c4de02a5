package vn.kdcl.nightly;

import java.io.PrintStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.kdcl.home.HomeLock;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.ingest.RunReport;
import vn.kdcl.report.ReportService;

/**
 * What cron runs: import the inbox (checks and feedback workbooks are part of the import job), then
 * render the reports — school summaries only where their data changed, dashboards and books always
 * when anything in their unit changed.
 */
@Service
public class NightlyService {

    private static final Logger log = LoggerFactory.getLogger(NightlyService.class);

    private final KdclHome home;
    private final ImportService imports;
    private final ReportService reports;

    public NightlyService(KdclHome home, ImportService imports, ReportService reports) {
        this.home = home;
        this.imports = imports;
        this.reports = reports;
    }

    public void run(PrintStream out) throws Exception {
        try (HomeLock lock = HomeLock.acquire(home)) {
            long t0 = System.nanoTime();
            RunReport report = imports.run(home.inbox());
            imports.printSummary(report, out);
            List<ReportService.Rendered> rendered = reports.renderAll(null, null, true);
            int schools = rendered.stream().mapToInt(r -> r.schools().size()).sum();
            out.printf("Báo cáo: %d đơn vị/năm học, %d trường, trong %s%n", rendered.size(), schools, home.reports());
            log.info("Nightly run finished in {} s", (System.nanoTime() - t0) / 1_000_000_000);
        }
    }
}
