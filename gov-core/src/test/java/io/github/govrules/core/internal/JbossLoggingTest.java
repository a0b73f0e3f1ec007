package io.github.govrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.core.io.Catalogs;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator logs through JBoss Logging, which without a provider of its own falls back
 * to java.util.logging: gov-core names JBoss Logging's SLF4J provider, so that the library's
 * dependencies log through SLF4J too.
 */
class JbossLoggingTest {

    @Test
    void jbossLoggingGoesThroughSlf4j() {
        assertNull(System.getProperty("org.jboss.logging.provider"), "the test must not rely on the system property");
        Catalogs.example(); // brings up the validator
        String logger = Logger.getLogger(JbossLoggingTest.class).getClass().getName();
        assertTrue(logger.startsWith("org.jboss.logging.Slf4j"), logger);
    }
}
