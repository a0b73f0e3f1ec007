package io.github.govrules.core.item;

import io.github.govrules.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where and when an item is handled, and whom to call (办理地点、时间、咨询电话、投诉电话).
 *
 * @param place          the handling place (办理地点)
 * @param hours          the handling hours as published, e.g. "周一至周五 9:00-12:00, 13:30-17:00"
 * @param phone          the consultation phone (咨询电话)
 * @param complaintPhone the complaint phone (投诉电话)
 * @since 0.1.0
 */
public record Contact(
        @NotBlank @Size(max = 300) String place,
        @NotBlank @Size(max = 300) String hours,
        @NotBlank @Pattern(regexp = "[0-9+\\-() ]{3,30}", message = "must be a phone number") String phone,
        @NotBlank @Pattern(regexp = "[0-9+\\-() ]{3,30}", message = "must be a phone number") String complaintPhone) {

    /**
     * Creates the contact data.
     *
     * @throws NullPointerException if a component is null
     */
    public Contact {
        Checks.required(place, "place");
        Checks.required(hours, "hours");
        Checks.required(phone, "phone");
        Checks.required(complaintPhone, "complaintPhone");
    }
}
