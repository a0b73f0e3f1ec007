package io.github.govrules.core.io;

import io.github.govrules.core.internal.YamlLongScalars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.catalog.UnknownItemException;
import io.github.govrules.core.item.CaseKind;
import io.github.govrules.core.item.ItemState;
import io.github.govrules.core.item.Material;
import io.github.govrules.core.item.ServiceItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogsTest {


    @Test
    void exampleCatalogLoadsAndRoundTripsLosslessly() {
        Catalog catalog = Catalogs.example();
        String yaml = Catalogs.toYaml(catalog);
        Catalog again = Catalogs.fromYaml(yaml, "round-trip.yaml");
        assertEquals(catalog, again);
        assertEquals(yaml, Catalogs.toYaml(again));
    }

    @Test
    void fileRoundTrip(@TempDir Path dir) {
        Catalog catalog = Catalogs.example();
        Path file = dir.resolve("catalog.yaml");
        Catalogs.write(catalog, file);
        assertEquals(catalog, Catalogs.load(file));
    }

    @Test
    void exampleHoldsFifteenItemVersionsIncludingTwoVersionsOfThePrintingLicence() {
        Catalog catalog = Catalogs.example();
        assertEquals(16, catalog.items().size());
        ServiceItem printing = catalog.findByName("印刷经营许可").orElseThrow();
        assertEquals(2, printing.version());
        ServiceItem v1 = catalog.item(printing.implementationCode(), 1);
        assertEquals(ItemState.CANCELLED, v1.state());
        assertEquals(TimeLimit.workingDays(15), v1.promisedLimit());
        assertEquals(TimeLimit.workingDays(10), printing.promisedLimit());
        UnknownItemException e = assertThrows(UnknownItemException.class,
                () -> catalog.item(printing.implementationCode(), 3));
        assertTrue(e.getMessage().contains("versions held: [1, 2]"), e.getMessage());
    }

    @Test
    void providentFundItemSelectsMaterialsBySituation() {
        ServiceItem gjj = Catalogs.example().findByName("职工提取住房公积金偿还购房贷款").orElseThrow();
        assertEquals(List.of("approval-form", "id-card"), codes(gjj.materialsFor(List.of("fund-loan"))));
        assertEquals(List.of("approval-form", "id-card", "purchase-contract", "loan-contract", "repayment-passbook"),
                codes(gjj.materialsFor(List.of("bank-loan-first"))));
        assertEquals(List.of("approval-form", "id-card", "repayment-passbook", "previous-approval-copy"),
                codes(gjj.materialsFor(List.of("bank-loan-later"))));
        assertEquals(List.of("approval-form", "id-card", "authorization-letter", "agent-id-card",
                        "spouse-approval-form", "marriage-certificate", "spouse-id-card"),
                codes(gjj.materialsFor(List.of("fund-loan", "agent", "spouse"))));
        assertTrue(gjj.promisedLimit().isOnTheSpot());
        assertFalse(gjj.findFees().orElseThrow().charged());
    }

    @Test
    void jointInvestmentItemNamesItsDepartments() {
        ServiceItem joint = Catalogs.example().findByName("企业投资项目核准（联合审批）").orElseThrow();
        assertEquals(CaseKind.JOINT, joint.caseKind());
        assertEquals(3, joint.jointDepartments().size());
        assertEquals(TimeLimit.workingDays(45), joint.statutoryLimit());
        assertFalse(joint.specialProcedures().isEmpty());
    }

    @Test
    void oversizedFileIsRejectedBeforeParsing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "name: x\n" + "#".repeat(2000));
        ModelReadException e = assertThrows(ModelReadException.class,
                () -> Catalogs.load(file, ReadLimits.defaults().withMaxBytes(1000)));
        assertTrue(e.getMessage().contains("larger than the limit of 1000 bytes"), e.getMessage());
    }

    @Test
    void deepNestingAndLongStringsAreRejected() {
        String deepJson = "{\"urgent\": " + "[".repeat(100) + "]".repeat(100) + "}";
        ModelReadException json = assertThrows(ModelReadException.class, () -> CaseIo.fromJson(deepJson, "deep.json"));
        assertTrue(json.problem().startsWith("input exceeds a size limit"), json.getMessage());

        String deepYaml = "name: x\nnote: " + "[".repeat(100) + "]".repeat(100) + "\n";
        ModelReadException yaml = assertThrows(ModelReadException.class, () -> Catalogs.fromYaml(deepYaml, "deep.yaml"));
        assertTrue(yaml.getMessage().startsWith("deep.yaml: "), yaml.getMessage());

        String longName = "name: \"" + "x".repeat(100_001) + "\"\nitems: []\n";
        ModelReadException string = assertThrows(ModelReadException.class, () -> Catalogs.fromYaml(longName, "long.yaml"));
        assertEquals("long.yaml: $ (line 1, column 7): input exceeds a size limit: a value of more than 100000 characters"
                + " starts here (the limit is 100000)", string.getMessage());
        String exactly = "name: \"" + "x".repeat(99_998) + "\"\nitems: []\n"; // 100,000 with its quotes: not refused for its length
        ModelReadException fits = assertThrows(ModelReadException.class, () -> Catalogs.fromYaml(exactly, "fits.yaml"));
        assertFalse(fits.getMessage().contains("size limit"), fits.getMessage());
    }

    @Test
    void aLongYamlValueIsRefusedWhileReadingAtTheLimitNotAfterParsingIt() {
        // 7 MB in one quoted value, under the 8 MiB file limit: SnakeYAML's scanner copies its window on every
        // refill of a run without spaces (about 50 s and 1.4 GB); the scan stops one character past the limit
        String value = "x".repeat(7_000_000);
        YamlLongScalars.Finding f = YamlLongScalars.first("name: \"" + value + "\"\n", 100_000);
        assertEquals(new YamlLongScalars.Finding(1, 7, 100_001), f);
        // a plain value, or one with spaces, is bounded the same way (the run or the quotes)
        assertEquals(new YamlLongScalars.Finding(2, 11, 100_001), YamlLongScalars.first("items:\n  - name: " + value, 100_000));
        assertEquals(100_001, YamlLongScalars.first("a: 'x " + "y ".repeat(60_000) + "'", 100_000).length());
        // a quote inside a plain value or a comment does not open a quoted value
        assertEquals(null, YamlLongScalars.first("a: he said \"hi\n# \"" + "z ".repeat(60_000) + "\nb: 1\n", 100_000));
        // end to end: the catalog is refused at the value, with the limit of every other input
        String catalog = "name: \"" + value + "\"\nitems: []\n";
        ModelReadException e = assertThrows(ModelReadException.class, () -> Catalogs.fromYaml(catalog, "huge.yaml"));
        assertEquals("huge.yaml: $ (line 1, column 7): input exceeds a size limit: a value of more than 100000 characters"
                + " starts here (the limit is 100000)", e.getMessage());
    }

    @Test
    void yamlAliasBombIsRejected() {
        StringBuilder b = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            b.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        ModelReadException e = assertThrows(ModelReadException.class, () -> Catalogs.fromYaml(b.toString(), "bomb.yaml"));
        assertTrue(e.getMessage().startsWith("bomb.yaml: $"), e.getMessage());
    }

    @Test
    void exampleDataIsLabelledAsSuch() {
        Catalog catalog = Catalogs.example();
        assertTrue(catalog.note().startsWith("EXAMPLE DATA, NOT OFFICIAL"), catalog.note());
        for (ServiceItem item : catalog.items()) {
            assertTrue(item.contact().place().contains("示例") && item.implementingBody().name().contains("示例"),
                    item.name() + " is not labelled as example data");
        }
        assertTrue(catalog == Catalogs.example(), "the example catalog is loaded once");
    }

    private static List<String> codes(List<Material> materials) {
        return materials.stream().map(Material::code).toList();
    }

    @Test
    void unreadableFilesAreNamedInWordsNotJavaClassNames(@TempDir Path dir) throws Exception {
        ModelReadException missing = assertThrows(ModelReadException.class, () -> Catalogs.load(dir.resolve("none.yaml")));
        assertEquals(dir.resolve("none.yaml") + ": $: cannot read file: no such file", missing.getMessage());
        ModelReadException folder = assertThrows(ModelReadException.class, () -> Catalogs.load(dir));
        assertEquals(dir + ": $: cannot read file: it is a folder, not a file", folder.getMessage());
        Path gbk = dir.resolve("gbk.yaml");
        Files.write(gbk, "name: \"示例\"\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        ModelReadException notUtf8 = assertThrows(ModelReadException.class, () -> Catalogs.load(gbk));
        assertEquals(gbk + ": $ (line 1, column 9): not UTF-8 text: byte 0xC0 at offset 9 is not valid UTF-8"
                + " (GBK or another encoding?); save the file as UTF-8", notUtf8.getMessage());
        assertFalse(notUtf8.getMessage().contains("Exception"), notUtf8.getMessage());
    }

    @Test
    void aCatalogIsReadFromANamedPipeAsFromBashProcessSubstitution(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("catalog.fifo");
        try {
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo: " + e.getMessage());
        }
        byte[] yaml = Catalogs.toYaml(Catalogs.example()).getBytes(StandardCharsets.UTF_8);
        Throwable[] failed = new Throwable[1];
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, yaml);
            } catch (IOException | RuntimeException e) {
                failed[0] = e;
            }
        });
        writer.setDaemon(true);
        writer.start();
        try {
            assertEquals(Catalogs.example(), Catalogs.load(fifo));
        } finally {
            writer.join(10_000);
        }
        assertEquals(null, failed[0]);
    }
}
