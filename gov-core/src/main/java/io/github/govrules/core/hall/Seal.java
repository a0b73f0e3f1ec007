package io.github.govrules.core.hall;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A seal (印章) kept at the service center: its kind, owning department, custodian and state.
 *
 * @param id         the seal's id, unique in the center, e.g. {@code "S-CULTURE-SP"}
 * @param name       the seal's name, e.g. "示例区文化和广电旅游体育局行政审批专用章"
 * @param kind       special approval, official or electronic
 * @param department the owning department; must equal the implementing body's name of the items it stamps
 * @param custodian  the named custodian (保管人)
 * @param state      enabled, changed or cancelled
 * @param since      the date of the current state (启用/变更/注销日期)
 * @since 0.1.0
 */
public record Seal(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "must be 1 to 40 letters, digits or '-'") String id,
        @NotBlank @Size(max = 200) String name,
        SealKind kind,
        @NotBlank @Size(max = 200) String department,
        @NotBlank @Size(max = 50) String custodian,
        SealState state,
        LocalDate since) {

    /**
     * Creates a seal.
     *
     * @throws NullPointerException if a component is null
     */
    public Seal {
        Checks.required(id, "id");
        Checks.required(name, "name");
        Checks.required(kind, "kind");
        Checks.required(department, "department");
        Checks.required(custodian, "custodian");
        Checks.required(state, "state");
        Checks.required(since, "since");
    }

    /** Whether the seal may be used now (state {@link SealState#ENABLED}). */
    public boolean usable() {
        return state == SealState.ENABLED;
    }

    /**
     * Whether the seal could be used on a day, as far as its state and date tell: an enabled seal
     * from the day it was enabled ({@code since}); a changed or cancelled seal before the day of
     * its change or cancellation (it was in use until then).
     *
     * @param day the day of the use
     * @return whether a use on that day is consistent with the seal's state
     */
    public boolean usableOn(java.time.LocalDate day) {
        java.util.Objects.requireNonNull(day, "day");
        return state == SealState.ENABLED ? !day.isBefore(since) : day.isBefore(since);
    }
}
