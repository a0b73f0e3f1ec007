package io.github.govrules.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The manifest of a rule pack ({@code pack.yaml}): identity, region, version, when it is in force,
 * the pack it extends, its calendar, the provincial case kinds it declares (each mapped to a national
 * type), and its DRL and scenario files.
 *
 * <p>Example ({@code packs/cn-zj/pack.yaml}):
 * <pre>{@code
 * id: cn-zj
 * name: 浙江省（示例）
 * region: "330000"
 * version: "2025.1"
 * effectiveFrom: 2025-01-01
 * effectiveUntil: null        # open-ended; otherwise exclusive
 * extends: cn
 * calendar: CN
 * kinds:
 *   - {code: reported-up, nameZh: 上报件, nameEn: reported-up case, nationalType: 9,
 *      precedence: 25, due: REPORTED_UP, legalBasis: 行政许可法 第四十三条}
 * rules: [classification.drl]
 * scenarios: [scenarios.yaml]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id             the pack id: lower-case letters, digits and '-', e.g. {@code cn-zj}
 * @param name           a human name
 * @param region         the administrative division code (行政区划代码), e.g. {@code 330000}, or {@code 100000} for national
 * @param version        the pack version, e.g. {@code 2025.1}
 * @param effectiveFrom  the first day the version is in force (inclusive)
 * @param effectiveUntil the day it stops being in force (exclusive), or null when open-ended
 * @param extendsId      the id of the pack it extends, or null for a base pack
 * @param calendar       the id of the working-day calendar its due dates use, e.g. {@code CN}
 * @param kinds          the case kinds it declares (a kind with the code of an inherited kind replaces it)
 * @param rules          its DRL files, relative to the pack folder
 * @param scenarios      its scenario files, relative to the pack folder
 * @since 0.1.0
 */
public record PackManifest(String id, String name, String region, String version, LocalDate effectiveFrom,
                           LocalDate effectiveUntil, String extendsId, String calendar, List<KindDeclaration> kinds,
                           List<String> rules, List<String> scenarios) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /**
     * Creates the manifest.
     *
     * @throws NullPointerException     if a required component is null
     * @throws IllegalArgumentException if the id is malformed, the effective range is empty, or kind codes repeat
     */
    public PackManifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(kinds, "kinds");
        kinds = List.copyOf(kinds);
        Objects.requireNonNull(rules, "rules");
        rules = List.copyOf(rules);
        Objects.requireNonNull(scenarios, "scenarios");
        scenarios = List.copyOf(scenarios);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Pack id '" + id
                    + "' must be 1-40 lower-case letters, digits or '-', starting with a letter");
        }
        if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("Pack " + id + " " + version + ": effectiveUntil " + effectiveUntil
                    + " must be after effectiveFrom " + effectiveFrom);
        }
        if (extendsId != null && extendsId.equals(id)) {
            throw new IllegalArgumentException("Pack " + id + " cannot extend itself");
        }
        long distinct = kinds.stream().map(KindDeclaration::code).distinct().count();
        if (distinct != kinds.size()) {
            throw new IllegalArgumentException("Pack " + id + " declares a case kind code more than once");
        }
    }

    /** The id of the pack this one extends, if any. */
    public Optional<String> base() {
        return Optional.ofNullable(extendsId);
    }

    /** Whether this version is in force on {@code date}: {@code effectiveFrom <= date < effectiveUntil}. */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || date.isBefore(effectiveUntil));
    }
}
