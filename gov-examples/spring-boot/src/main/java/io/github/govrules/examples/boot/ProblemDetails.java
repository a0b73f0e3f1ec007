package io.github.govrules.examples.boot;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.GovRulesException;
import io.github.govrules.core.GovCoreException;
import io.github.govrules.core.io.ModelReadException;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.io.Violation;
import io.github.govrules.rules.RuleEvaluationException;
import io.github.govrules.rules.RulePackException;

/**
 * Every error as an RFC 9457 problem detail ({@code application/problem+json}) carrying the
 * library's place ({@code place}: a JSON path with line and column, a date, a pack file) and its
 * message ({@code message}), never a stack trace.
 */
@RestControllerAdvice
class ProblemDetails {

    private static final String TYPES = "https://github.com/govrules/gov-rules/problems/";

    @ExceptionHandler
    ProblemDetail badRequest(BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.place(), e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unreadable(ModelReadException e) {
        String place = e.path() + (e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")" : "");
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "unreadable-json", "Unreadable JSON", place, e.getMessage());
        p.setProperty("line", e.line());
        p.setProperty("column", e.column());
        return p;
    }

    @ExceptionHandler
    ProblemDetail invalid(ModelValidationException e) {
        List<Violation> violations = e.violations();
        String place = violations.isEmpty() ? e.source() : place(violations.get(0));
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", place, e.getMessage());
        p.setProperty("violations", violations.stream()
                .map(v -> Map.of("place", place(v), "message", v.message()))
                .toList());
        return p;
    }

    @ExceptionHandler
    ProblemDetail outsideTheData(DateOutOfCoverageException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "date-out-of-coverage", "Date outside the calendar data",
                e.date().toString(), e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail pack(RulePackException e) {
        String place = e.problems().get(0).file()
                + (e.problems().get(0).line() > 0 ? ":" + e.problems().get(0).line() : "");
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "rule-pack", "Rule pack refused", place, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail rule(RuleEvaluationException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "rule-evaluation", "A rule failed", "rules", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail domain(GovCoreException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "refused", "Refused by the domain model", "case", e.getMessage());
    }

    /** Every other error of the library (an unknown situation, a refused clock operation, ...): its code and place. */
    @ExceptionHandler
    ProblemDetail library(GovRulesException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, e.code(), "Refused by the library",
                e.place().toString(), e.getMessage());
        p.setProperty("code", e.code());
        return p;
    }

    @ExceptionHandler
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", "request", e.getMessage());
    }

    private static String place(Violation v) {
        return v.path() + (v.isLocated() ? " (line " + v.line() + ", column " + v.column() + ")" : "");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String place, String message) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, message);
        p.setType(URI.create(TYPES + type));
        p.setTitle(title);
        p.setProperty("place", place);
        p.setProperty("message", message);
        return p;
    }
}
