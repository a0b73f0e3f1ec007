package io.github.govrules.core.hall;

import io.github.govrules.core.cases.Case;
import io.github.govrules.core.cases.CaseEvent;
import io.github.govrules.core.cases.CaseState;
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
import java.util.Objects;
import java.util.Optional;

/**
 * A service center (政务服务中心): its windows and the seals it keeps, and the hall operations
 * that check authorization, separation of duties and seal choice before they record anything.
 *
 * <p>Operations never change this object: {@link #accept} and {@link #decide} return the case
 * with the new event, {@link #stamp} returns the ledger with the new use. When a check fails
 * nothing is recorded.
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
     * @throws NotAuthorizedException if the window may not accept the item or the person does not staff it
     * @throws io.github.govrules.core.cases.IllegalTransitionException if the case cannot be accepted now
     */
    public Case accept(Case aCase, String windowId, String staffId, LocalDateTime at, String receiptNumber) {
        Objects.requireNonNull(aCase, "aCase");
        window(windowId).requireAuthorized(HallAction.ACCEPT, aCase.itemCode(), staffId);
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
     * @throws NotAuthorizedException      if the window may not approve the item
     * @throws SeparationOfDutiesException if the approver accepted the case
     * @throws io.github.govrules.core.cases.IllegalTransitionException if the case cannot be completed now
     */
    public Case decide(Case aCase, String windowId, String approverId, LocalDateTime at, Outcome outcome,
                       String certificateNumber) {
        Objects.requireNonNull(aCase, "aCase");
        window(windowId).requireAuthorized(HallAction.APPROVE, aCase.itemCode(), approverId);
        Duties.requireMayApprove(aCase, approverId);
        return aCase.record(new CaseEvent.Completed(at, approverId, outcome, certificateNumber));
    }

    private static final EnumSet<SealDocument> NOTICES = EnumSet.of(SealDocument.ACCEPTANCE_NOTICE,
            SealDocument.NON_ACCEPTANCE_NOTICE, SealDocument.CORRECTION_NOTICE);
    private static final EnumSet<CaseState> DECIDED = EnumSet.of(CaseState.COMPLETED, CaseState.DELIVERED,
            CaseState.EVALUATED);

    /**
     * Stamps a document of a case (用印) and enters the use in the ledger. Checks, in order: the
     * window's authorization (ACCEPT for notices, ISSUE otherwise) and staff; the seal is kept here,
     * enabled, owned by the item's implementing body and of the kind {@link SealPolicy} requires;
     * a decision is stamped only after the case was approved (a refusal only after it was refused);
     * the stamper is not the approver.
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
     * @throws NotAuthorizedException      if the window may not do it or the person does not staff it
     * @throws SealMisuseException         if the seal may not be used on this document of this case
     * @throws SeparationOfDutiesException if the stamper approved the case
     * @throws IllegalArgumentException    if the window or seal is unknown, or the item is not the case's
     */
    public SealLedger stamp(SealLedger ledger, Case aCase, ServiceItem item, String windowId, String stamperId,
                            String sealId, SealDocument document, LocalDateTime at) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(aCase, "aCase");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(at, "at");
        if (!item.implementationCode().equals(aCase.itemCode()) || item.version() != aCase.itemVersion()) {
            throw new IllegalArgumentException("case " + aCase.number() + " pins item " + aCase.itemCode() + " v"
                    + aCase.itemVersion() + ", not " + item.implementationCode() + " v" + item.version());
        }
        HallAction action = NOTICES.contains(document) ? HallAction.ACCEPT : HallAction.ISSUE;
        window(windowId).requireAuthorized(action, aCase.itemCode(), stamperId);
        Seal seal = seal(sealId);
        String where = "Case " + aCase.number() + ", " + document + ": seal " + seal.id() + " (" + seal.name() + ")";
        if (!seal.usable()) {
            throw new SealMisuseException(where + " is " + seal.state() + " since " + seal.since() + " and may not be used");
        }
        if (!seal.department().equals(item.implementingBody().name())) {
            throw new SealMisuseException(where + " belongs to " + seal.department() + ", not to the implementing body "
                    + item.implementingBody().name());
        }
        SealChoice choice = SealPolicy.choose(document, aCase.kind(), officialSealItems.contains(item.implementationCode()));
        if (!choice.accepts(seal.kind())) {
            throw new SealMisuseException(where + " is " + seal.kind() + " but the document needs " + choice.kind()
                    + ": " + choice.basis());
        }
        if (document == SealDocument.DECISION || document == SealDocument.REFUSAL) {
            Outcome needed = document == SealDocument.DECISION ? Outcome.APPROVED : Outcome.REFUSED;
            var status = aCase.status();
            if (!DECIDED.contains(status.state()) || status.outcome() != needed) {
                throw new SealMisuseException(where + " cannot be used before the case is completed " + needed
                        + " (state " + status.state() + (status.outcome() == null ? "" : ", outcome " + status.outcome()) + ")");
            }
        }
        Duties.requireMayStamp(aCase, stamperId);
        return ledger.with(new SealUse(seal.id(), stamperId, at, aCase.number(), document));
    }
}
