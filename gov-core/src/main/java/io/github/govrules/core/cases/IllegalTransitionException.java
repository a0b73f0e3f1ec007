package io.github.govrules.core.cases;

import io.github.govrules.calendar.ErrorPlace;
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

    /** The error code: {@value}. Place: the event's JSON path in the case ({@code $.events[i]}) when it is in the log */
    public static final String CODE = "core.illegal-transition";

    private final CaseState state;
    private final String event;
    private final int eventIndex;

    /**
     * Creates the exception.
     *
     * @param state   the state the case was in
     * @param event   the rejected event's name
     * @param message the full message
     */
    public IllegalTransitionException(CaseState state, String event, String message) {
        this(state, event, -1, message);
    }

    /**
     * Creates the exception for an event at a known position of the log.
     *
     * @param state      the state the case was in
     * @param event      the rejected event's name
     * @param eventIndex the 0-based index of the event in the log, or -1 when not in a log
     * @param message    the full message
     */
    public IllegalTransitionException(CaseState state, String event, int eventIndex, String message) {
        super(CODE, eventIndex < 0 ? ErrorPlace.UNKNOWN : ErrorPlace.UNKNOWN.withPath("$.events[" + eventIndex + "]"),
                message, null);
        this.state = Objects.requireNonNull(state, "state");
        this.event = Objects.requireNonNull(event, "event");
        this.eventIndex = eventIndex;
    }

    /** The state in which the event was rejected. */
    public CaseState state() {
        return state;
    }

    /** The 0-based index of the rejected event in the case's log, or -1 when it was not part of a log. */
    public int eventIndex() {
        return eventIndex;
    }

    /** The rejected event's name, e.g. {@code "delivered"}. */
    public String event() {
        return event;
    }
}
