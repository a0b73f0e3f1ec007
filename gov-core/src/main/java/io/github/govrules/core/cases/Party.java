package io.github.govrules.core.cases;

import io.github.govrules.core.internal.Checks;
import io.github.govrules.core.internal.IdNumbers;
import io.github.govrules.core.item.PartyType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A party of a case: the applicant (申请人), an agent (代理人) or a legal representative.
 *
 * <p>The constructor checks that a natural person uses a personal document and a legal person
 * uses its unified social credit code, and verifies the check character of resident ID numbers
 * (GB 11643) and credit codes (GB 32100), and that the birth date a resident ID number encodes
 * (characters 7-14) is a date of the calendar from 1800 on. Whether that birth date is in the future
 * depends on a day: the library has no clock, so {@link Case} judges it against the case's own
 * application date (a birth date after {@code appliedAt} is refused), the same answer on any
 * day it is read.
 *
 * @param name     the name (姓名 / 名称)
 * @param type     natural or legal person
 * @param idType   the identity document type (证件类型)
 * @param idNumber the document number (证件号码)
 * @param phone    nullable: the contact phone
 * @since 0.1.0
 */
public record Party(
        @NotBlank @Size(max = 200) String name,
        PartyType type,
        IdType idType,
        @NotBlank @Size(max = 40) String idNumber,
        @Pattern(regexp = "[0-9+\\-() ]{3,30}", message = "must be a phone number") String phone) {

    /**
     * Creates a party.
     *
     * @throws NullPointerException     if a non-nullable component is null
     * @throws IllegalArgumentException if the document type does not fit the party type, the
     *                                  number fails its check character, or a resident ID number
     *                                  encodes an impossible birth date
     */
    public Party {
        Checks.optionalText(phone, "phone");
        Checks.required(name, "name");
        Checks.required(type, "type");
        Checks.required(idType, "idType");
        Checks.required(idNumber, "idNumber");
        if (type == PartyType.LEGAL_PERSON && idType != IdType.UNIFIED_SOCIAL_CREDIT_CODE) {
            throw new IllegalArgumentException("a LEGAL_PERSON is identified by UNIFIED_SOCIAL_CREDIT_CODE, not " + idType);
        }
        if (type == PartyType.NATURAL_PERSON && idType == IdType.UNIFIED_SOCIAL_CREDIT_CODE) {
            throw new IllegalArgumentException("a NATURAL_PERSON cannot be identified by UNIFIED_SOCIAL_CREDIT_CODE");
        }
        if (idType == IdType.RESIDENT_ID_CARD && !IdNumbers.isValidResidentId(idNumber)) {
            char check = IdNumbers.residentIdCheck(idNumber);
            throw new IllegalArgumentException("idNumber '" + idNumber + "' is not a valid resident ID number "
                    + (idNumber.length() != 18 || check == '?' ? "(18 characters: 17 digits 0-9, then a digit or X)"
                    : "(18 characters, check character " + check + " expected)"));
        }
        if (idType == IdType.RESIDENT_ID_CARD && IdNumbers.residentIdBirthDate(idNumber) == null) {
            throw new IllegalArgumentException("idNumber '" + idNumber + "' is not a valid resident ID number: its"
                    + " birth date " + idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-"
                    + idNumber.substring(12, 14) + " (characters 7-14) is not a date from 1800 on");
        }
        if (idType == IdType.UNIFIED_SOCIAL_CREDIT_CODE && !IdNumbers.isValidCreditCode(idNumber)) {
            throw new IllegalArgumentException("idNumber '" + idNumber + "' is not a valid unified social credit code "
                    + (IdNumbers.hasCreditCodeShape(idNumber)
                    ? "(18 characters, check character " + IdNumbers.creditCodeCheck(idNumber) + " expected)"
                    : "(" + IdNumbers.CREDIT_CODE_SHAPE_WORDS + ")"));
        }
    }

}
