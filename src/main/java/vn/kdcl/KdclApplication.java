package vn.kdcl;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.kdcl.cli.KdclCommand;

/**
 * Entry point. The command line is parsed first (picocli); only commands that need the database
 * start the Spring context, so {@code --help}, {@code templates} and {@code demo} stay instant.
 */
@SpringBootApplication
public class KdclApplication {

    public static void main(String[] args) {
        System.exit(KdclCommand.execute(args));
    }
}
