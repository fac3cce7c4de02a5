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

    public static AppContext start(KdclHome home) {
        home.create();
        SpringApplication app = new SpringApplication(KdclApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setWebApplicationType(WebApplicationType.NONE);
        // As a command-line property it outranks application.properties and <home>/kdcl.properties.
        return new AppContext(app.run("--kdcl.home=" + home.root()));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
