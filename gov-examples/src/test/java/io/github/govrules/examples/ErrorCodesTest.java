package io.github.govrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.GovRulesException;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.rules.RuleEngine;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One error root: every exception type of gov-calendar, gov-core and gov-rules is a
 * {@link GovRulesException} with a code of its own, documented in its module's README; and real
 * errors carry their place.
 */
class ErrorCodesTest {

    private static final Pattern EXCEPTION = Pattern.compile("public (?:abstract |final )?class (\\w+) extends (\\w+)");

    @Test
    void everyExceptionOfTheLibraryHasTheRootACodeAndADocumentedOne() throws Exception {
        Map<String, String> codes = new HashMap<>();
        List<String> seen = new ArrayList<>();
        for (String module : List.of("gov-calendar", "gov-core", "gov-rules")) {
            Path root = Path.of("..", module, "src", "main", "java");
            String readme = Files.readString(Path.of("..", module, "README.md"), StandardCharsets.UTF_8);
            for (Path file : javaFiles(root)) {
                Matcher m = EXCEPTION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (!m.find() || !(m.group(2).endsWith("Exception") || m.group(2).endsWith("Error"))) {
                    continue;
                }
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.java$", "");
                Class<?> type = Class.forName(name);
                seen.add(type.getSimpleName());
                if (type == GovRulesException.class) {
                    continue;
                }
                assertTrue(GovRulesException.class.isAssignableFrom(type), name + " is not a GovRulesException");
                Field field = type.getDeclaredField("CODE");
                assertTrue(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
                        && Modifier.isPublic(field.getModifiers()), name + ".CODE");
                String code = (String) field.get(null);
                String before = codes.put(code, name);
                assertEquals(null, before, "code " + code + " of both " + before + " and " + name);
                assertTrue(code.startsWith(module.substring(4) + "."), name + ": " + code + " is not of its module");
                assertTrue(readme.contains("`" + code + "`"), module + "/README.md does not document " + code);
            }
        }
        // the scan found what it should: the root and the errors of each module
        assertTrue(seen.containsAll(List.of("GovRulesException", "DateOutOfCoverageException", "ModelReadException",
                "RulePackException", "UnknownSituationException")), seen.toString());
        assertTrue(codes.size() >= 17, codes.toString());
    }

    @Test
    void aBadCaseFileIsPlacedByFileLinePathAndColumn() {
        GovRulesException e = assertThrows(GovRulesException.class,
                () -> CaseIo.fromJson("{\n  \"number\": 12\n}\n", "bad.json"));
        assertEquals("core.read", e.code());
        assertEquals("bad.json", e.place().file());
        assertTrue(e.place().line() > 0 && e.place().column() > 0, e.place().toString());
        assertNotNull(e.place().path());
        assertTrue(e.getMessage().startsWith("bad.json: $"), e.getMessage());
    }

    @Test
    void aMissingPackIsPlacedAtItsManifest(@org.junit.jupiter.api.io.TempDir Path tmp) {
        try (RuleEngine engine = RuleEngine.create()) {
            GovRulesException e = assertThrows(GovRulesException.class, () -> engine.load(tmp.resolve("nowhere")));
            assertEquals("rules.pack", e.code());
            assertNotNull(e.place().file(), e.getMessage());
            assertTrue(e.getMessage().contains(e.place().file()), e.getMessage());
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertFalse(list.isEmpty(), root.toString());
            return list;
        }
    }
}
