package io.github.govrules.core.hall;

import io.github.govrules.calendar.CalendarId;
import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
import io.github.govrules.core.cases.CertificateValidity;
import io.github.govrules.core.cases.Outcome;
import io.github.govrules.core.internal.Checks;
import io.github.govrules.core.item.ServiceItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service center (政务服务中心): its windows and the seals it keeps, and the hall operations
 * that check authorization, separation of duties and seal choice before they record anything.
 *
 * <p>Operations never change this object: {@link #accept}, {@link #decide}, {@link #voidCase}
 * (作废) and {@link #revoke} (撤销) return the case with the new event, {@link #stamp} returns the
 * ledger with the new use. When a check fails nothing is recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name              the center's name
 * @param region            the 6-digit division code
 * @param windows           the windows, ids unique, at least one
 * @param seals             the seals kept at the center, ids unique
 * @param officialSealItems implementation codes of items for which a law requires the official seal (公章)
 * @since 0.1.0
 */
public record ServiceCenter(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code") String region,
        List<@Valid Window> windows,
        List<@Valid Seal> seals,
        List<@NotBlank String> officialSealItems) {

    /**
     * Creates a center.
     *
     * @throws NullPointerException     if the name or region is null
     * @throws IllegalArgumentException if there is no window, or a window or seal id repeats
     */
    public ServiceCenter {
        Checks.required(name, "name");
        Checks.required(region, "region");
        windows = Checks.list(windows, "windows");
        seals = Checks.list(seals, "seals");
        officialSealItems = Checks.list(officialSealItems, "officialSealItems");
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("service center '" + name + "' has no windows");
        }
        Checks.unique(windows, Window::id, "windows");
        Checks.unique(seals, Seal::id, "seals");
    }

    /** ISO 3166-2:CN subdivision of each province-level division code prefix. */
    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("11", "BJ"), Map.entry("12", "TJ"), Map.entry("13", "HE"),
            Map.entry("14", "SX"), Map.entry("15", "NM"), Map.entry("21", "LN"),
            Map.entry("22", "JL"), Map.entry("23", "HL"), Map.entry("31", "SH"),
            Map.entry("32", "JS"), Map.entry("33", "ZJ"), Map.entry("34", "AH"),
            Map.entry("35", "FJ"), Map.entry("36", "JX"), Map.entry("37", "SD"),
            Map.entry("41", "HA"), Map.entry("42", "HB"), Map.entry("43", "HN"),
            Map.entry("44", "GD"), Map.entry("45", "GX"), Map.entry("46", "HI"),
            Map.entry("50", "CQ"), Map.entry("51", "SC"), Map.entry("52", "GZ"),
            Map.entry("53", "YN"), Map.entry("54", "XZ"), Map.entry("61", "SN"),
            Map.entry("62", "GS"), Map.entry("63", "QH"), Map.entry("64", "NX"),
            Map.entry("65", "XJ"));

    /**
     * The calendar id of the center's province (ISO 3166-2:CN), e.g. {@code CN-XJ} for a center in
     * Xinjiang (division codes 65xxxx), {@code CN-ZJ} for Zhejiang (33xxxx).
     *
     * @return the regional calendar id
     * @throws IllegalArgumentException if the region's first two digits are not a province-level code
     */
    public CalendarId regionalCalendarId() {
        String province = PROVINCES.get(region.substring(0, 2));
        if (province == null) {
            throw new IllegalArgumentException("region " + region + " of service center '" + name
                    + "' does not start with a province-level division code");
        }
        return CalendarId.of("CN-" + province);
    }

    /**
     * The working-day calendar of this center from a registry: the province's regional calendar
     * (national holidays plus regional ones, e.g. Eid in Xinjiang) when the registry has one,
     * otherwise the national calendar {@code CN}, which applies wherever no regional notice exists.
     *
     * @param calendars the registry, e.g. {@code Calendars.standard()}
     * @return the calendar
     * @throws IllegalArgumentException if the registry has neither the regional nor the national calendar
     */
    public WorkingDayCalendar calendar(Calendars calendars) {
        Objects.requireNonNull(calendars, "calendars");
        return calendars.findCalendar(regionalCalendarId()).orElseGet(() -> calendars.calendar(CalendarId.CN));
    }

    /**
     * A window by id.
     *
     * @param id the window id
     * @return the window
     * @throws IllegalArgumentException naming the known ids if there is none
     */
    public Window window(String id) {
        return findWindow(id).orElseThrow(() -> new IllegalArgumentException("service center '" + name
                + "' has no window " + id + " (windows: " + windows.stream().map(Window::id).toList() + ")"));
    }

    /** A window by id, if any. */
    public Optional<Window> findWindow(String id) {
        Objects.requireNonNull(id, "id");
        return windows.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /**
     * A seal by id.
     *
     * @param id the seal id
     * @return the seal
     * @throws IllegalArgumentException naming the known ids if there is none
     */
    public Seal seal(String id) {
        return findSeal(id).orElseThrow(() -> new IllegalArgumentException("service center '" + name
                + "' keeps no seal " + id + " (seals: " + seals.stream().map(Seal::id).toList() + ")"));
    }

    /** A seal by id, if any. */
    public Optional<Seal> findSeal(String id) {
        Objects.requireNonNull(id, "id");
        return seals.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The windows authorized for an action on an item.
     *
     * @param action   the action
     * @param itemCode the implementation code
     * @return the windows, in declaration order
     */
    public List<Window> windowsFor(HallAction action, String itemCode) {
        return windows.stream().filter(w -> w.authorization().allows(action, itemCode)).toList();
    }

    /**
     * Accepts a case at a window (受理): checks the window's ACCEPT authorization and staff, then
     * records {@code accepted}. Completeness of materials is the caller's (or the rules') decision.
     *
     * @param aCase         the received case
     * @param windowId      the window
     * @param staffId       the accepting staff member
     * @param at            when
     * @param receiptNumber nullable: the acceptance receipt number
     * @return the case with the new event
     * @throws NotAuthorizedException if there is no such window, the window may not accept the item or the
     *                                person does not staff it
     * @throws io.github.govrules.core.cases.IllegalTransitionException if the case cannot be accepted now
     */
    public Case accept(Case aCase, String windowId, String staffId, LocalDateTime at, String receiptNumber) {
        Objects.requireNonNull(aCase, "aCase");
        windowFor(windowId, HallAction.ACCEPT, aCase.itemCode()).requireAuthorized(HallAction.ACCEPT, aCase.itemCode(), staffId);
        return aCase.record(new CaseEvent.Accepted(at, staffId, receiptNumber));
    }

    /**
     * Decides a case (审批): checks the window's APPROVE authorization and that the approver did not
     * accept the case, then records {@code completed}.
     *
     * @param aCase             the case in process
     * @param windowId          the window whose chief representative's authorization covers the approval
     * @param approverId        the approver
     * @param at                when
     * @param outcome           approved or refused
     * @param certificateNumber nullable: the licence number
     * @return the case with the new event
     * @throws NotAuthorizedException      if there is no such window or the window may not approve the item
     * @throws SeparationOfDutiesException if the approver accepted the case
     * @throws io.github.govrules.core.cases.IllegalTransitionException if the case cannot be completed now
     */
    public Case decide(Case aCase, String windowId, String approverId, LocalDateTime at, Outcome outcome,
                       String certificateNumber) {
        return decide(aCase, windowId, approverId, at, outcome, certificateNumber, null);
    }

    /**
     * Decides a case (审批) and records the certificate issued with its validity (证照有效期): the
     * checks of {@link #decide(Case, String, String, LocalDateTime, Outcome, String)}, then
     * {@code completed} with the certificate's number and validity.
     *
     * @param aCase               the case in process
     * @param windowId            the window whose chief representative's authorization covers the approval
     * @param approverId          the approver
     * @param at                  when
     * @param outcome             approved or refused
     * @param certificateNumber   nullable: the licence number
     * @param certificateValidity nullable: how long the licence is valid; only with a number, for an approval
     * @return the case with the new event
     * @throws NotAuthorizedException      if there is no such window or the window may not approve the item
     * @throws SeparationOfDutiesException if the approver accepted the case
     * @throws IllegalArgumentException    if the validity is given without a number, for a refusal, or ends
     *                                     before the day of the decision
     * @throws io.github.govrules.core.cases.IllegalTransitionException if the case cannot be completed now
     */
    public Case decide(Case aCase, String windowId, String approverId, LocalDateTime at, Outcome outcome,
                       String certificateNumber, CertificateValidity certificateValidity) {
        Objects.requireNonNull(aCase, "aCase");
        requireMayDecide(aCase, windowId, approverId);
        return aCase.record(new CaseEvent.Completed(at, approverId, outcome, certificateNumber, certificateValidity));
    }

    /**
     * Decides a case (审批) with every detail of its completion: the certificate's name, number and
     * validity, the issuing and sealing unit (出证/用印单位) and the fee charged (收费金额). The checks
     * of {@link #decide(Case, String, String, LocalDateTime, Outcome, String)}, for the approver who
     * is the event's {@link CaseEvent.Completed#by() by}, then the event is recorded as given.
     *
     * @param aCase    the case in process
     * @param windowId the window whose chief representative's authorization covers the approval
     * @param decision the completion, made by the approver ({@code by}) at its time ({@code at})
     * @return the case with the new event
     * @throws NotAuthorizedException      if there is no such window, the window may not approve the item or
     *                                     the approver is not among its approvers
     * @throws SeparationOfDutiesException if the approver accepted the case
     * @throws io.github.govrules.core.cases.IllegalTransitionException if the case cannot be completed now
     */
    public Case decide(Case aCase, String windowId, CaseEvent.Completed decision) {
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(decision, "decision");
        requireMayDecide(aCase, windowId, decision.by());
        return aCase.record(decision);
    }

    /** The checks of a decision: the window's APPROVE authorization for the approver, who did not accept the case. */
    private void requireMayDecide(Case aCase, String windowId, String approverId) {
        windowFor(windowId, HallAction.APPROVE, aCase.itemCode()).requireAuthorized(HallAction.APPROVE, aCase.itemCode(), approverId);
        Duties.requireMayApprove(aCase, approverId);
    }

    /**
     * Voids a case (作废) at a window: the hall strikes a case registered in error (a duplicate
     * registration, the wrong item, test data). Checks that the window holds the item's ACCEPT
     * authorization (首席代表授权: the window that may register and accept the item is the one that
     * answers for its registrations) and that the person staffs it, then records {@code voided} with
     * the reason. Unlike a withdrawal (撤回, the applicant's choice), voiding is the hall's act; unlike a
     * termination (终止), it does not end a real application on its merits: a voided case never was
     * one, counts in no indicator and no document of it is stamped afterwards.
     *
     * <p>Allowed wherever the state machine allows {@code voided}: after receipt and before completion.
     * A completed case is not voided; its approval stands until it is revoked ({@link #revoke}).
     *
     * @param aCase    the case registered in error
     * @param windowId a window authorized to ACCEPT the case's item
     * @param staffId  the staff member who voids it; must staff the window (when it names its staff)
     * @param at       when
     * @param reason   why the registration was in error, e.g. "duplicate of GJJ-2025-000122"; not blank
     * @return the case with the new event
     * @throws NotAuthorizedException   if there is no such window, the window may not accept the item or the
     *                                  person does not staff it; the message names the case and the void
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the reason is blank
     * @throws io.github.govrules.core.cases.IllegalTransitionException if the case cannot be voided now (not
     *                                  yet received, or already completed or ended)
     */
    public Case voidCase(Case aCase, String windowId, String staffId, LocalDateTime at, String reason) {
        Objects.requireNonNull(aCase, "aCase");
        String why = "Case " + aCase.number() + ": only the staff of a window authorized to ACCEPT its item may void it (作废): ";
        checked(why, () -> windowFor(windowId, HallAction.ACCEPT, aCase.itemCode())
                .requireAuthorized(HallAction.ACCEPT, aCase.itemCode(), staffId));
        return aCase.record(new CaseEvent.Voided(at, staffId, reason));
    }

    /**
     * Revokes the approval of a case (撤销行政许可, Licensing Law Art. 69), e.g. under notify-and-commit
     * (告知承诺制) when the applicant's promise proved false. The revocation is a decision of the
     * agency like the approval it undoes, so it is held to the same rule as {@link #decide}: the window
     * holds the item's APPROVE authorization (首席代表授权), the person is among the window's
     * {@code approvers} (when it names any), and did not accept the case (acceptance and approval are
     * separate). The approver who decided the case may revoke it. Then records {@code revoked} with
     * the reason, the legal basis and, if given, the number of the revocation decision (撤销决定书文号),
     * which is stamped with the official seal ({@link SealDocument#REVOCATION}).
     *
     * @param aCase          a case completed with an approval (COMPLETED, DELIVERED or EVALUATED)
     * @param windowId       the window whose chief representative's authorization covers the approval
     * @param approverId     the approver who decides the revocation
     * @param at             when the revocation was decided
     * @param reason         the facts, e.g. "the promised premises certificate proved false"; not blank
     * @param basis          the legal basis, e.g. "《中华人民共和国行政许可法》第六十九条第二款"; not blank
     * @param decisionNumber nullable: the number of the revocation decision
     * @return the case with the new event
     * @throws NotAuthorizedException      if there is no such window, the window may not approve the item or
     *                                     the person is not among its approvers; the message names the case
     * @throws SeparationOfDutiesException if the approver accepted the case
     * @throws NullPointerException        if a non-nullable argument is null
     * @throws IllegalArgumentException    if the reason or basis is blank, or the decision number is given but
     *                                     blank
     * @throws io.github.govrules.core.cases.IllegalTransitionException if the case was not completed with an
     *                                     approval, or was already revoked or otherwise ended
     */
    public Case revoke(Case aCase, String windowId, String approverId, LocalDateTime at, String reason, String basis,
                       String decisionNumber) {
        Objects.requireNonNull(aCase, "aCase");
        String why = "Case " + aCase.number() + ": only an approver entitled to APPROVE its item at the window may revoke "
                + "its approval (撤销): ";
        checked(why, () -> windowFor(windowId, HallAction.APPROVE, aCase.itemCode())
                .requireAuthorized(HallAction.APPROVE, aCase.itemCode(), approverId));
        Duties.requireMayRevoke(aCase, approverId);
        return aCase.record(new CaseEvent.Revoked(at, approverId, reason, basis, decisionNumber));
    }

    /** Runs an authorization check, putting {@code context} (the case and the operation) before a refusal's message. */
    private static void checked(String context, Runnable check) {
        try {
            check.run();
        } catch (NotAuthorizedException e) {
            throw new NotAuthorizedException(e.windowId(), e.action(), e.itemCode(), context + e.getMessage());
        }
    }

    private static final EnumSet<SealDocument> NOTICES = EnumSet.of(SealDocument.ACCEPTANCE_NOTICE,
            SealDocument.NON_ACCEPTANCE_NOTICE, SealDocument.CORRECTION_NOTICE);
    /** The states of a decided case: completed and after, a revoked approval included. */
    private static final EnumSet<CaseState> DECIDED = EnumSet.of(CaseState.COMPLETED, CaseState.DELIVERED,
            CaseState.EVALUATED, CaseState.REVOKED);

    /**
     * Stamps a document of a case (用印) and enters the use in the ledger. Checks, in order: the
     * window exists and has the authorization (ACCEPT for notices, ISSUE otherwise) and the stamper
     * staffs it; the seal is kept here, could be used on the day (enabled by then, not yet changed
     * or cancelled), is owned by the item's implementing body and is of the kind
     * {@link SealPolicy} requires; the document fits the case as it stood at {@code at} (its events
     * dated at or before {@code at}; later events do not count, so the decision stamped on the day
     * of an approval revoked months later was rightly stamped): nothing is stamped at or after the
     * case's {@code voided} event (作废: the registration was in error, it never was an
     * application), and at or after its {@code revoked} event (撤销) only the revocation decision and
     * the cancellation (注销, which a revocation entails, Licensing Law Art. 70(4)) are; a decision
     * only after the case was approved, a refusal only after it was refused, an acceptance notice
     * only after it was accepted, a non-acceptance notice only after it was not accepted, a
     * correction notice only after corrections were requested, a revocation decision (撤销决定书)
     * only after the approval was revoked ({@code revoked} event), and never dated before the event
     * it documents; the use is
     * not dated before the ledger's last entry; the stamper is not the approver. Nothing is
     * entered when a check fails.
     *
     * @param ledger    the ledger so far
     * @param aCase     the case
     * @param item      the item version the case pins
     * @param windowId  the window
     * @param stamperId who stamps
     * @param sealId    the seal
     * @param document  what is stamped
     * @param at        when
     * @return the ledger with the new use
     * @throws NotAuthorizedException      if there is no such window, the window may not do it or the person
     *                                     does not staff it
     * @throws SealMisuseException         if the seal is unknown or may not be used on this document of this
     *                                     case at that time, or the use is dated before the ledger's last entry
     * @throws SeparationOfDutiesException if the stamper approved the case
     * @throws IllegalArgumentException    if the item is not the one the case pins
     */
    public SealLedger stamp(SealLedger ledger, Case aCase, ServiceItem item, String windowId, String stamperId,
                            String sealId, SealDocument document, LocalDateTime at) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(sealId, "sealId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(at, "at");
        if (!item.implementationCode().equals(aCase.itemCode()) || item.version() != aCase.itemVersion()) {
            throw new IllegalArgumentException("case " + aCase.number() + " pins item " + aCase.itemCode() + " v"
                    + aCase.itemVersion() + ", not " + item.implementationCode() + " v" + item.version());
        }
        HallAction action = NOTICES.contains(document) ? HallAction.ACCEPT : HallAction.ISSUE;
        windowFor(windowId, action, aCase.itemCode()).requireAuthorized(action, aCase.itemCode(), stamperId);
        Seal seal = findSeal(sealId).orElseThrow(() -> new SealMisuseException("Case " + aCase.number() + ", " + document
                + ": service center '" + name + "' keeps no seal " + sealId + " (seals: "
                + seals.stream().map(Seal::id).toList() + ")"));
        String where = "Case " + aCase.number() + ", " + document + ": seal " + seal.id() + " (" + seal.name() + ")";
        if (!seal.usableOn(at.toLocalDate())) {
            throw new SealMisuseException(where + " is " + seal.state() + " since " + seal.since() + " and may not be used on "
                    + at.toLocalDate());
        }
        if (!seal.department().equals(item.implementingBody().name())) {
            throw new SealMisuseException(where + " belongs to " + seal.department() + ", not to the implementing body "
                    + item.implementingBody().name());
        }
        SealChoice choice = SealPolicy.choose(document, aCase.effectiveKind().orElse(item.caseKind()), officialSealItems.contains(item.implementationCode()));
        if (!choice.accepts(seal.kind())) {
            throw new SealMisuseException(where + " is " + seal.kind() + " but the document needs " + choice.kind()
                    + ": " + choice.basis());
        }
        // the case as it stood at the stamp: its events dated at or before it
        Case then = aCase.before(at.plusNanos(1));
        requireNotVoidedOrRevoked(then, document, at, where);
        if (document == SealDocument.DECISION || document == SealDocument.REFUSAL) {
            Outcome needed = document == SealDocument.DECISION ? Outcome.APPROVED : Outcome.REFUSED;
            // a stamp dated before a completion the case records is judged by requireDocumentedEvent ("dated before")
            boolean completedThen = then.events().stream().anyMatch(e -> e instanceof CaseEvent.Completed);
            var status = (completedThen ? then : aCase).status();
            if (!DECIDED.contains(status.state()) || status.outcome() != needed) {
                throw new SealMisuseException(where + " cannot be used before the case is completed " + needed
                        + " (state " + status.state() + (status.outcome() == null ? "" : ", outcome " + status.outcome()) + ")");
            }
        }
        requireDocumentedEvent(aCase, document, at, where);
        List<SealUse> uses = ledger.uses();
        if (!uses.isEmpty() && at.isBefore(uses.get(uses.size() - 1).at())) {
            SealUse last = uses.get(uses.size() - 1);
            throw new SealMisuseException(where + ": a use at " + at + " is dated before the ledger's last entry at "
                    + last.at() + " (case " + last.caseNumber() + "); the ledger is kept in time order");
        }
        Duties.requireMayStamp(aCase, stamperId, document);
        return ledger.with(new SealUse(seal.id(), stamperId, at, aCase.number(), document));
    }

    /** Documents that may still be stamped after a revocation: the revocation itself and the cancellation it entails. */
    private static final EnumSet<SealDocument> AFTER_REVOCATION = EnumSet.of(SealDocument.REVOCATION,
            SealDocument.CANCELLATION);

    /**
     * No document of a case is stamped at or after its {@code voided} event (the registration was
     * in error), and after its {@code revoked} event only the revocation decision and the
     * cancellation (注销, Licensing Law Art. 70(4)) are. {@code then} is the case as it stood at the stamp.
     */
    private static void requireNotVoidedOrRevoked(Case then, SealDocument document, LocalDateTime at, String where) {
        for (CaseEvent e : then.events()) {
            if (e instanceof CaseEvent.Voided v) {
                throw new SealMisuseException(where + " cannot be used at " + at + ": the case was voided (作废) at "
                        + v.at() + " by " + v.by() + " (" + v.reason() + "); a voided case never was an application "
                        + "and no document of it is stamped on or after the void");
            }
            if (e instanceof CaseEvent.Revoked r && !AFTER_REVOCATION.contains(document)) {
                throw new SealMisuseException(where + " cannot be used at " + at + ": the approval was revoked (撤销) at "
                        + r.at() + " (state REVOKED); after a revocation only the revocation decision (REVOCATION) "
                        + "and the cancellation (CANCELLATION) may be stamped");
            }
        }
    }

    /**
     * A notice or decision documents an event of the case: it must exist and the stamp may not be
     * dated before it. A revocation decision documents the {@code revoked} event; cancellations
     * (注销) and reports up are acts not recorded on the case.
     */
    private static void requireDocumentedEvent(Case aCase, SealDocument document, LocalDateTime at, String where) {
        String what;
        java.util.function.Predicate<CaseEvent> documents;
        switch (document) {
            case ACCEPTANCE_NOTICE -> {
                what = "acceptance";
                documents = e -> e instanceof CaseEvent.Accepted || e instanceof CaseEvent.AcceptedWithGaps;
            }
            case NON_ACCEPTANCE_NOTICE -> {
                what = "decision not to accept";
                documents = e -> e instanceof CaseEvent.NotAccepted;
            }
            case CORRECTION_NOTICE -> {
                what = "request for corrections";
                documents = e -> e instanceof CaseEvent.CorrectionRequested;
            }
            case DECISION, REFUSAL -> {
                what = "completion";
                documents = e -> e instanceof CaseEvent.Completed;
            }
            case REVOCATION -> {
                what = "revocation";
                documents = e -> e instanceof CaseEvent.Revoked;
            }
            default -> {
                return;
            }
        }
        CaseEvent documented = aCase.events().stream().filter(documents).findFirst()
                .orElseThrow(() -> new SealMisuseException(where + " cannot be used: the case records no " + what
                        + " (state " + aCase.status().state() + ")"));
        if (at.isBefore(documented.at())) {
            throw new SealMisuseException(where + ": the stamp at " + at + " is dated before the " + what + " it documents, at "
                    + documented.at());
        }
    }

    /** The window, or a {@link NotAuthorizedException} naming the windows there are. */
    private Window windowFor(String windowId, HallAction action, String itemCode) {
        Objects.requireNonNull(windowId, "windowId");
        return findWindow(windowId).orElseThrow(() -> new NotAuthorizedException(windowId, action, itemCode,
                "Service center '" + name + "' has no window " + windowId + " (windows: "
                        + windows.stream().map(Window::id).toList() + ")"));
    }
}
