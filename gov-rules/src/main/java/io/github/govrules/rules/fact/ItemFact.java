package io.github.govrules.rules.fact;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.item.CaseKind;
import java.util.List;
import java.util.Objects;

/**
 * The service item (事项) a case applies for, as rules see it: its type, time limits and the
 * features classification rules look at.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code                 the implementation code (实施编码), not blank
 * @param name                 the item name (事项名称)
 * @param version              the item version (事项版本) the case is pinned to, a whole number from 1 in decimal
 *                             as in the catalog, e.g. {@code "1"}
 * @param typeCode             the national item type code (事项类型), e.g. {@code "01"} licensing, {@code "20"} public service
 * @param statutoryLimit       the statutory limit (法定办结时限)
 * @param promisedLimit        the promised limit (承诺办结时限), never longer than the statutory limit
 * @param jointDepartments     the departments handling the item jointly (联办机构); empty when one department handles it
 * @param specialProcedures    special procedures the item needs (特别程序), e.g. {@code "hearing"}, {@code "on-site inspection"}
 * @param declaredKind         the case kind the item's guide declares (gov-core's {@link CaseKind}, e.g. {@code immediate},
 *                             {@code reported-up}); rules classify, this is what the guide says
 * @param decidedByHigherLevel whether a higher level decides after this hall's review (上报审批, 行政许可法 第四十三条)
 * @param legalBasis           the legal basis of the item (设定依据)
 * @since 0.1.0
 */
public record ItemFact(String code, String name, String version, String typeCode, TimeLimit statutoryLimit,
                       TimeLimit promisedLimit, List<String> jointDepartments, List<String> specialProcedures,
                       CaseKind declaredKind, boolean decidedByHigherLevel, String legalBasis) {

    /**
     * Creates the item fact.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the code is blank or the version is not a whole number from 1
     */
    public ItemFact {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(statutoryLimit, "statutoryLimit");
        Objects.requireNonNull(promisedLimit, "promisedLimit");
        Objects.requireNonNull(jointDepartments, "jointDepartments");
        jointDepartments = List.copyOf(jointDepartments);
        Objects.requireNonNull(specialProcedures, "specialProcedures");
        specialProcedures = List.copyOf(specialProcedures);
        Objects.requireNonNull(declaredKind, "declaredKind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (code.isBlank()) {
            throw new IllegalArgumentException("Item code must not be blank");
        }
        if (!version.matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("Item " + code + ": version must be a whole number from 1, as in the"
                    + " catalog, but was '" + version + "'");
        }
    }

    /** Whether the promised limit is on the spot (即办): materials complete, handled on the spot. */
    public boolean isOnTheSpot() {
        return promisedLimit.isOnTheSpot();
    }

    /** Whether several departments handle the item (联办, 行政许可法 第二十六条). */
    public boolean isJoint() {
        return !jointDepartments.isEmpty();
    }

    /**
     * A time limit in Chinese, for the Chinese reasons of notices and classifications:
     * {@code 5个工作日}, {@code 30个自然日}, {@code 3个月}, {@code 1年}, {@code 当场} (its {@code toString()} is English,
     * {@code 5 working days}).
     *
     * @param limit the limit
     * @return the limit in Chinese
     * @throws NullPointerException if {@code limit} is null
     * @since 0.1.0
     */
    public static String zh(TimeLimit limit) {
        Objects.requireNonNull(limit, "limit");
        return switch (limit.unit()) {
            case ON_THE_SPOT -> "当场";
            case WORKING_DAYS -> limit.amount() + "个工作日";
            case NATURAL_DAYS -> limit.amount() + "个自然日";
            case MONTHS -> limit.amount() + "个月";
            case YEARS -> limit.amount() + "年";
        };
    }

    /** Whether the item needs a special procedure (hearing, inspection, expert review…; 行政许可法 第四十五条). */
    public boolean hasSpecialProcedures() {
        return !specialProcedures.isEmpty();
    }
}
