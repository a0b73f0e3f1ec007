package io.github.govrules.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The one-time notice (一次性告知书): everything the applicant must supplement, at once, with reasons
 * and legal basis (行政许可法 第三十二条第一款第四项). Empty when the materials are complete.
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseNumber     the case number
 * @param itemName       the item applied for
 * @param items          every material to supplement or correct, blocking ones first
 * @param receivedOn     the day the materials were received
 * @param noticeDeadline the last day the notice may be given: five working days after receipt
 * @since 0.1.0
 */
public record OneTimeNotice(String caseNumber, String itemName, List<NoticeItem> items, LocalDate receivedOn,
                            LocalDate noticeDeadline) {

    /**
     * Creates the notice.
     *
     * @throws NullPointerException if a component is null
     */
    public OneTimeNotice {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(itemName, "itemName");
        Objects.requireNonNull(items, "items");
        items = List.copyOf(items);
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(noticeDeadline, "noticeDeadline");
    }

    /** Whether there is nothing to tell: the materials are complete. */
    @JsonIgnore
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The notice in Chinese, one material per numbered line. */
    public String renderZh() {
        StringBuilder sb = new StringBuilder();
        sb.append("一次性告知书\n");
        sb.append("办件编号：").append(caseNumber).append("　事项：").append(itemName).append('\n');
        sb.append("收件日期：").append(receivedOn).append("　告知期限：").append(noticeDeadline)
                .append("（《中华人民共和国行政许可法》第三十二条）\n");
        if (items.isEmpty()) {
            sb.append("申请材料齐全、符合法定形式，无需补正。\n");
            return sb.toString();
        }
        sb.append("请一次性补正以下材料：\n");
        int n = 1;
        for (NoticeItem i : items) {
            sb.append(n++).append(". ").append(i.materialName()).append("（").append(i.materialCode()).append("）：")
                    .append(i.problem().zh()).append("。").append(i.reasonZh());
            if (i.isTolerated()) {
                sb.append("（容缺受理，请于").append(i.toleratedUntil()).append("前补齐）");
            }
            sb.append("　依据：").append(i.legalBasis()).append('\n');
        }
        return sb.toString();
    }

    /** The notice in English, one material per numbered line. */
    public String renderEn() {
        StringBuilder sb = new StringBuilder();
        sb.append("One-time notice of materials to supplement\n");
        sb.append("Case: ").append(caseNumber).append("  Item: ").append(itemName).append('\n');
        sb.append("Received: ").append(receivedOn).append("  Notice due by: ").append(noticeDeadline)
                .append(" (Administrative Licensing Law, Art. 32)\n");
        if (items.isEmpty()) {
            sb.append("The materials are complete and in legal form; nothing to supplement.\n");
            return sb.toString();
        }
        sb.append("Please supplement all of the following at once:\n");
        int n = 1;
        for (NoticeItem i : items) {
            sb.append(n++).append(". ").append(i.materialName()).append(" (").append(i.materialCode()).append("): ")
                    .append(i.problem().en()).append(". ").append(i.reasonEn());
            if (i.isTolerated()) {
                sb.append(" (tolerated missing: supplement by ").append(i.toleratedUntil()).append(')');
            }
            sb.append("  Basis: ").append(i.legalBasis()).append('\n');
        }
        return sb.toString();
    }
}
