package vn.kdcl.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

import vn.kdcl.hash.Sha256;

/**
 * Compiles the report designs once per process (and once per design version on disk, under
 * {@code <home>/reports/.cache}), fills them and exports PDF.
 * A design is read from {@code reports/<name>.jrxml} in the working directory when present (officers may adjust
 * it), otherwise from the copy in the jar.
 */
public class ReportRenderer {

    private static final Logger log = LoggerFactory.getLogger(ReportRenderer.class);

    private final Path designDir;
    private final Path cacheDir;
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /**
     * @param designDir folder searched first for {@code <name>.jrxml} (may be null or missing)
     * @param cacheDir  folder for compiled {@code .jasper} files (may be null: no disk cache)
     */
    public ReportRenderer(Path designDir, Path cacheDir) {
        this.designDir = designDir;
        this.cacheDir = cacheDir;
    }

    /** The compiled design {@code name} (without extension). */
    public JasperReport report(String name) {
        return compiled.computeIfAbsent(name, this::compile);
    }

    /** Fills one design; the parameters may hold {@link RecordDataSource}s for the tables and charts. */
    public JasperPrint fill(String name, Map<String, Object> parameters, List<?> rows) {
        try {
            return JasperFillManager.fillReport(report(name), new java.util.HashMap<>(parameters),
                    new RecordDataSource(rows));
        } catch (JRException e) {
            throw new IllegalStateException("Cannot fill report " + name + ": " + e.getMessage(), e);
        }
    }

    /** Exports one or more filled reports as one PDF (written to a temporary file, then moved into place). */
    public void exportPdf(List<JasperPrint> prints, Path file, String title) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                exportPdf(prints, out, title);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public void exportPdf(List<JasperPrint> prints, OutputStream out, String title) {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(title);
        config.setMetadataCreator("kdcl-hub");
        config.setDisplayMetadataTitle(true);
        config.setCreatingBatchModeBookmarks(prints.size() > 1);
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("Cannot export PDF: " + e.getMessage(), e);
        }
    }

    /**
     * Exports one filled report as a single self-contained HTML file (UTF-8, charts embedded as data URIs).
     * Fill it unpaginated ({@code IS_IGNORE_PAGINATION}) so that page headers do not repeat down the page.
     */
    public void exportHtml(JasperPrint print, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                net.sf.jasperreports.engine.export.HtmlExporter exporter =
                        new net.sf.jasperreports.engine.export.HtmlExporter();
                exporter.setExporterInput(new SimpleExporterInput(print));
                exporter.setExporterOutput(new net.sf.jasperreports.export.SimpleHtmlExporterOutput(out, "UTF-8"));
                net.sf.jasperreports.export.SimpleHtmlReportConfiguration config =
                        new net.sf.jasperreports.export.SimpleHtmlReportConfiguration();
                config.setEmbedImage(true);
                config.setIgnoreHyperlink(true);
                exporter.setConfiguration(config);
                exporter.exportReport();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot export HTML: " + e.getMessage(), e);
        }
    }

    /** Identifies the current designs: a change to any .jrxml invalidates incremental renders. */
    public String designVersion() {
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] {ReportService.SCHOOL_SUMMARY, ReportService.DASHBOARD, ReportService.BOOK_TOC,
                ReportService.PROVINCE}) {
            sb.append(Sha256.of(design(name)), 0, 16);
        }
        return sb.toString();
    }

    private JasperReport compile(String name) {
        byte[] jrxml = design(name);
        String hash = Sha256.of(jrxml).substring(0, 16);
        Path cached = cacheDir == null ? null : cacheDir.resolve(name + "-" + hash + ".jasper");
        try {
            if (cached != null && Files.isRegularFile(cached)) {
                try {
                    return (JasperReport) JRLoader.loadObject(cached.toFile());
                } catch (JRException | RuntimeException e) {
                    log.warn("Ignoring unreadable compiled report {}: {}", cached, e.toString());
                }
            }
            long t0 = System.nanoTime();
            JasperReport report = JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml));
            log.info("Compiled report {} in {} ms", name, (System.nanoTime() - t0) / 1_000_000);
            if (cached != null) {
                Files.createDirectories(cacheDir);
                Path tmp = cached.resolveSibling(cached.getFileName() + ".tmp");
                JRSaver.saveObject(report, tmp.toFile());
                Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING);
            }
            return report;
        } catch (JRException e) {
            throw new IllegalStateException("Cannot compile report " + name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] design(String name) {
        String file = name + ".jrxml";
        try {
            if (designDir != null && Files.isRegularFile(designDir.resolve(file))) {
                return Files.readAllBytes(designDir.resolve(file));
            }
            try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream("reports/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Report design not found: " + file);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
