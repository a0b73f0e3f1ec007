package io.github.govrules.core.hall;

import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.core.GovCoreException;
import java.util.Objects;

/**
 * A window asked to do what its authorization does not cover, or a person acting at a window
 * they do not staff. The message names the window, the action, the item and the person.
 *
 * @since 0.1.0
 */
public final class NotAuthorizedException extends GovCoreException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. */
    public static final String CODE = "core.not-authorized";

    private final String windowId;
    private final HallAction action;
    private final String itemCode;

    /**
     * Creates the exception.
     *
     * @param windowId the window
     * @param action   the action refused
     * @param itemCode the item's implementation code
     * @param message  the full message
     */
    public NotAuthorizedException(String windowId, HallAction action, String itemCode, String message) {
        super(CODE, ErrorPlace.UNKNOWN, message, null);
        this.windowId = Objects.requireNonNull(windowId, "windowId");
        this.action = Objects.requireNonNull(action, "action");
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
    }

    /** The window id. */
    public String windowId() {
        return windowId;
    }

    /** The refused action. */
    public HallAction action() {
        return action;
    }

    /** The item's implementation code. */
    public String itemCode() {
        return itemCode;
    }
}
