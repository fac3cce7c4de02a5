package vn.kdcl.cli;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.kdcl.KdclApplication;
import vn.kdcl.home.KdclHome;

/** The Spring context for commands that need the database or the batch jobs. */
public final class AppContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static AppContext start(KdclHome home, String... properties) {
        home.create();
        SpringApplication app = new SpringApplication(KdclApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setWebApplicationType(WebApplicationType.NONE);
        // As a command-line property it outranks application.properties and <home>/kdcl.properties.
        try {
            String[] args = new String[properties.length + 1];
            args[0] = "--kdcl.home=" + home.root();
            System.arraycopy(properties, 0, args, 1, properties.length);
            return new AppContext(app.run(args));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains("Database may be already in use")) {
                    throw new IllegalStateException("Cơ sở dữ liệu " + home.db() + " đang được một lần chạy kdcl khác"
                            + " sử dụng; hãy đợi lần đó xong rồi chạy lại.");
                }
            }
            throw e;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
