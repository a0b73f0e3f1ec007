package io.github.govrules.core.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A provincial case kind (办件类别): a code a rule pack declares, mapped to the {@link NationalCaseType}
 * of GB/T 39046-2020 (1 immediate, 2 promised, 9 other), with the {@link DuePolicy} its limits follow.
 * The national code set knows only types 1, 2 and 9; joint, special, reported-up and any other kind
 * are provincial data, so a pack may declare its own ({@code ordinary}, {@code reported-up-after-promise}…).
 *
 * <p>The constants are the "six kinds" of practice (六件六制) plus reported-up cases; a pack may use
 * them or declare others with {@link #of(String, NationalCaseType, DuePolicy, String, String)}.
 *
 * <p>Two kinds are equal when code, national type and due policy are equal; the names are for
 * display. In JSON and YAML a kind is written as its code ({@code "joint"}); the national type is a
 * field of its own beside it. {@link #parse(String)} also reads the enum-style names older files use
 * ({@code JOINT}, {@code REPORTED_UP}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseKind {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Immediate case (即办件), handled on the spot (Administrative Licensing Law Art. 34); national type 1. */
    public static final CaseKind IMMEDIATE = new CaseKind("immediate", NationalCaseType.IMMEDIATE, DuePolicy.ON_THE_SPOT,
            "即办件", "immediate case");
    /** Promised case (承诺件, 一般件), finished within the promised limit (Art. 42); national type 2. */
    public static final CaseKind PROMISED = new CaseKind("promised", NationalCaseType.PROMISED, DuePolicy.PROMISED,
            "承诺件", "promised case");
    /** Joint case (联办件): several departments, parallel approval, 45 working days (Art. 26, 42); national type 2. */
    public static final CaseKind JOINT = new CaseKind("joint", NationalCaseType.PROMISED, DuePolicy.JOINT,
            "联办件", "joint case");
    /** Major case (重大件), reviewed jointly by the departments concerned (重大件联合办理); national type 2. */
    public static final CaseKind MAJOR = new CaseKind("major", NationalCaseType.PROMISED, DuePolicy.MAJOR,
            "重大件", "major case");
    /** Controlled case (控制件): a clear answer, with reasons, within the limit (明确答复); national type 9. */
    public static final CaseKind CONTROLLED = new CaseKind("controlled", NationalCaseType.OTHER, DuePolicy.CONTROLLED,
            "控制件", "controlled case");
    /** Special case (特别件): hearing, inspection or expert review not counted in the limits (Art. 45); national type 2. */
    public static final CaseKind SPECIAL = new CaseKind("special", NationalCaseType.PROMISED, DuePolicy.SPECIAL,
            "特别件", "special case");
    /** Reported-up case (上报件): reviewed here within 20 days, decided by a higher level (Art. 43); national type 9. */
    public static final CaseKind REPORTED_UP = new CaseKind("reported-up", NationalCaseType.OTHER, DuePolicy.REPORTED_UP,
            "上报件", "reported-up case");

    private static final List<CaseKind> KNOWN = List.of(IMMEDIATE, PROMISED, JOINT, MAJOR, CONTROLLED, SPECIAL, REPORTED_UP);

    private final String code;
    private final NationalCaseType nationalType;
    private final DuePolicy due;
    private final String nameZh;
    private final String nameEn;

    private CaseKind(String code, NationalCaseType nationalType, DuePolicy due, String nameZh, String nameEn) {
        this.code = code;
        this.nationalType = nationalType;
        this.due = due;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * A kind a pack declares.
     *
     * @param code         the code, lower case words joined by '-', e.g. {@code "joint"}
     * @param nationalType the national type it maps to
     * @param due          how its due dates follow
     * @param nameZh       the Chinese name, e.g. {@code 联办件}; blank gives the code
     * @param nameEn       the English name, e.g. {@code joint case}; blank gives the code
     * @return the kind
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the code is not lower-case words joined by '-', or an
     *                                  immediate due policy is mapped to a national type other than 1
     */
    public static CaseKind of(String code, NationalCaseType nationalType, DuePolicy due, String nameZh, String nameEn) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nationalType, "nationalType");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("case kind code '" + code
                    + "' must be lower-case letters and digits, words joined by '-' (e.g. reported-up)");
        }
        if ((due == DuePolicy.ON_THE_SPOT) != (nationalType == NationalCaseType.IMMEDIATE)) {
            throw new IllegalArgumentException("case kind '" + code + "': due policy " + due + " and national type "
                    + nationalType.code() + " disagree (on-the-spot kinds, and only they, are national type 1 immediate)");
        }
        return new CaseKind(code, nationalType, due, nameZh.isBlank() ? code : nameZh, nameEn.isBlank() ? code : nameEn);
    }

    /**
     * A kind with the names of the well-known kind of the same code, if there is one.
     *
     * @see #of(String, NationalCaseType, DuePolicy, String, String)
     */
    public static CaseKind of(String code, NationalCaseType nationalType, DuePolicy due) {
        CaseKind known = find(code);
        return known == null ? of(code, nationalType, due, "", "") : of(code, nationalType, due, known.nameZh, known.nameEn);
    }

    /**
     * The well-known kind with this code ({@code "joint"}), also written the enum way ({@code "JOINT"},
     * {@code "REPORTED_UP"}); any other well-formed code gives a promised-policy kind of national type 2
     * ({@code "ordinary"}), whose type a case or item file states beside it.
     *
     * @param text the code
     * @return the kind
     * @throws IllegalArgumentException if the text is not a kind code
     */
    @JsonCreator
    public static CaseKind parse(String text) {
        Objects.requireNonNull(text, "text");
        String code = normalize(text);
        CaseKind known = find(code);
        return known != null ? known : of(code, NationalCaseType.PROMISED, DuePolicy.PROMISED, "", "");
    }

    /** The kinds the library knows by name: the six kinds of practice plus reported-up. */
    public static List<CaseKind> wellKnown() {
        return KNOWN;
    }

    private static CaseKind find(String code) {
        for (CaseKind k : KNOWN) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        return null;
    }

    private static String normalize(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code, e.g. {@code "joint"}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The national type (办件类型) it maps to. */
    public NationalCaseType nationalType() {
        return nationalType;
    }

    /** How its due dates follow from acceptance. */
    public DuePolicy due() {
        return due;
    }

    /** The Chinese name, e.g. {@code 联办件}. */
    public String nameZh() {
        return nameZh;
    }

    /** The English name, e.g. {@code joint case}. */
    public String nameEn() {
        return nameEn;
    }

    /**
     * This kind mapped to another national type, e.g. a joint kind a province reports as type 9. A kind
     * mapped to type 1 is decided on the spot; an on-the-spot kind mapped to another type counts as promised.
     *
     * @param type the national type
     * @return the kind with that type
     */
    public CaseKind withNationalType(NationalCaseType type) {
        Objects.requireNonNull(type, "type");
        if (type == nationalType) {
            return this;
        }
        DuePolicy policy = type == NationalCaseType.IMMEDIATE ? DuePolicy.ON_THE_SPOT
                : due == DuePolicy.ON_THE_SPOT ? DuePolicy.PROMISED : due;
        return of(code, type, policy, nameZh, nameEn);
    }

    /**
     * The kind a case or item file declares: {@code kind} with the national type stated beside it.
     * The codes {@code immediate} and {@code promised} keep their national types 1 and 2.
     *
     * @param kind  the kind as read
     * @param type  the national type stated beside it
     * @param where what declares it, for the message (e.g. {@code "Case 2025-0001"})
     * @return the kind with that type
     * @throws IllegalArgumentException naming {@code where} when immediate is not type 1 or promised not type 2
     */
    public static CaseKind declared(CaseKind kind, NationalCaseType type, String where) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        if (kind.code.equals(IMMEDIATE.code) && type != NationalCaseType.IMMEDIATE
                || kind.code.equals(PROMISED.code) && type != NationalCaseType.PROMISED) {
            throw new IllegalArgumentException(where + ": kind " + kind.code + " needs national type "
                    + (kind.code.equals(IMMEDIATE.code) ? "1 (immediate)" : "2 (promised)") + ", but was " + type.code());
        }
        return kind.withNationalType(type);
    }

    /** Whether a higher level decides after this hall's review (上报件, Art. 43): the decision carries the official seal. */
    public boolean isReportedUp() {
        return due == DuePolicy.REPORTED_UP || due == DuePolicy.REPORTED_UP_AFTER_PROMISE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseKind k && k.code.equals(code) && k.nationalType == nationalType && k.due == due;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, nationalType, due);
    }

    /** The code, the form {@link #parse(String)} reads. */
    @Override
    public String toString() {
        return code;
    }
}
