package io.github.govrules.core.cases;

import io.github.govrules.core.internal.Checks;
import io.github.govrules.core.item.CaseKind;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.item.NationalCaseType;
import io.github.govrules.core.item.PartyType;
import io.github.govrules.core.item.ServiceChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case (办件): one application for one version of one item, with its applicant, the chosen
 * situations (情形), the materials handed in, its classification, and its append-only event log.
 *
 * <p>The state is never stored: {@link #status()} derives it from {@link #events()}. A case is
 * moved on with {@link #record(CaseEvent)}, which returns a new case with the event appended or
 * throws {@link IllegalTransitionException} naming the state and the event; the constructor
 * replays the whole log, so no {@code Case} with an illegal history can exist.
 *
 * <p>A legal-person applicant (法人) acts through its legal representative (法定代表人), a natural
 * person who may be named in {@code legalRepresentative}; an agent (代理人) may apply for either kind
 * of applicant. In JSON both are parties like the applicant:
 * {@code "legalRepresentative": {"name": "陈刚", "type": "NATURAL_PERSON", "idType": "RESIDENT_ID_CARD", "idNumber": "…"}}.
 *
 * <p>Immutable and thread-safe. Nullable components are marked; lists may be empty.
 *
 * @param number       the case number (办件编号), unique in the hall
 * @param itemCode     the implementation code of the item (事项实施编码)
 * @param itemVersion  the item version the case pins (事项版本)
 * @param nationalType nullable: the national case type the file declares (1 immediate, 2 promised, 9 other);
 *                     not needed when a rule pack classifies the case ({@link #effectiveKind()})
 * @param kind         nullable: the provincial case kind the file declares, with {@code nationalType};
 *                     the kind a pack decided, recorded at acceptance, takes its place
 * @param applicant    the applicant (申请人)
 * @param agent        nullable: the agent who applies on the applicant's behalf (代理人)
 * @param legalRepresentative nullable: the legal representative (法定代表人) of a legal-person
 *                     applicant, a natural person; not given for a natural-person applicant
 * @param situations   the chosen situation option ids and set flags, no duplicates
 * @param materials    the materials handed in when applying, with form and count
 * @param channel      where the application was made
 * @param appliedAt    when the application was made, hall local time
 * @param projectCode  nullable: the investment project code (项目代码)
 * @param region       nullable: the administrative division code of the hall (行政区划代码), 6 digits
 * @param events       the event log, oldest first
 * @since 0.1.0
 */
public record Case(
        @NotBlank @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z-]{2,59}", message = "must be 3 to 60 letters, digits or '-'") String number,
        @NotBlank String itemCode,
        @Max(9999) int itemVersion,
        NationalCaseType nationalType,
        CaseKind kind,
        @Valid Party applicant,
        @Valid Party agent,
        @Valid Party legalRepresentative,
        List<@NotBlank String> situations,
        List<@Valid SubmittedMaterial> materials,
        ServiceChannel channel,
        LocalDateTime appliedAt,
        @Size(max = 60) String projectCode,
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code") String region,
        List<@Valid CaseEvent> events) {

    /**
     * Creates a case and replays its events.
     *
     * @throws NullPointerException        if a non-nullable component is null
     * @throws IllegalArgumentException    if the version is below 1, a situation repeats, only one of
     *                                     national type and kind is declared, they disagree (IMMEDIATE kind needs type 1,
     *                                     PROMISED kind type 2), or a legal representative is given for a
     *                                     natural-person applicant or is not a natural person, or a party's
     *                                     resident ID number encodes a birth date after {@code appliedAt}
     *                                     (a library has no clock: "in the future" is judged against the
     *                                     case's own application date, so the answer never depends on the day
     *                                     it is read)
     * @throws IllegalTransitionException if the event log is not a legal history
     */
    public Case {
        Checks.optionalText(projectCode, "projectCode");
        Checks.optionalText(region, "region");
        Checks.required(number, "number");
        Checks.required(itemCode, "itemCode");
        Checks.atLeast(itemVersion, 1, "itemVersion");
        if ((nationalType == null) != (kind == null)) {
            throw new IllegalArgumentException("Case " + number + ": declare both nationalType and kind, or neither"
                    + " (a rule pack classifies the case when it is accepted)");
        }
        Checks.required(applicant, "applicant");
        if (legalRepresentative != null && applicant.type() != PartyType.LEGAL_PERSON) {
            throw new IllegalArgumentException("legalRepresentative is only for a LEGAL_PERSON applicant (法定代表人),"
                    + " but the applicant of case " + number + " is a " + applicant.type()
                    + ": leave it out, or name an agent (代理人)");
        }
        if (legalRepresentative != null && legalRepresentative.type() != PartyType.NATURAL_PERSON) {
            throw new IllegalArgumentException("legalRepresentative must be a NATURAL_PERSON (the person who represents"
                    + " the applicant), but was a " + legalRepresentative.type());
        }
        situations = Checks.list(situations, "situations");
        materials = Checks.list(materials, "materials");
        Checks.required(channel, "channel");
        Checks.required(appliedAt, "appliedAt");
        bornBy(applicant, "applicant", number, appliedAt);
        bornBy(agent, "agent", number, appliedAt);
        bornBy(legalRepresentative, "legalRepresentative", number, appliedAt);
        events = Checks.list(events, "events");
        Checks.unique(situations, s -> s, "situations");
        if (kind != null) {
            kind = CaseKind.declared(kind, nationalType, "Case " + number);
        }
        if (!events.isEmpty() && events.get(0).at().isBefore(appliedAt)) {
            throw new IllegalArgumentException("Case " + number + ": the first event at " + events.get(0).at()
                    + " is before appliedAt " + appliedAt);
        }
        CaseStatus status = CaseStatus.initial();
        for (int i = 0; i < events.size(); i++) {
            try {
                status = status.apply(events.get(i));
            } catch (IllegalTransitionException e) {
                throw new IllegalTransitionException(e.state(), e.event(), i, "Case " + number + ": " + e.getMessage());
            }
        }
    }

    /**
     * Creates a case without a legal representative, and replays its events.
     *
     * @param number       the case number (办件编号)
     * @param itemCode     the implementation code of the item (事项实施编码)
     * @param itemVersion  the item version the case pins (事项版本)
     * @param nationalType nullable: the national case type the file declares
     * @param kind         nullable: the provincial case kind the file declares
     * @param applicant    the applicant (申请人)
     * @param agent        nullable: the agent (代理人)
     * @param situations   the chosen situation ids
     * @param materials    the materials handed in when applying
     * @param channel      where the application was made
     * @param appliedAt    when the application was made, hall local time
     * @param projectCode  nullable: the investment project code (项目代码)
     * @param region       nullable: the administrative division code (行政区划代码)
     * @param events       the event log, oldest first
     * @throws NullPointerException       if a non-nullable component is null
     * @throws IllegalArgumentException   as the canonical constructor
     * @throws IllegalTransitionException if the event log is not a legal history
     */
    public Case(String number, String itemCode, int itemVersion, NationalCaseType nationalType, CaseKind kind,
                Party applicant, Party agent, List<String> situations, List<SubmittedMaterial> materials,
                ServiceChannel channel, LocalDateTime appliedAt, String projectCode, String region, List<CaseEvent> events) {
        this(number, itemCode, itemVersion, nationalType, kind, applicant, agent, null, situations, materials,
                channel, appliedAt, projectCode, region, events);
    }

    /**
     * What a rule pack decided for this case, as its latest acceptance event records it
     * ({@code accepted} or {@code accepted-with-gaps} with a {@code decision}).
     *
     * @return the decision, or empty when the case is not accepted or was accepted without the rules
     */
    public Optional<KindDecision> decision() {
        KindDecision found = null;
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.Accepted a && a.decision() != null) {
                found = a.decision();
            } else if (e instanceof CaseEvent.AcceptedWithGaps g && g.decision() != null) {
                found = g.decision();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The kind this case is handled as: the one a rule pack decided ({@link #decision()}), else the one
     * the case file declares ({@link #kind()}).
     *
     * @return the kind, or empty when neither the rules nor the file gave one
     */
    public Optional<CaseKind> effectiveKind() {
        return decision().map(KindDecision::kind).or(() -> Optional.ofNullable(kind));
    }

    /**
     * The state and derived facts, replayed from the events.
     *
     * @return the status; {@link CaseState#NEW} when there are no events
     */
    public CaseStatus status() {
        return CaseStatus.replay(events);
    }

    /**
     * This case with one more event. The original is unchanged. Only the lifecycle is checked
     * here: an event that moves the clock (an extension above all) may also break a rule of the
     * clock, which needs the item and the calendar; {@link CaseClocks#record} checks both.
     *
     * @param event the event, not dated before the last one
     * @return the new case
     * @throws IllegalTransitionException if the event is not allowed in the current state, or is dated
     *                                    before the application or the last event; the message names the
     *                                    case, the state and the event
     */
    public Case record(CaseEvent event) {
        Objects.requireNonNull(event, "event");
        if (event.at().isBefore(appliedAt)) {
            throw new IllegalTransitionException(status().state(), event.name(), events.size(), "Case " + number + ": event '"
                    + event.name() + "' at " + event.at() + " is before the application at " + appliedAt);
        }
        try {
            status().apply(event);
        } catch (IllegalTransitionException e) {
            throw new IllegalTransitionException(e.state(), e.event(), events.size(), "Case " + number + ": " + e.getMessage());
        }
        List<CaseEvent> more = new ArrayList<>(events);
        more.add(event);
        return withEvents(more);
    }

    /**
     * This case as it stood just before a moment: the same application with only the events
     * dated before {@code endExclusive} (events are in time order). A report for a period asks
     * the case as of the period's end, so that what happened later (a completion, a withdrawal,
     * a suspension) does not change what was open then. Returns this case when no event is left out.
     * (Unlike {@code CaseClock.asOf(day)}, which keeps the events of that day, the moment here is
     * exclusive: {@code before(at.plusNanos(1))} keeps the events at {@code at}.)
     *
     * @param endExclusive the moment; events at or after it are left out
     * @return the case as it stood then
     */
    public Case before(LocalDateTime endExclusive) {
        Objects.requireNonNull(endExclusive, "endExclusive");
        int n = 0;
        while (n < events.size() && events.get(n).at().isBefore(endExclusive)) {
            n++;
        }
        if (n == events.size()) {
            return this;
        }
        return withEvents(events.subList(0, n));
    }

    /** This application with another event log (replayed by the canonical constructor). */
    private Case withEvents(List<CaseEvent> log) {
        return new Case(number, itemCode, itemVersion, nationalType, kind, applicant, agent, legalRepresentative,
                situations, materials, channel, appliedAt, projectCode, region, log);
    }

    /**
     * All pieces of a material handed in, in a given form: at application and in supplements.
     *
     * @param code the material code
     * @param form the form
     * @return the total count, 0 if none
     */
    public int submittedCount(String code, MaterialForm form) {
        int n = 0;
        for (SubmittedMaterial m : allSubmitted()) {
            if (m.code().equals(code) && m.form() == form) {
                n += m.count();
            }
        }
        return n;
    }

    /** The materials handed in at application followed by those of every {@code supplemented} event. */
    public List<SubmittedMaterial> allSubmitted() {
        List<SubmittedMaterial> all = new ArrayList<>(materials);
        for (CaseEvent e : events) {
            if (e instanceof CaseEvent.Supplemented s) {
                all.addAll(s.materials());
            }
        }
        return List.copyOf(all);
    }

    /** Refuses a party whose resident ID number says they were born after the application ({@code role} first, to locate it). */
    private static void bornBy(Party party, String role, String number, LocalDateTime appliedAt) {
        if (party == null || party.idType() != IdType.RESIDENT_ID_CARD) {
            return;
        }
        java.time.LocalDate born = io.github.govrules.core.internal.IdNumbers.residentIdBirthDate(party.idNumber());
        if (born != null && born.isAfter(appliedAt.toLocalDate())) {
            throw new IllegalArgumentException(role + " idNumber '" + party.idNumber() + "' encodes the birth date "
                    + born + ", after the application on " + appliedAt.toLocalDate() + " (case " + number + ")");
        }
    }
}
