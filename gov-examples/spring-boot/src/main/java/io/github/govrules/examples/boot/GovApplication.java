package io.github.govrules.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.rules.RuleEngine;

/**
 * An example Spring Boot application serving gov-rules over HTTP: {@code POST /deadline} and
 * {@code POST /check/{pack}}, JSON in and out, every error an RFC 9457 problem detail.
 *
 * <pre>
 * java -jar gov-examples/spring-boot/target/gov-spring-boot-example.jar
 * curl -s localhost:8080/deadline -H 'Content-Type: application/json' \
 *      -d '{"calendar":"CN","from":"2025-09-19","workingDays":20}'
 * </pre>
 */
@SpringBootApplication
public class GovApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot's arguments (e.g. {@code --server.port=9090})
     */
    public static void main(String[] args) {
        SpringApplication.run(GovApplication.class, args);
    }

    /** The standard calendars (CN, CN-XJ): immutable, shared. */
    @Bean
    Calendars calendars() {
        return Calendars.standard();
    }

    /** One engine for the application: thread-safe, it keeps the packs it built. */
    @Bean(destroyMethod = "close")
    RuleEngine ruleEngine() {
        return RuleEngine.create();
    }

    /** The catalog of service items the cases refer to (here the bundled example). */
    @Bean
    Catalog catalog() {
        return Catalogs.example();
    }
}
