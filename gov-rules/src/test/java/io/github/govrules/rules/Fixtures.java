package io.github.govrules.rules;

import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.item.ServiceItem;
import io.github.govrules.rules.fact.ApplicantFact;
import io.github.govrules.rules.fact.ApplicantType;
import io.github.govrules.core.item.MaterialForm;
import io.github.govrules.core.cases.SubmittedMaterial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Cases on the example catalog's items. */
final class Fixtures {

    static final String FUND = "12330100MB0A1234581305700100001";
    static final String RENOVATION = "11330106002000300M1000101005000";
    static final Catalog CATALOG = Catalogs.example();
    /** Friday before National Day 2025. */
    static final LocalDate FRI_0919 = LocalDate.of(2025, 9, 19);

    private Fixtures() {
    }

    static ApplicantFact person() {
        return new ApplicantFact("张伟", ApplicantType.NATURAL_PERSON, "RESIDENT_ID_CARD", "330106198503121231", false);
    }

    static List<SubmittedMaterial> submitted(String... codeForm) {
        List<SubmittedMaterial> out = new ArrayList<>();
        for (String s : codeForm) {
            String[] p = s.split(":");
            out.add(new SubmittedMaterial(p[0], MaterialForm.valueOf(p[1]), p.length > 2 ? Integer.parseInt(p[2]) : 1));
        }
        return out;
    }

    static CaseInput input(String number, String itemCode, Set<String> situations, List<SubmittedMaterial> submitted,
                           LocalDate receivedOn) {
        ServiceItem item = CATALOG.latest(itemCode);
        return new CaseInput(number, CaseInputs.itemFact(item), CaseInputs.materials(item), CaseInputs.situations(item), situations, person(),
                submitted, receivedOn);
    }

    /** A fund-loan withdrawal with every material. */
    static CaseInput fundLoanComplete(String number) {
        return input(number, FUND, Set.of("fund-loan"),
                submitted("approval-form:ORIGINAL", "id-card:ORIGINAL", "id-card:COPY"), FRI_0919);
    }

    /** A renovation permit missing the (tolerated-missing) neighbour consent. */
    static CaseInput renovationWithoutConsent(String number) {
        return input(number, RENOVATION, Set.of(), submitted("application-form:ORIGINAL",
                "ownership-certificate:ORIGINAL", "ownership-certificate:COPY", "design-drawings:ORIGINAL:2"), FRI_0919);
    }
}
