package io.github.govrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HallExampleTest {

    @Test
    void showsAuthorizationSealsAndSeparationOfDuties() {
        String out = Examples.run(HallExample::main);
        assertTrue(out.contains("ACCEPT 职工提取住房公积金偿还购房贷款: windows [W02, W20]"), out);
        assertTrue(out.contains("APPROVE 职工提取住房公积金偿还购房贷款: windows [W02]"), out);
        assertTrue(out.contains("error: Window W05"), out);
        assertTrue(out.contains("decision: SealChoice[kind=SPECIAL_APPROVAL"), out);
        assertTrue(out.contains("revocation: SealChoice[kind=OFFICIAL"), out);
        assertTrue(out.contains("ledger: SealUse[sealId=S-GJJ-SP, usedBy=w02-sun"), out);
        assertTrue(out.contains("belongs to 示例区文化和广电旅游体育局, not to the implementing body"), out);
        assertTrue(out.contains("w01-wang accepted the case and may not also approve it"), out);
        assertEquals(3, out.lines().filter(l -> l.startsWith("error: ")).count(), out);
    }
}
