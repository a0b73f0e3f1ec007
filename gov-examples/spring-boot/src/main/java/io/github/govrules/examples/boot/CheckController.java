package io.github.govrules.examples.boot;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.govrules.core.cases.Case;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.rules.Evaluation;
import io.github.govrules.rules.RuleEngine;

/**
 * {@code POST /check/{pack}}: a case (gov-core's case JSON, as {@code gov check --case} reads it)
 * through a bundled rule pack; answers the evaluation's JSON ({@link Evaluation#toJson()}).
 */
@RestController
class CheckController {

    private final RuleEngine engine;
    private final Catalog catalog;

    CheckController(RuleEngine engine, Catalog catalog) {
        this.engine = engine;
        this.catalog = catalog;
    }

    @PostMapping(path = "/check/{pack}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    String check(@PathVariable String pack, @RequestParam(required = false) String on, @RequestBody String body) {
        if (!RuleEngine.BUNDLED.contains(pack)) {
            throw new BadRequestException("pack", "'" + pack + "' is not a bundled pack id (bundled: " + RuleEngine.BUNDLED + ")");
        }
        // the library reads the text itself: its errors name the JSON path, line and column
        Case aCase = CaseIo.fromJson(body, "request body");
        loadOnce(pack);
        Evaluation outcome = on == null
                ? engine.check(pack, aCase, catalog)
                : engine.check(pack, aCase, catalog, date(on));
        return outcome.toJson();
    }

    /** Builds a bundled pack on its first use (a second load of the same content reuses the build). */
    private void loadOnce(String pack) {
        if (!engine.packIds().contains(pack)) {
            engine.loadBundled(pack);
        }
    }

    private static LocalDate date(String on) {
        try {
            return LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("on", "'" + on + "' is not a valid date (" + e.getMessage() + ")");
        }
    }
}
