package io.github.govrules.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The application on a real HTTP port: JSON in, JSON out, errors as problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class GovApplicationTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void deadlineAcrossNationalDay() throws IOException {
        ResponseEntity<String> r = post("/deadline", "{\"calendar\":\"CN\",\"from\":\"2025-09-19\",\"workingDays\":20}");
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        JsonNode body = json.readTree(r.getBody());
        assertThat(body.get("due").asText()).isEqualTo("2025-10-23");
        assertThat(body.get("limit").asText()).isEqualTo("20 working days");
    }

    @Test
    void naturalDaysEndingOnAHolidayEndTheDayAfter() throws IOException {
        ResponseEntity<String> r = post("/deadline", "{\"from\":\"2025-09-26\",\"naturalDays\":5}");
        assertThat(json.readTree(r.getBody()).get("due").asText()).isEqualTo("2025-10-09");
    }

    @Test
    void aDateBeyondTheCalendarDataIsAProblemNamingTheDate() throws IOException {
        ResponseEntity<String> r = post("/deadline", "{\"calendar\":\"CN\",\"from\":\"2026-12-20\",\"workingDays\":20}");
        assertProblem(r, 422, "2027-01-01", "has no data for 2027-01-01");
    }

    @Test
    void aMalformedDateIsAProblemAtItsField() throws IOException {
        ResponseEntity<String> r = post("/deadline", "{\"from\":\"2025-02-30\",\"workingDays\":3}");
        assertProblem(r, 400, "$.from", "'2025-02-30' is not a valid date");
    }

    @Test
    void anIncompleteCaseGetsTheOneTimeNoticeAndNoDroolsAdviceInTheLog(CapturedOutput output) throws IOException {
        ResponseEntity<String> r = post("/check/cn-zj", sample("provident-fund-incomplete.json"));
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        JsonNode outcome = json.readTree(r.getBody());
        assertThat(outcome.get("caseNumber").asText()).isEqualTo("GJJ-2025-000318");
        assertThat(outcome.get("status").asText()).isEqualTo("CORRECTION_REQUIRED");
        // the one warning allowed is the calendar's own "within 60 days of the end of its data" (the case is of
        // November 2026); Drools' build advice stays out of the log
        assertThat(output.getAll().lines().filter(line -> line.contains("WARN")))
                .allMatch(line -> line.contains("within 60 days of the end of its data"));
        assertThat(output.getAll()).doesNotContain("org.drools").doesNotContain("o.d.");
    }

    @Test
    void aCaseWithAWrongTypeIsAProblemAtItsLineAndColumn() throws IOException {
        ResponseEntity<String> r = post("/check/cn", "{\"number\": \"GJJ-1\",\n \"itemCode\": 42}\n");
        JsonNode problem = assertProblem(r, 400, "$.itemCode (line 2, column 14)", "invalid value 42 for a string");
        assertThat(problem.get("line").asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownPackIsAProblemNamingTheBundledOnes() throws IOException {
        ResponseEntity<String> r = post("/check/cn-xx", sample("printing-licence.json"));
        assertProblem(r, 400, "pack", "'cn-xx' is not a bundled pack id (bundled: [cn, cn-zj, cn-sc])");
    }

    private JsonNode assertProblem(ResponseEntity<String> r, int status, String place, String message) throws IOException {
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType()).isNotNull();
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = json.readTree(r.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("place").asText()).isEqualTo(place);
        assertThat(problem.get("message").asText()).contains(message);
        assertThat(problem.get("detail").asText()).contains(message);
        assertThat(r.getBody()).doesNotContain("\tat ").doesNotContain("Exception:");
        return problem;
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }
}
