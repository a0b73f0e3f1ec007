package io.github.govrules.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govrules.calendar.Calendars;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.core.catalog.Catalog;
import io.github.govrules.core.hall.ServiceCenter;
import io.github.govrules.core.hall.WindowHours;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.io.ServiceCenters;
import io.github.govrules.core.item.ServiceItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clock of a case that names the window that received it uses the window's office hours:
 * after close of business a receipt counts from the next working day (Civil Code Art. 203), with
 * seasonal hours (Xinjiang's summer and winter hours) and a dated Saturday rota.
 */
class OfficeHoursClockTest {

    static final WorkingDayCalendar CN = Calendars.cn();
    static final Catalog CATALOG = Catalogs.example();
    /** The example center with window W05 on Xinjiang's hours: summer 1 May to 30 September, winter otherwise. */
    static final ServiceCenter CENTER = ServiceCenters.fromYaml(exampleCenter().replace(
            "    hours:\n      workingDays: [\"09:00-12:00\", \"13:30-17:00\"]\n    authorization:\n"
                    + "      accept: [\"11330106002000600N1000101008000\"",
            "    hours:\n      workingDays: [\"10:00-14:00\", \"15:30-19:30\"]\n"
                    + "      seasons:\n"
                    + "        - {from: \"05-01\", until: \"09-30\", workingDays: [\"10:00-14:00\", \"16:00-20:00\"]}\n"
                    + "      saturdays: [\"10:00-14:00\"]\n"
                    + "      saturdayRota: [\"2025-09-20\", \"2025-10-18\"]\n"
                    + "    authorization:\n      accept: [\"11330106002000600N1000101008000\""), "xj-center.yaml");
    static final WindowHours XJ = CENTER.window("W05").hours();

    static String exampleCenter() {
        try (InputStream in = ServiceCenters.class.getResourceAsStream(ServiceCenters.EXAMPLE_RESOURCE)) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(yaml.contains("workingDays: [\"09:00-12:00\", \"13:30-17:00\"]\n    authorization:\n"
                    + "      accept: [\"11330106002000600N1000101008000\""), "the example center changed");
            return yaml;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The printing licence case, received (at window W05 when {@code window} is not null) and accepted at the times. */
    static Case printingCase(String window, String receivedAt, String acceptedAt) {
        String json = CaseIo.toJson(CaseIo.example("printing-licence-promised"));
        int events = json.indexOf("\"events\"");
        String head = json.substring(0, events);
        String tail = json.substring(json.lastIndexOf(']') + 1);
        String received = "{\"type\": \"received\", \"at\": \"" + receivedAt + "\", \"by\": \"w05-chen\", \"channel\": \"WINDOW\""
                + (window == null ? "" : ", \"window\": \"" + window + "\"") + "}";
        String accepted = "{\"type\": \"accepted\", \"at\": \"" + acceptedAt + "\", \"by\": \"w05-chen\"}";
        assertTrue(events > 0 && tail.isBlank() || tail.trim().equals("}"), tail);
        return CaseIo.fromJson(head + "\"events\": [" + received + ", " + accepted + "]" + tail, "case.json");
    }

    static ServiceItem itemOf(Case c) {
        return CATALOG.item(c.itemCode(), c.itemVersion());
    }

    @Test
    void seasonsAndTheRotaDecideTheSessions() {
        assertEquals(LocalTime.of(20, 0), XJ.closeOfBusiness(LocalDate.of(2025, 9, 19), CN).orElseThrow());
        assertEquals(LocalTime.of(19, 30), XJ.closeOfBusiness(LocalDate.of(2025, 10, 9), CN).orElseThrow());
        assertEquals(LocalTime.of(19, 30), XJ.closeOfBusiness(LocalDate.of(2025, 4, 30), CN).orElseThrow());
        assertEquals(LocalTime.of(20, 0), XJ.closeOfBusiness(LocalDate.of(2025, 5, 6), CN).orElseThrow());
        // the makeup Sunday 2025-09-28 is a working day in summer; the rota Saturday 09-20 opens, 09-27 does not
        assertEquals(LocalTime.of(20, 0), XJ.closeOfBusiness(LocalDate.of(2025, 9, 28), CN).orElseThrow());
        assertTrue(XJ.isOpen(LocalDateTime.of(2025, 9, 20, 10, 30), CN));
        assertEquals(List.of(), XJ.sessionsOn(LocalDate.of(2025, 9, 27), CN));
        // the rota Saturday 10-18 is open; a holiday is closed even on the rota's weekday
        assertTrue(XJ.isOpen(LocalDateTime.of(2025, 10, 18, 13, 59), CN));
        assertEquals(List.of(), XJ.sessionsOn(LocalDate.of(2025, 10, 4), CN));
    }

    @Test
    void aReceiptAfterCloseOfBusinessCountsFromTheNextWorkingDay() {
        assertEquals(LocalDate.of(2025, 9, 19), XJ.receiptDay(LocalDateTime.of(2025, 9, 19, 19, 59), CN));
        assertEquals(LocalDate.of(2025, 9, 22), XJ.receiptDay(LocalDateTime.of(2025, 9, 19, 20, 0), CN));
        assertEquals(LocalDate.of(2025, 10, 10), XJ.receiptDay(LocalDateTime.of(2025, 10, 9, 19, 45), CN));
        assertEquals(LocalDate.of(2025, 9, 20), XJ.receiptDay(LocalDateTime.of(2025, 9, 20, 10, 30), CN));
        // not on the rota: the Saturday is closed, the next working day is the makeup Sunday
        assertEquals(LocalDate.of(2025, 9, 28), XJ.receiptDay(LocalDateTime.of(2025, 9, 27, 10, 30), CN));
        // during National Day: the next working day after the holiday
        assertEquals(LocalDate.of(2025, 10, 9), XJ.receiptDay(LocalDateTime.of(2025, 10, 3, 11, 0), CN));
    }

    @Test
    void theClockStartsFromTheDayTheWindowsHoursGive() {
        Case inHours = printingCase("W05", "2025-09-19T19:30:00", "2025-09-19T19:50:00");
        CaseClock clock = CaseClocks.clockOf(inHours, itemOf(inHours), CN, CENTER).orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 19), clock.acceptedOn());
        assertEquals(LocalDate.of(2025, 10, 10), clock.promisedDue().orElseThrow());

        Case late = printingCase("W05", "2025-09-19T20:05:00", "2025-09-19T20:15:00");
        CaseClock lateClock = CaseClocks.clockOf(late, itemOf(late), CN, CENTER).orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 22), lateClock.acceptedOn());
        assertEquals(LocalDate.of(2025, 9, 22), CaseClocks.clockStart(late, itemOf(late), CN, CENTER).orElseThrow());
        // 10 working days from Mon 09-22: 23-26, Sun 28 (makeup), 29, 30, 9 and 10 October, Sat 11 (makeup)
        assertEquals(LocalDate.of(2025, 10, 11), lateClock.promisedDue().orElseThrow());
        assertEquals(Deadlines.dueDate(CN, LocalDate.of(2025, 9, 22), itemOf(late).promisedLimit()),
                lateClock.promisedDue().orElseThrow());
        // without the center (or without a window named) the date of the event counts, as before
        assertEquals(LocalDate.of(2025, 9, 19), CaseClocks.clockOf(late, itemOf(late), CN).orElseThrow().acceptedOn());
        Case noWindow = printingCase(null, "2025-09-19T20:05:00", "2025-09-19T20:15:00");
        assertEquals(LocalDate.of(2025, 9, 19),
                CaseClocks.clockOf(noWindow, itemOf(noWindow), CN, CENTER).orElseThrow().acceptedOn());
    }

    @Test
    void aWindowTheCenterDoesNotHaveIsRefusedNamingIt() {
        Case c = printingCase("W99", "2025-09-19T10:00:00", "2025-09-19T10:15:00");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CaseClocks.clockOf(c, itemOf(c), CN, CENTER));
        assertTrue(e.getMessage().contains("received at window W99"), e.getMessage());
        assertTrue(e.getMessage().contains("W05"), e.getMessage());
    }

    @Test
    void theWindowAndTheHoursRoundTrip() {
        Case c = printingCase("W05", "2025-09-19T20:05:00", "2025-09-19T20:15:00");
        assertEquals(c, CaseIo.fromJson(CaseIo.toJson(c), "again.json"));
        assertEquals("W05", ((CaseEvent.Received) c.events().get(0)).window());
        ServiceCenter again = ServiceCenters.fromYaml(ServiceCenters.toYaml(CENTER), "again.yaml");
        assertEquals(XJ, again.window("W05").hours());
    }
}
