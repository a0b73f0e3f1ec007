package io.github.govrules.core.hall;

import io.github.govrules.core.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * The chief representative's authorization (首席代表授权) of a window: the implementation codes
 * of the items it may accept, approve and issue.
 *
 * @param accept  the items the window may accept (受理)
 * @param approve the items the window may approve (审批)
 * @param issue   the items the window may issue (办结发证)
 * @since 0.1.0
 */
public record Authorization(List<String> accept, List<String> approve, List<String> issue) {

    /**
     * Creates the authorization; null lists are empty.
     *
     * @throws NullPointerException if a list holds null
     */
    public Authorization {
        accept = Checks.list(accept, "accept");
        approve = Checks.list(approve, "approve");
        issue = Checks.list(issue, "issue");
    }

    /**
     * The items authorized for an action.
     *
     * @param action the action
     * @return the implementation codes
     */
    public List<String> itemsFor(HallAction action) {
        Objects.requireNonNull(action, "action");
        return switch (action) {
            case ACCEPT -> accept;
            case APPROVE -> approve;
            case ISSUE -> issue;
        };
    }

    /**
     * Whether the action is authorized for the item.
     *
     * @param action   the action
     * @param itemCode the implementation code
     * @return true when authorized
     */
    public boolean allows(HallAction action, String itemCode) {
        return itemsFor(action).contains(Objects.requireNonNull(itemCode, "itemCode"));
    }
}
