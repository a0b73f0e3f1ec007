package io.github.govrules.core.cases;

import io.github.govrules.core.GovCoreException;
import java.util.Objects;

/**
 * An event that the case's current state does not allow, e.g. "delivered" before "completed",
 * a second one-time correction notice, or an event dated before the previous one.
 *
 * <p>The message names the case, the state and the event, e.g.
 * {@code "Case GJJ-2025-0001: event 'delivered' at 2025-09-19T10:00 is not allowed in state RECEIVED (allowed: ...)"}.
 *
 * @since 0.1.0
 */
public final class IllegalTransitionException extends GovCoreException {

    private static final long serialVersionUID = 1L;

    private final CaseState state;
    private final String event;

    /**
     * Creates the exception.
     *
     * @param state   the state the case was in
     * @param event   the rejected event's name
     * @param message the full message
     */
    public IllegalTransitionException(CaseState state, String event, String message) {
        super(message);
        this.state = Objects.requireNonNull(state, "state");
        this.event = Objects.requireNonNull(event, "event");
    }

    /** The state in which the event was rejected. */
    public CaseState state() {
        return state;
    }

    /** The rejected event's name, e.g. {@code "delivered"}. */
    public String event() {
        return event;
    }
}
