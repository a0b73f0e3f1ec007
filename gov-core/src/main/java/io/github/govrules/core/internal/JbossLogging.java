package io.github.govrules.core.internal;

import org.jboss.logging.LoggerProvider;
import org.jboss.logging.Slf4jLoggerProvider;

/**
 * Sends JBoss Logging (Hibernate Validator's logger) through SLF4J, like the rest of the library,
 * when gov-core runs on the module path: {@code module-info.java} declares this class as the
 * {@link LoggerProvider}. On the class path the file {@code META-INF/services/org.jboss.logging.LoggerProvider}
 * names JBoss Logging's own provider instead (a named module ignores that file, and the module path
 * refuses a services file naming a class of another module). {@code -Dorg.jboss.logging.provider}
 * still chooses otherwise. Not public API.
 */
public final class JbossLogging {

    private JbossLogging() {
    }

    /** The provider, as the {@link java.util.ServiceLoader} of a named module asks for it. */
    public static LoggerProvider provider() {
        return new Slf4jLoggerProvider();
    }
}
