package io.github.govrules.core.item;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.calendar.deadline.TimeLimitUnit;
import io.github.govrules.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One version of a service item (事项) of the implementation list, with the standard elements of
 * its guide (办事指南): identity, type, legal basis, implementing body, limits, steps, delivery,
 * fees, result, contact, situations (情形) and materials (材料).
 *
 * <p><b>Versions.</b> An item is identified by its implementation code (实施编码); each
 * published change is a new {@code version} (事项版本), and a case pins the version it was
 * accepted under (see {@code io.github.govrules.core.catalog.Catalog#item(String, int)}).
 *
 * <p><b>Invariants</b> checked by the constructor:
 * <ul>
 *   <li>the promised limit (承诺时限) is never longer than the statutory limit (法定时限) where the
 *       units allow the comparison without a calendar (see the deadline calculator for mixed units);</li>
 *   <li>the national case type is {@link NationalCaseType#IMMEDIATE} exactly when the promised limit is on the spot;</li>
 *   <li>the implementation code starts with the implementing body's unified social credit code;</li>
 *   <li>a {@link CaseKind#JOINT} item names its joint departments (联办机构);</li>
 *   <li>situation ids are unique across groups and flags, material codes and step names are unique,
 *       and every material condition names a declared situation.</li>
 * </ul>
 * Field formats (codes, lengths, phone numbers) are checked by Jakarta Validation when loaded.
 *
 * <p>Immutable and thread-safe. Nullable components are marked; lists may be empty unless noted.
 *
 * @param implementationCode   the implementation code (实施编码): the body's credit code followed by the item's own digits
 * @param basicCode            the basic code (基本编码) shared by all bodies implementing the same item
 * @param handlingCode         nullable: the handling-item code (业务办理项编码)
 * @param version              the item version (事项版本), 1 or more
 * @param name                 the item's name (事项名称)
 * @param type                 the item type (事项类型)
 * @param state                the state of this version
 * @param effectiveFrom        nullable: the planned effective date
 * @param cancelledFrom        nullable: the planned cancellation date, after {@code effectiveFrom}
 * @param legalBasis           the legal basis (设定依据), at least one entry
 * @param implementingBody     the implementing body (实施主体)
 * @param jointDepartments     the joint departments (联办机构), for joint items
 * @param statutoryLimit       nullable: the statutory limit (法定办结时限); some items have none
 * @param promisedLimit        the promised limit (承诺办结时限)
 * @param caseType             the national case type (办件类型)
 * @param caseKind             the provincial case kind
 * @param specialProcedures    the special procedures (特别程序) the item may need
 * @param acceptanceConditions the acceptance conditions (受理条件)
 * @param steps                the handling steps (办理流程)
 * @param targets              whom the item serves (服务对象), at least one
 * @param channel              where it can be applied for
 * @param maxVisits            the maximum number of visits to the hall (到办事现场次数), 0 to 5
 * @param onSiteReason         nullable: why a visit is needed
 * @param fees                 nullable: the fees (收费): charged or not (不收费), and the fee items when charged
 * @param result               the result (办理结果)
 * @param contact              place, hours and phones
 * @param situationGroups      the situation choice groups
 * @param situationFlags       the situation flags
 * @param materials            the materials (申请材料)
 * @since 0.1.0
 */
public record ServiceItem(
        @NotBlank @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}[0-9A-Z]{1,40}",
                message = "must be an 18-character credit code followed by the item's code") String implementationCode,
        @NotBlank @Pattern(regexp = "[0-9A-Z]{4,40}", message = "must be 4 to 40 digits or capital letters") String basicCode,
        @Pattern(regexp = "[0-9A-Z]{4,60}", message = "must be 4 to 60 digits or capital letters") String handlingCode,
        @Max(9999) int version,
        @NotBlank @Size(max = 200) String name,
        ItemType type,
        ItemState state,
        LocalDate effectiveFrom,
        LocalDate cancelledFrom,
        @NotEmpty List<@NotBlank @Size(max = 500) String> legalBasis,
        @Valid ImplementingBody implementingBody,
        List<@NotBlank @Size(max = 200) String> jointDepartments,
        TimeLimit statutoryLimit,
        TimeLimit promisedLimit,
        NationalCaseType caseType,
        CaseKind caseKind,
        List<SpecialProcedure> specialProcedures,
        List<@NotBlank @Size(max = 500) String> acceptanceConditions,
        List<@Valid Step> steps,
        @NotEmpty List<PartyType> targets,
        ServiceChannel channel,
        @Max(5) int maxVisits,
        @Size(max = 500) String onSiteReason,
        @Valid Fees fees,
        @Valid ItemResult result,
        @Valid Contact contact,
        List<@Valid SituationGroup> situationGroups,
        List<@Valid SituationFlag> situationFlags,
        List<@Valid Material> materials) {

    /**
     * Creates one version of an item, checking the invariants listed on the type.
     *
     * @throws NullPointerException     if a non-nullable component is null
     * @throws IllegalArgumentException if an invariant does not hold; the message names the
     *                                  rule and the values (e.g. both limits)
     */
    public ServiceItem {
        Checks.optionalText(handlingCode, "handlingCode");
        Checks.optionalText(onSiteReason, "onSiteReason");
        Checks.required(implementationCode, "implementationCode");
        Checks.required(basicCode, "basicCode");
        Checks.atLeast(version, 1, "version");
        Checks.required(name, "name");
        Checks.required(type, "type");
        Checks.required(state, "state");
        legalBasis = Checks.list(legalBasis, "legalBasis");
        Checks.required(implementingBody, "implementingBody");
        jointDepartments = Checks.list(jointDepartments, "jointDepartments");
        Checks.required(promisedLimit, "promisedLimit");
        Checks.required(caseType, "caseType");
        Checks.required(caseKind, "caseKind");
        specialProcedures = Checks.list(specialProcedures, "specialProcedures");
        acceptanceConditions = Checks.list(acceptanceConditions, "acceptanceConditions");
        steps = Checks.list(steps, "steps");
        targets = Checks.list(targets, "targets");
        Checks.required(channel, "channel");
        Checks.atLeast(maxVisits, 0, "maxVisits");
        Checks.required(result, "result");
        Checks.required(contact, "contact");
        situationGroups = Checks.list(situationGroups, "situationGroups");
        situationFlags = Checks.list(situationFlags, "situationFlags");
        materials = Checks.list(materials, "materials");

        String item = "item " + implementationCode + " v" + version;
        if (effectiveFrom != null && cancelledFrom != null && !cancelledFrom.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException(item + ": cancelledFrom " + cancelledFrom
                    + " must be after effectiveFrom " + effectiveFrom);
        }
        if (statutoryLimit != null && isLonger(promisedLimit, statutoryLimit)) {
            throw new IllegalArgumentException(item + ": promised limit " + promisedLimit
                    + " is longer than statutory limit " + statutoryLimit);
        }
        if ((caseType == NationalCaseType.IMMEDIATE) != promisedLimit.isOnTheSpot()) {
            throw new IllegalArgumentException(item + ": case type " + caseType + " does not match promised limit "
                    + promisedLimit + " (immediate items, and only they, are promised 'on the spot')");
        }
        if (caseKind.code().equals(CaseKind.IMMEDIATE.code()) && caseType != NationalCaseType.IMMEDIATE
                || caseKind.code().equals(CaseKind.PROMISED.code()) && caseType != NationalCaseType.PROMISED) {
            throw new IllegalArgumentException(item + ": case kind " + caseKind + " needs case type "
                    + (caseKind.code().equals(CaseKind.IMMEDIATE.code()) ? "1 (immediate)" : "2 (promised)")
                    + ", but was " + caseType.code() + " (a case of this item could not be recorded)");
        }
        caseKind = caseKind.withNationalType(caseType);
        if (!implementationCode.startsWith(implementingBody.code())) {
            throw new IllegalArgumentException(item + ": implementation code must start with the implementing body's code "
                    + implementingBody.code());
        }
        if (caseKind.due() == DuePolicy.JOINT && jointDepartments.isEmpty()) {
            throw new IllegalArgumentException(item + ": a JOINT item must name its jointDepartments");
        }
        Checks.unique(steps, Step::name, "steps");
        Checks.unique(materials, Material::code, "materials");
        Set<String> ids = new HashSet<>();
        for (SituationGroup g : situationGroups) {
            for (SituationOption o : g.options()) {
                if (!ids.add(o.id())) {
                    throw new IllegalArgumentException(item + ": situation id '" + o.id() + "' is declared more than once");
                }
            }
        }
        for (SituationFlag f : situationFlags) {
            if (!ids.add(f.id())) {
                throw new IllegalArgumentException(item + ": situation id '" + f.id() + "' is declared more than once");
            }
        }
        for (Material m : materials) {
            for (String s : concat(m.whenAnyOf(), m.whenAllOf())) {
                if (!ids.contains(s)) {
                    throw new IllegalArgumentException(item + ": material '" + m.code()
                            + "' refers to undeclared situation '" + s + "' (declared: " + ids.stream().sorted().toList() + ")");
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /**
     * Whether {@code promised} is certainly longer than {@code statutory}. Limits in the same unit
     * compare by amount; on the spot is shorter than anything; n working days are longer than m
     * natural days when n &gt; m; months and years compare as twelve months a year; a month is
     * taken as at least 28 and at most 31 natural days (Civil Code Art. 202). Other mixed pairs (n natural days against m working days, or
     * n &le; m working against natural days) depend on the calendar: the deadline calculator
     * compares their due dates when a case is accepted ({@code CaseClock.start}).
     */
    private static boolean isLonger(TimeLimit promised, TimeLimit statutory) {
        if (promised.isOnTheSpot()) {
            return false;
        }
        if (statutory.isOnTheSpot()) {
            return true;
        }
        if (promised.unit() == statutory.unit()) {
            return promised.amount() > statutory.amount();
        }
        if (isMonthly(promised) && isMonthly(statutory)) {
            return promised.compareTo(statutory) > 0; // a year is twelve months
        }
        // natural days a limit certainly reaches, and at most reaches, from any start: a month is
        // 28 to 31 days, a year 365 or 366 (Civil Code Art. 202); n working days reach at least n days
        long promisedAtLeast = isMonthly(promised) ? 28L * months(promised) : promised.amount();
        if (statutory.unit() == TimeLimitUnit.WORKING_DAYS) {
            return false; // a working-day limit's length in days depends on the calendar
        }
        long statutoryAtMost = isMonthly(statutory) ? 31L * months(statutory) : statutory.amount();
        return promisedAtLeast > statutoryAtMost;
    }

    private static boolean isMonthly(TimeLimit limit) {
        return limit.unit() == TimeLimitUnit.MONTHS || limit.unit() == TimeLimitUnit.YEARS;
    }

    private static long months(TimeLimit limit) {
        return limit.unit() == TimeLimitUnit.YEARS ? 12L * limit.amount() : limit.amount();
    }

    /**
     * Whether cases may be accepted under this version on a date: the date is on or after
     * {@code effectiveFrom} (if set) and before {@code cancelledFrom} (if set), the version is not
     * {@link ItemState#SUSPENDED}, and a {@link ItemState#CANCELLED} version has a cancellation
     * date after the given date.
     *
     * @param date the acceptance date
     * @return true when in force on that date
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (effectiveFrom != null && date.isBefore(effectiveFrom)) {
            return false;
        }
        if (cancelledFrom != null && !date.isBefore(cancelledFrom)) {
            return false;
        }
        return switch (state) {
            case IN_FORCE -> true;
            case SUSPENDED -> false;
            case CANCELLED -> cancelledFrom != null;
        };
    }

    /**
     * The fees (收费), if the item states them.
     *
     * @return the fees; empty when the item does not say whether it is charged for
     */
    public Optional<Fees> findFees() {
        return Optional.ofNullable(fees);
    }

    /** The statutory limit, if the item has one. */
    public Optional<TimeLimit> findStatutoryLimit() {
        return Optional.ofNullable(statutoryLimit);
    }

    /** The id of every declared situation option and flag. */
    public Set<String> situationIds() {
        Set<String> ids = new HashSet<>();
        situationGroups.forEach(g -> g.options().forEach(o -> ids.add(o.id())));
        situationFlags.forEach(f -> ids.add(f.id()));
        return Set.copyOf(ids);
    }

    /**
     * The materials that apply to a case with the given situations, in guide order.
     *
     * @param situations the chosen situation ids
     * @return the applicable materials
     */
    public List<Material> materialsFor(Collection<String> situations) {
        return materials.stream().filter(m -> m.appliesTo(situations)).toList();
    }

    /**
     * The material with the given code.
     *
     * @param code the material code
     * @return the material, or empty
     */
    public Optional<Material> findMaterial(String code) {
        return materials.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
