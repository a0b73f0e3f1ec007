package io.github.govrules.core.cases;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.calendar.deadline.TimeLimitUnit;
import io.github.govrules.core.internal.Checks;
import io.github.govrules.core.internal.EventNames;
import io.github.govrules.core.item.ServiceChannel;
import io.github.govrules.core.item.SpecialProcedure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a case's append-only event log (办件过程信息). The state of a case is derived
 * from its events ({@link CaseStatus#replay(List)}); events are never changed or removed.
 *
 * <p>Every event has the local date-time of the hall at which it happened ({@code at}) and the
 * id of the person who did it ({@code by}). In JSON an event is an object whose {@code "type"}
 * names the event, e.g. {@code {"type": "accepted", "at": "2025-09-19T10:05:00", "by": "w03-li"}}.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CaseEvent.Received.class, name = "received"),
    @JsonSubTypes.Type(value = CaseEvent.CorrectionRequested.class, name = "correction-requested"),
    @JsonSubTypes.Type(value = CaseEvent.Supplemented.class, name = "supplemented"),
    @JsonSubTypes.Type(value = CaseEvent.Accepted.class, name = "accepted"),
    @JsonSubTypes.Type(value = CaseEvent.AcceptedWithGaps.class, name = "accepted-with-gaps"),
    @JsonSubTypes.Type(value = CaseEvent.NotAccepted.class, name = "not-accepted"),
    @JsonSubTypes.Type(value = CaseEvent.StepDone.class, name = "step-done"),
    @JsonSubTypes.Type(value = CaseEvent.StepReturned.class, name = "step-returned"),
    @JsonSubTypes.Type(value = CaseEvent.Suspended.class, name = "suspended"),
    @JsonSubTypes.Type(value = CaseEvent.Resumed.class, name = "resumed"),
    @JsonSubTypes.Type(value = CaseEvent.Extended.class, name = "extended"),
    @JsonSubTypes.Type(value = CaseEvent.Completed.class, name = "completed"),
    @JsonSubTypes.Type(value = CaseEvent.Delivered.class, name = "delivered"),
    @JsonSubTypes.Type(value = CaseEvent.Evaluated.class, name = "evaluated"),
    @JsonSubTypes.Type(value = CaseEvent.Withdrawn.class, name = "withdrawn"),
    @JsonSubTypes.Type(value = CaseEvent.Terminated.class, name = "terminated"),
    @JsonSubTypes.Type(value = CaseEvent.Voided.class, name = "voided"),
    @JsonSubTypes.Type(value = CaseEvent.Revoked.class, name = "revoked")
})
public sealed interface CaseEvent {

    /** When it happened, in the hall's local time. */
    LocalDateTime at();

    /** Who did it: a staff id, or the applicant for evaluations and withdrawals. */
    String by();

    /** The event's name as written in JSON, e.g. {@code "accepted-with-gaps"}. */
    default String name() {
        return EventNames.of(getClass());
    }

    /**
     * Materials received at a window or online (收件): the first event of every case.
     *
     * <p>When it names the {@code window} that received it, the clock of a case read with the
     * service center ({@code CaseClocks.clockOf(aCase, item, calendar, center)}) uses that window's
     * office hours: a receipt or acceptance after its close of business counts from the next
     * working day ({@code WindowHours.receiptDay}).
     *
     * @param at      when
     * @param by      the receiving staff member
     * @param channel where: {@code WINDOW} counts as a visit
     * @param window  nullable: the id of the window that received it (窗口)
     * @since 0.1.0 ({@code window} since 0.2.0)
     */
    record Received(LocalDateTime at, @NotBlank String by, ServiceChannel channel,
                    @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "must be 1 to 20 letters, digits or '-'") String window)
            implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a non-nullable component is null
         */
        public Received {
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.required(channel, "channel");
            Checks.optionalText(window, "window");
        }

        /**
         * Creates the event without naming the window.
         *
         * @param at      when
         * @param by      the receiving staff member
         * @param channel where
         */
        public Received(LocalDateTime at, String by, ServiceChannel channel) {
            this(at, by, channel, null);
        }
    }

    /**
     * The one-time correction notice (一次性告知, 补正通知; Licensing Law Art. 32(4)): everything
     * missing, told at once. At most one per case.
     *
     * @param at      when the notice was given
     * @param by      the staff member
     * @param missing the codes of the materials to supplement, at least one
     * @param notice  the notice text or number
     * @since 0.1.0
     */
    record CorrectionRequested(LocalDateTime at, @NotBlank String by, @NotEmpty List<@NotBlank String> missing,
                               @NotBlank @Size(max = 2000) String notice) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if nothing is missing, or a code is listed twice
         */
        public CorrectionRequested {
            Checks.required(at, "at");
            Checks.required(by, "by");
            missing = Checks.list(Checks.required(missing, "missing"), "missing");
            Checks.required(notice, "notice");
            if (missing.isEmpty()) {
                throw new IllegalArgumentException("a correction notice must list at least one missing material");
            }
            Checks.unique(missing, code -> code, "missing");
        }
    }

    /**
     * Materials supplemented (补齐): after a correction notice, or to close tolerated gaps.
     *
     * @param at        when
     * @param by        the staff member who received them
     * @param channel   where: {@code WINDOW} counts as a visit
     * @param materials what was handed in, at least one entry
     * @since 0.1.0
     */
    record Supplemented(LocalDateTime at, @NotBlank String by, ServiceChannel channel,
                        @NotEmpty List<@Valid SubmittedMaterial> materials) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if empty
         */
        public Supplemented {
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.required(channel, "channel");
            materials = Checks.list(Checks.required(materials, "materials"), "materials");
            if (materials.isEmpty()) {
                throw new IllegalArgumentException("a supplement must hand in at least one material");
            }
        }
    }

    /**
     * Accepted (受理), with the acceptance notice carrying the special seal and the date (Art. 32).
     *
     * @param at            when
     * @param by            the accepting staff member
     * @param receiptNumber nullable: the acceptance receipt number (受理回执编号)
     * @param decision      nullable: what the rule pack decided (kind, limits, the day acceptance counts
     *                      from); absent when the case was accepted without the rules
     * @since 0.1.0
     */
    record Accepted(LocalDateTime at, @NotBlank String by, @Size(max = 60) String receiptNumber,
                    @Valid KindDecision decision) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if {@code at} or {@code by} is null
         * @throws IllegalArgumentException if the decision's acceptance day is after {@code at}
         */
        public Accepted {
            Checks.optionalText(receiptNumber, "receiptNumber");
            Checks.required(at, "at");
            Checks.required(by, "by");
            if (decision != null && decision.acceptedOn().isAfter(at.toLocalDate())) {
                throw new IllegalArgumentException("decision.acceptedOn " + decision.acceptedOn()
                        + " is after the acceptance at " + at);
            }
        }

        /**
         * Creates the event without a pack's decision.
         *
         * @throws NullPointerException if {@code at} or {@code by} is null
         */
        public Accepted(LocalDateTime at, String by, String receiptNumber) {
            this(at, by, receiptNumber, null);
        }
    }

    /**
     * Accepted with tolerated gaps (容缺受理): accepted now, the listed non-key materials to be
     * supplemented by {@code supplementDue}.
     *
     * @param at            when
     * @param by            the accepting staff member
     * @param gaps          the codes of the missing tolerated materials, at least one
     * @param supplementDue the last day to supplement them
     * @param decision      nullable: what the rule pack decided (kind, limits, the day acceptance counts from)
     * @since 0.1.0
     */
    record AcceptedWithGaps(LocalDateTime at, @NotBlank String by, @NotEmpty List<@NotBlank String> gaps,
                            LocalDate supplementDue, @Valid KindDecision decision) implements CaseEvent {

        /**
         * Creates the event without a pack's decision.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException as the canonical constructor
         */
        public AcceptedWithGaps(LocalDateTime at, String by, List<String> gaps, LocalDate supplementDue) {
            this(at, by, gaps, supplementDue, null);
        }

        /**
         * Creates the event.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException on no gaps, a gap listed twice, or a bad date
         */
        public AcceptedWithGaps {
            Checks.required(at, "at");
            Checks.required(by, "by");
            gaps = Checks.list(Checks.required(gaps, "gaps"), "gaps");
            Checks.required(supplementDue, "supplementDue");
            if (gaps.isEmpty()) {
                throw new IllegalArgumentException("accepted-with-gaps must list at least one gap");
            }
            Checks.unique(gaps, code -> code, "gaps");
            if (supplementDue.isBefore(at.toLocalDate())) {
                throw new IllegalArgumentException("supplementDue " + supplementDue + " is before the acceptance on " + at.toLocalDate());
            }
            if (decision != null && decision.acceptedOn().isAfter(at.toLocalDate())) {
                throw new IllegalArgumentException("decision.acceptedOn " + decision.acceptedOn()
                        + " is after the acceptance at " + at);
            }
        }
    }

    /**
     * Not accepted (不予受理), with the reason (e.g. outside the agency's competence, Art. 32(2)).
     *
     * @param at     when
     * @param by     the staff member
     * @param reason the reason given in writing
     * @since 0.1.0
     */
    record NotAccepted(LocalDateTime at, @NotBlank String by, @NotBlank @Size(max = 2000) String reason) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a component is null
         */
        public NotAccepted {
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.required(reason, "reason");
        }
    }

    /**
     * A step (环节) of the item's procedure done and passed on.
     *
     * @param at      when
     * @param by      the handler
     * @param step    the step name as declared by the item
     * @param opinion nullable: the handler's opinion (办理意见)
     * @since 0.1.0
     */
    record StepDone(LocalDateTime at, @NotBlank String by, @NotBlank String step,
                    @Size(max = 2000) String opinion) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a non-nullable component is null
         */
        public StepDone {
            Checks.optionalText(opinion, "opinion");
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.required(step, "step");
        }
    }

    /**
     * A step returned (退回) to an earlier handler, with the reason.
     *
     * @param at     when
     * @param by     the handler
     * @param step   the step name
     * @param reason why
     * @since 0.1.0
     */
    record StepReturned(LocalDateTime at, @NotBlank String by, @NotBlank String step,
                        @NotBlank @Size(max = 2000) String reason) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a component is null
         */
        public StepReturned {
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.required(step, "step");
            Checks.required(reason, "reason");
        }
    }

    /**
     * Processing suspended for a special procedure (特别程序) whose time is not counted
     * (Licensing Law Art. 45); the applicant is told in writing.
     *
     * @param at        when
     * @param by        the staff member
     * @param procedure the special procedure; not {@code EXTENSION} (use {@link Extended})
     * @param reason    the reason or basis
     * @since 0.1.0
     */
    record Suspended(LocalDateTime at, @NotBlank String by, SpecialProcedure procedure,
                     @NotBlank @Size(max = 2000) String reason) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException for EXTENSION
         */
        public Suspended {
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.required(procedure, "procedure");
            Checks.required(reason, "reason");
            if (procedure == SpecialProcedure.EXTENSION) {
                throw new IllegalArgumentException("an extension is not a suspension: use the 'extended' event");
            }
        }
    }

    /**
     * Processing resumed after a special procedure.
     *
     * @param at when
     * @param by the staff member
     * @since 0.1.0
     */
    record Resumed(LocalDateTime at, @NotBlank String by) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a component is null
         */
        public Resumed {
            Checks.required(at, "at");
            Checks.required(by, "by");
        }
    }

    /**
     * The limit extended once, with approval and reasons told to the applicant (Art. 42).
     *
     * @param at         when
     * @param by         the staff member
     * @param extension  the extra time, e.g. 10 working days
     * @param approvedBy who approved the extension (the agency head)
     * @param reason     the reason told to the applicant
     * @since 0.1.0
     */
    record Extended(LocalDateTime at, @NotBlank String by, TimeLimit extension, @NotBlank String approvedBy,
                    @NotBlank @Size(max = 2000) String reason) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException for an extension that is not a positive number of working days
         */
        public Extended {
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.required(extension, "extension");
            Checks.required(approvedBy, "approvedBy");
            Checks.required(reason, "reason");
            if (extension.unit() != TimeLimitUnit.WORKING_DAYS || extension.amount() == 0) {
                throw new IllegalArgumentException("an extension must be a positive number of working days (Art. 42, 82), but was "
                        + extension);
            }
        }
    }

    /**
     * Completed (办结): the decision, approved or refused; {@code by} is the approver.
     *
     * <p>An approval may issue a certificate (证照): its number (证照编号), how long it is valid
     * (证照有效期) and its name (证照名称), e.g. {@code "certificateNumber": "浙印证字第0311号",
     * "certificateValidity": "2031-10-08", "certificateName": "印刷经营许可证"}; the validity may be
     * {@code "long-term"}. The validity and the name are given only with a certificate number and
     * only for an approval; the validity does not end before the day of completion.
     *
     * <p>Any completion may name the unit that issued the certificate or decision and stamped it
     * (出证单位 / 用印单位, {@link IssuingUnit}: name and optionally its unified social credit
     * code), e.g. {@code "issuingUnit": {"name": "示例区文化和广电旅游体育局", "code": "11330106002000600N"}};
     * a written refusal (不予许可决定书) is sealed too.
     *
     * <p>The fee charged (收费金额) is a whole number of fen (分; 100 fen = 1 yuan), so that an
     * amount is exact in JSON, YAML and Java alike: {@code "feeChargedFen": 1500} is 15.00 yuan,
     * {@code 0} says that nothing was charged, absent that it was not recorded. A negative amount
     * is refused naming {@code feeChargedFen}; so is a fraction of a fen ({@code 1500.5}) or text
     * ({@code "15.00"}), which are not integers. {@link #findFeeChargedYuan()} gives the amount in
     * yuan. Whether the amount fits the item's {@code fees} (a free item, 不收费, charges
     * nothing) is checked against the item by {@code CaseChecks}.
     *
     * <p>Delivery by courier (邮寄送达) is not part of the completion: it is the
     * {@link Delivered} event that follows it, with {@code channel} {@code COURIER}.
     *
     * @param at                  when the decision was made
     * @param by                  the approver (审批人)
     * @param outcome             approved or refused
     * @param certificateNumber   nullable: the number of the licence or document issued (证照编号)
     * @param certificateValidity nullable: how long the certificate is valid (证照有效期), from the day of completion
     * @param certificateName     nullable: the name of the certificate issued (证照名称), e.g. "印刷经营许可证"
     * @param issuingUnit         nullable: the unit that issued and sealed the certificate or decision (出证/用印单位)
     * @param feeChargedFen       nullable: the fee charged (收费金额), in fen (分), not negative
     * @since 0.1.0
     */
    record Completed(LocalDateTime at, @NotBlank String by, Outcome outcome,
                     @Size(max = 100) String certificateNumber, CertificateValidity certificateValidity,
                     @Size(max = 200) String certificateName, @Valid IssuingUnit issuingUnit,
                     @PositiveOrZero Long feeChargedFen) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException     if a non-nullable component is null
         * @throws IllegalArgumentException if a validity or certificate name is given without a certificate
         *                                  number or for a refusal, a validity ends before the day of
         *                                  completion, a name is blank, or the fee is negative
         */
        public Completed {
            Checks.optionalText(certificateNumber, "certificateNumber");
            Checks.optionalText(certificateName, "certificateName");
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.required(outcome, "outcome");
            if (certificateValidity != null) {
                if (outcome != Outcome.APPROVED) {
                    throw new IllegalArgumentException("certificateValidity is only for an APPROVED completion,"
                            + " but the outcome is " + outcome + ": a refusal issues no certificate");
                }
                if (certificateNumber == null) {
                    throw new IllegalArgumentException("certificateValidity " + certificateValidity
                            + " needs the certificate it belongs to: give its certificateNumber");
                }
                if (!certificateValidity.isLongTerm() && certificateValidity.lastDay().isBefore(at.toLocalDate())) {
                    throw new IllegalArgumentException("certificateValidity " + certificateValidity
                            + " ends before the day of completion " + at.toLocalDate()
                            + ": a certificate is valid at least on the day it is issued");
                }
            }
            if (certificateName != null) {
                if (outcome != Outcome.APPROVED) {
                    throw new IllegalArgumentException("certificateName is only for an APPROVED completion,"
                            + " but the outcome is " + outcome + ": a refusal issues no certificate");
                }
                if (certificateNumber == null) {
                    throw new IllegalArgumentException("certificateName '" + certificateName
                            + "' needs the certificate it names: give its certificateNumber");
                }
            }
            if (feeChargedFen != null && feeChargedFen < 0) {
                throw new IllegalArgumentException("feeChargedFen must not be negative, but was " + feeChargedFen
                        + ": the fee charged (收费金额) is a whole number of fen, e.g. 1500 for 15.00 yuan, 0 when nothing was charged");
            }
        }

        /**
         * Creates the event with a certificate number and validity only.
         *
         * @param at                  when the decision was made
         * @param by                  the approver (审批人)
         * @param outcome             approved or refused
         * @param certificateNumber   nullable: the number of the licence or document issued (证照编号)
         * @param certificateValidity nullable: how long the certificate is valid (证照有效期)
         * @throws NullPointerException     if a non-nullable component is null
         * @throws IllegalArgumentException as the canonical constructor
         */
        public Completed(LocalDateTime at, String by, Outcome outcome, String certificateNumber,
                         CertificateValidity certificateValidity) {
            this(at, by, outcome, certificateNumber, certificateValidity, null, null, null);
        }

        /**
         * Creates the event without a certificate validity.
         *
         * @param at                when the decision was made
         * @param by                the approver (审批人)
         * @param outcome           approved or refused
         * @param certificateNumber nullable: the number of the licence or document issued (证照编号)
         * @throws NullPointerException if a non-nullable component is null
         */
        public Completed(LocalDateTime at, String by, Outcome outcome, String certificateNumber) {
            this(at, by, outcome, certificateNumber, null);
        }

        /**
         * The fee charged (收费金额) in yuan, with two decimals: 1500 fen gives 15.00.
         *
         * @return the amount in yuan; empty when the fee was not recorded
         */
        public Optional<BigDecimal> findFeeChargedYuan() {
            return feeChargedFen == null ? Optional.empty() : Optional.of(BigDecimal.valueOf(feeChargedFen, 2));
        }
    }

    /**
     * The result delivered (送达, within 10 days of the decision: Art. 44).
     *
     * @param at      when
     * @param by      the staff member
     * @param channel how: {@code WINDOW} counts as a visit
     * @since 0.1.0
     */
    record Delivered(LocalDateTime at, @NotBlank String by, ServiceChannel channel) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a component is null
         */
        public Delivered {
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.required(channel, "channel");
        }
    }

    /**
     * The applicant's evaluation (好差评), possibly with a complaint (投诉).
     *
     * @param at           when
     * @param by           who evaluated (usually "applicant")
     * @param satisfaction the five-level satisfaction
     * @param complaint    whether the evaluation is a complaint
     * @since 0.1.0
     */
    record Evaluated(LocalDateTime at, @NotBlank String by, Satisfaction satisfaction, boolean complaint) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a component is null
         */
        public Evaluated {
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.required(satisfaction, "satisfaction");
        }
    }

    /**
     * Withdrawn by the applicant (撤回申请) before completion.
     *
     * @param at     when
     * @param by     who (usually "applicant")
     * @param reason nullable: the reason
     * @since 0.1.0
     */
    record Withdrawn(LocalDateTime at, @NotBlank String by, @Size(max = 2000) String reason) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if {@code at} or {@code by} is null
         */
        public Withdrawn {
            Checks.optionalText(reason, "reason");
            Checks.required(at, "at");
            Checks.required(by, "by");
        }
    }

    /**
     * Terminated (终止) after acceptance, e.g. a tolerated gap not supplemented in time.
     *
     * @param at     when
     * @param by     the staff member
     * @param reason the reason
     * @since 0.1.0
     */
    record Terminated(LocalDateTime at, @NotBlank String by, @NotBlank @Size(max = 2000) String reason) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if a component is null
         */
        public Terminated {
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.required(reason, "reason");
        }
    }

    /**
     * Voided (作废) by the hall: the case was registered in error (a duplicate registration, the
     * wrong item, test data) and is struck from the records. Unlike a withdrawal (撤回, the
     * applicant's choice) or a termination (终止, the procedure ended on its merits), a voided case
     * never was a real application: it counts in no indicator ({@code Indicators}), and its clock
     * stops on the day it is voided.
     *
     * <p>Allowed in the states in which a withdrawal is allowed: after receipt and before
     * completion ({@code RECEIVED}, {@code AWAITING_CORRECTION}, {@code IN_PROCESS},
     * {@code SUSPENDED}). A completed case is not voided: its decision stands until it is revoked
     * ({@link Revoked}).
     *
     * @param at     when
     * @param by     the staff member who voided it
     * @param reason why the registration was in error, e.g. "duplicate of GJJ-2025-000122"; not blank
     * @since 0.1.0
     */
    record Voided(LocalDateTime at, @NotBlank String by, @NotBlank @Size(max = 2000) String reason) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException     if a component is null
         * @throws IllegalArgumentException if the reason is blank
         */
        public Voided {
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.requiredText(reason, "reason");
        }
    }

    /**
     * An approval revoked (撤销行政许可): the decision to approve is withdrawn by the agency
     * that made it (or its superior), e.g. under notify-and-commit (告知承诺制) when the
     * applicant's promise proves false, or a licence obtained by deception or bribery (Licensing
     * Law Art. 69). The revocation decision (撤销决定书) carries the official seal
     * ({@code SealDocument.REVOCATION}).
     *
     * <p>Allowed only after a completion whose outcome is {@link Outcome#APPROVED}, in state
     * {@code COMPLETED}, {@code DELIVERED} or {@code EVALUATED}; a refusal has nothing to revoke. The
     * case stays a completed case: its completion time, outcome and clock are unchanged, and it
     * counts as completed in the indicators of the period of its completion.
     *
     * @param at             when the revocation was decided
     * @param by             the staff member who recorded it
     * @param reason         the facts, e.g. "the promised fire-safety acceptance certificate does not exist"; not blank
     * @param basis          the legal basis, e.g. "《中华人民共和国行政许可法》第六十九条第二款"; not blank
     * @param decisionNumber nullable: the number of the revocation decision (撤销决定书文号)
     * @since 0.1.0
     */
    record Revoked(LocalDateTime at, @NotBlank String by, @NotBlank @Size(max = 2000) String reason,
                   @NotBlank @Size(max = 500) String basis, @Size(max = 100) String decisionNumber) implements CaseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException     if a non-nullable component is null
         * @throws IllegalArgumentException if the reason or basis is blank, or the decision number is
         *                                  given but blank
         */
        public Revoked {
            Checks.optionalText(decisionNumber, "decisionNumber");
            Checks.required(at, "at");
            Checks.required(by, "by");
            Checks.requiredText(reason, "reason");
            Checks.requiredText(basis, "basis");
        }
    }
}
