package io.github.govrules.core.hall;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * A window (窗口) of a service center: its kind, the stationed departments, the staff, the
 * office hours and the chief representative's authorization.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                  the window's id, unique in the center, e.g. {@code "W01"}
 * @param name                the window's name, e.g. "综合受理 1 号窗口"
 * @param kind                comprehensive, departmental, cross-region or assisted
 * @param departments         the stationed departments (进驻部门), at least one
 * @param chiefRepresentative nullable: the chief representative (首席代表) who signs for the window
 * @param staff               the ids of the staff who may act at this window; empty: anyone
 * @param approvers           the ids of those who may approve under this window's authorization (审批人:
 *                            the chief representative and the back-office approvers the window names);
 *                            they need not staff the window; empty: anyone
 * @param hours               the office hours
 * @param authorization       what the window may accept, approve and issue
 * @since 0.1.0
 */
public record Window(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "must be 1 to 20 letters, digits or '-'") String id,
        @NotBlank @Size(max = 100) String name,
        WindowKind kind,
        List<@NotBlank String> departments,
        @Size(max = 50) String chiefRepresentative,
        List<@NotBlank String> staff,
        List<@NotBlank String> approvers,
        @Valid WindowHours hours,
        @Valid Authorization authorization) {

    /**
     * Creates a window.
     *
     * @throws NullPointerException     if a non-nullable component is null
     * @throws IllegalArgumentException if no department is stationed
     */
    public Window {
        Checks.optionalText(chiefRepresentative, "chiefRepresentative");
        Checks.required(id, "id");
        Checks.required(name, "name");
        Checks.required(kind, "kind");
        departments = Checks.list(departments, "departments");
        staff = Checks.list(staff, "staff");
        approvers = Checks.list(approvers, "approvers");
        Checks.required(hours, "hours");
        authorization = authorization == null ? new Authorization(null, null, null) : authorization;
        if (departments.isEmpty()) {
            throw new IllegalArgumentException("window " + id + " has no stationed department");
        }
    }

    /**
     * Checks that this window may do the action for the item and that the person staffs it.
     *
     * @param action   the action
     * @param itemCode the item's implementation code
     * @param person   the person acting; checked against {@link #approvers()} for {@link HallAction#APPROVE}
     *                 (approvers sit in the back office) and against {@link #staff()} otherwise, unless
     *                 the list is empty
     * @throws NotAuthorizedException naming the window, the action, the item and what is authorized
     */
    public void requireAuthorized(HallAction action, String itemCode, String person) {
        Objects.requireNonNull(person, "person");
        if (!authorization.allows(action, itemCode)) {
            throw new NotAuthorizedException(id, action, itemCode, "Window " + id + " (" + name + ") is not authorized to "
                    + action + " item " + itemCode + " (authorized to " + action + ": "
                    + authorization.itemsFor(action).size() + " items" + (authorization.itemsFor(action).isEmpty() ? ", none" : "")
                    + ")");
        }
        if (action == HallAction.APPROVE && !approvers.isEmpty() && !approvers.contains(person)) {
            throw new NotAuthorizedException(id, action, itemCode, "Window " + id + " (" + name + "): " + person
                    + " is not among the window's approvers " + approvers + " and may not APPROVE under its authorization");
        }
        if (action != HallAction.APPROVE && !staff.isEmpty() && !staff.contains(person)) {
            throw new NotAuthorizedException(id, action, itemCode, "Window " + id + " (" + name + "): " + person
                    + " is not on the window's staff " + staff + " and may not " + action + " there");
        }
    }
}
