package io.github.govrules.rules.fact;

import io.github.govrules.core.cases.SubmittedMaterial;

import io.github.govrules.core.item.Necessity;

import io.github.govrules.core.item.MaterialForm;

import io.github.govrules.calendar.deadline.TimeLimit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One material of the item's guide (申请材料): how many originals, copies and electronic files it
 * takes, whether it is required, and the situations (情形) under which it applies.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code            the material code, unique within the item, e.g. {@code id-card}
 * @param name            the material name, e.g. {@code 居民身份证}
 * @param originals       the number of paper originals required (原件), zero or more
 * @param copies          the number of paper copies required (复印件), zero or more
 * @param electronic      the number of electronic files required (电子), zero or more
 * @param necessity       required, optional, or required but tolerated missing (容缺) where the pack allows
 * @param supplementLimit for {@code TOLERATED_MISSING}: how long after acceptance it may be supplemented; else null
 * @param whenAnyOf       it applies only if the case declares at least one of these situations (empty: no condition)
 * @param whenAllOf       it applies only if the case declares all of these situations (empty: no condition)
 * @param legalBasis      the legal basis for requiring it, or the empty string
 * @since 0.1.0
 */
public record RequiredMaterial(String code, String name, int originals, int copies, int electronic,
                               Necessity necessity, TimeLimit supplementLimit, List<String> whenAnyOf,
                               List<String> whenAllOf, String legalBasis) {

    /**
     * Creates the material requirement.
     *
     * @throws NullPointerException     if a component other than {@code supplementLimit} is null
     * @throws IllegalArgumentException if the code is blank, a count is negative, or no form is required
     */
    public RequiredMaterial {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(necessity, "necessity");
        Objects.requireNonNull(whenAnyOf, "whenAnyOf");
        whenAnyOf = List.copyOf(whenAnyOf);
        Objects.requireNonNull(whenAllOf, "whenAllOf");
        whenAllOf = List.copyOf(whenAllOf);
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (code.isBlank()) {
            throw new IllegalArgumentException("Material code must not be blank");
        }
        if (originals < 0 || copies < 0 || electronic < 0) {
            throw new IllegalArgumentException("Material " + code + ": counts must be zero or more, but were "
                    + originals + " originals, " + copies + " copies, " + electronic + " electronic");
        }
        if (originals + copies + electronic == 0) {
            throw new IllegalArgumentException("Material " + code + " requires no form at all");
        }
    }

    /** The number required of {@code form}. */
    public int count(MaterialForm form) {
        return switch (Objects.requireNonNull(form, "form")) {
            case ORIGINAL -> originals;
            case COPY -> copies;
            case ELECTRONIC -> electronic;
        };
    }

    /** The forms of which at least one is required. */
    public List<MaterialForm> requiredForms() {
        List<MaterialForm> forms = new ArrayList<>(3);
        for (MaterialForm f : MaterialForm.values()) {
            if (count(f) > 0) {
                forms.add(f);
            }
        }
        return forms;
    }

    /**
     * The required forms of which nothing was handed in, given the submissions of this material.
     *
     * @param given the submitted materials (those of other materials are ignored)
     */
    public List<MaterialForm> missingForms(Collection<SubmittedMaterial> given) {
        Objects.requireNonNull(given, "given");
        List<MaterialForm> missing = new ArrayList<>(requiredForms());
        for (SubmittedMaterial s : given) {
            if (s.code().equals(code)) {
                missing.remove(s.form());
            }
        }
        return missing;
    }

    /** The forms as Chinese text, e.g. {@code "原件、复印件"}. */
    public static String zh(Collection<MaterialForm> forms) {
        return join(forms, "、", true);
    }

    /** The forms as English text, e.g. {@code "original, copy"}. */
    public static String en(Collection<MaterialForm> forms) {
        return join(forms, ", ", false);
    }

    private static String join(Collection<MaterialForm> forms, String separator, boolean chinese) {
        StringBuilder sb = new StringBuilder(forms.size() * 10);
        for (MaterialForm f : forms) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            sb.append(chinese ? f.zh() : f.en());
        }
        return sb.toString();
    }

    /** Whether it must be handed in when it applies: {@code REQUIRED} or {@code TOLERATED_MISSING}. */
    public boolean isMandatory() {
        return necessity != Necessity.OPTIONAL;
    }

    /** Whether it is a non-key material that a pack may tolerate missing (容缺). */
    public boolean isToleratable() {
        return necessity == Necessity.TOLERATED_MISSING;
    }

    /** Whether the case's situations call for this material. */
    public boolean appliesTo(CaseFact caseFact) {
        return appliesTo(caseFact.situations());
    }

    /** Whether the given situations call for this material. */
    public boolean appliesTo(Collection<String> situations) {
        if (!whenAnyOf.isEmpty()) {
            boolean any = false;
            for (int i = 0; i < whenAnyOf.size() && !any; i++) {
                any = situations.contains(whenAnyOf.get(i));
            }
            if (!any) {
                return false;
            }
        }
        return whenAllOf.isEmpty() || situations.containsAll(whenAllOf);
    }

    /** A short description such as {@code "id-card 居民身份证 (original ×1, copy ×1)"}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(code).append(' ').append(name).append(" (");
        List<String> parts = new ArrayList<>();
        for (MaterialForm f : requiredForms()) {
            parts.add(f.name().toLowerCase(Locale.ROOT) + " ×" + count(f));
        }
        sb.append(String.join(", ", parts)).append(", ").append(necessity.name().toLowerCase(Locale.ROOT));
        if (!whenAnyOf.isEmpty()) {
            sb.append(", when any of ").append(whenAnyOf);
        }
        if (!whenAllOf.isEmpty()) {
            sb.append(", when all of ").append(whenAllOf);
        }
        return sb.append(')').toString();
    }
}
