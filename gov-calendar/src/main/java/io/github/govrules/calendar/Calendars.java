package io.github.govrules.calendar;

import io.github.govrules.calendar.internal.CalendarFileReader;
import io.github.govrules.calendar.internal.Utf8Text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A registry of working-day calendars by {@link CalendarId}, like Strata's
 * {@code HolidayCalendars}: {@link #calendar(CalendarId)} throws for an unknown id,
 * {@link #findCalendar(CalendarId)} returns {@code Optional}.
 *
 * <p>{@link #standard()} holds the calendars bundled with the library:
 * <ul>
 *   <li>{@code CN}: the national calendar of mainland China, 2020–2026, from the State
 *       Council's yearly notices (and the 2020 extension notice);</li>
 *   <li>{@code CN-XJ}: Xinjiang, 2025–2026 (肉孜节 Eid al-Fitr, 古尔邦节 Eid al-Adha);</li>
 *   <li>{@code CN-GX}: Guangxi, 2020–2026 (壮族三月三);</li>
 *   <li>{@code CN-NX}: Ningxia, 2020–2021 (开斋节 Eid al-Fitr, 古尔邦节 Eid al-Adha).</li>
 * </ul>
 * The regional overlays come from the regional governments' yearly notices, each named in its
 * file; a notice whose days were not read in its own text is {@linkplain Notice#isVerified()
 * marked unverified}. Outside its years an overlay refuses (or, on opt-in, answers provisionally
 * from its base, marked so), never silently as the national calendar.
 * Integrators add their own calendars and overlays from data files (see the module README for
 * the format): {@link #withFile(Path)}, {@link #withResource(String)}. Each returns a new
 * registry; an overlay's base must be in the registry it is loaded into. A file for a calendar
 * the registry holds adds years to it, such as next year's notice for {@code CN} (see
 * {@link #read(Path)}), and the overlays on it then answer those years through it. A malformed file fails
 * with {@link CalendarFormatException} naming the file, the line and the reason.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Calendars {

    /**
     * The largest calendar file read, in bytes: {@value} (1 MiB). A calendar of the most years a
     * calendar can hold ({@value ImmutableWorkingDayCalendar#MAX_YEARS}) with a notice a year takes
     * a few hundred kilobytes; a larger file is refused before it is decoded.
     */
    public static final int MAX_FILE_BYTES = 1 << 20;

    /** Where the bundled data files live on the classpath. */
    static final String DATA_FOLDER = "io/github/govrules/calendar/data/";

    private static final class Standard {
        static final Calendars INSTANCE = Calendars.empty()
                .withResource(DATA_FOLDER + "CN.cal")
                .withResource(DATA_FOLDER + "CN-XJ.cal")
                .withResource(DATA_FOLDER + "CN-GX.cal")
                .withResource(DATA_FOLDER + "CN-NX.cal");
    }

    private final Map<CalendarId, WorkingDayCalendar> calendars;

    private Calendars(Map<CalendarId, WorkingDayCalendar> calendars) {
        this.calendars = Collections.unmodifiableMap(calendars);
    }

    /**
     * The calendars bundled with the library: {@code CN} and the overlays {@code CN-XJ},
     * {@code CN-GX} and {@code CN-NX}. Loaded once, on first use.
     */
    public static Calendars standard() {
        return Standard.INSTANCE;
    }

    /** The national calendar {@code CN} from {@link #standard()}. */
    public static WorkingDayCalendar cn() {
        return standard().calendar(CalendarId.CN);
    }

    /** An empty registry. */
    public static Calendars empty() {
        return new Calendars(new LinkedHashMap<>());
    }

    /** A registry of the given calendars; a later calendar with the same id replaces an earlier one. */
    public static Calendars of(WorkingDayCalendar... calendars) {
        Calendars result = empty();
        for (WorkingDayCalendar c : calendars) {
            result = result.with(c);
        }
        return result;
    }

    /**
     * The calendar with the id.
     *
     * @throws IllegalArgumentException if there is none, naming the ids that are known
     */
    public WorkingDayCalendar calendar(CalendarId id) {
        Objects.requireNonNull(id, "id");
        WorkingDayCalendar c = calendars.get(id);
        if (c == null) {
            throw new IllegalArgumentException("Unknown calendar " + id + "; known calendars: " + ids());
        }
        return c;
    }

    /**
     * The calendar with the id, parsed by {@link CalendarId#parse(CharSequence)}.
     *
     * @throws IllegalArgumentException if the id is malformed or unknown
     */
    public WorkingDayCalendar calendar(String id) {
        return calendar(CalendarId.parse(id));
    }

    /** The calendar with the id, if there is one. */
    public Optional<WorkingDayCalendar> findCalendar(CalendarId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(calendars.get(id));
    }

    /** The ids of the calendars, sorted. */
    public Set<CalendarId> ids() {
        return Collections.unmodifiableSet(new TreeSet<>(calendars.keySet()));
    }

    /** A registry with this one's calendars and the given one, which replaces any with the same id. */
    public Calendars with(WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        Map<CalendarId, WorkingDayCalendar> copy = new LinkedHashMap<>(calendars);
        copy.put(calendar.id(), calendar);
        return new Calendars(copy);
    }

    /**
     * Reads a calendar or overlay data file (UTF-8); an overlay's base must be in this registry.
     *
     * <p>When the file names a calendar this registry holds, it adds years to that calendar: the
     * result is the loaded calendar with the file's notices joined to its own (a year is added at
     * run time when its notice is published). The file's years must join the loaded ones without
     * a gap; a notice for a year the calendar already covers must {@code amends} one of its
     * notices, and its keys must be new. The header keeps the loaded calendar's kind: the same
     * {@code base} (or none), no other {@code weekend}.
     *
     * @throws CalendarFormatException if the file is malformed or cannot be read
     */
    public ImmutableWorkingDayCalendar read(Path file) {
        Objects.requireNonNull(file, "file");
        List<String> lines;
        try (InputStream in = Files.newInputStream(file)) {
            lines = decode(readBounded(in, file.toString()), file.toString());
        } catch (IOException e) {
            throw new CalendarFormatException(file.toString(), 0, "cannot read the file: " + e, e);
        }
        return CalendarFileReader.read(file.toString(), lines, this::findCalendar);
    }

    /**
     * Reads a calendar or overlay data file from the classpath (the context class loader, else
     * this library's); an overlay's base must be in this registry.
     *
     * @param resource the resource name, such as {@code "calendars/CN-GX.cal"} (no leading slash)
     * @throws CalendarFormatException if the resource is missing, unreadable or malformed
     */
    public ImmutableWorkingDayCalendar readResource(String resource) {
        Objects.requireNonNull(resource, "resource");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null || loader.getResource(resource) == null) {
            loader = Calendars.class.getClassLoader();
        }
        return readResource(loader, resource);
    }

    /**
     * Reads a calendar or overlay data file from a class loader; an overlay's base must be in
     * this registry.
     *
     * @throws CalendarFormatException if the resource is missing, unreadable or malformed
     */
    public ImmutableWorkingDayCalendar readResource(ClassLoader loader, String resource) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(resource, "resource");
        String name = "classpath:" + resource;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CalendarFormatException(name, 0, "no such resource on the classpath");
            }
            return CalendarFileReader.read(name, decode(readBounded(in, name), name), this::findCalendar);
        } catch (IOException e) {
            throw new CalendarFormatException(name, 0, "cannot read the resource: " + e, e);
        }
    }

    /**
     * A registry with this one's calendars and the one read from the file; a file for a calendar
     * this registry holds adds years to it (see {@link #read(Path)}), and the overlays on it
     * build on the extended calendar.
     *
     * @throws CalendarFormatException if the file is malformed or cannot be read
     * @see #read(Path)
     */
    public Calendars withFile(Path file) {
        return withLoaded(read(file), file.toString());
    }

    /**
     * A registry with this one's calendars and the one read from the classpath resource.
     *
     * @throws CalendarFormatException if the resource is missing, unreadable or malformed
     * @see #readResource(String)
     */
    public Calendars withResource(String resource) {
        return withLoaded(readResource(resource), "classpath:" + resource);
    }

    /**
     * This registry with a calendar read from a file: it replaces the calendar of its id (which,
     * when there was one, it extends), and the overlays on the one it replaces build on it now,
     * so that they answer the added years through it.
     */
    private Calendars withLoaded(ImmutableWorkingDayCalendar loaded, String name) {
        Map<CalendarId, WorkingDayCalendar> copy = new LinkedHashMap<>(calendars);
        WorkingDayCalendar old = copy.put(loaded.id(), loaded);
        if (old != null) {
            for (Map.Entry<CalendarId, WorkingDayCalendar> e : calendars.entrySet()) {
                if (e.getValue() instanceof ImmutableWorkingDayCalendar overlay && overlay.baseCalendar() == old) {
                    try {
                        copy.put(e.getKey(), overlay.withBase(loaded));
                    } catch (IllegalArgumentException changed) {
                        throw new CalendarFormatException(name, 0, changed.getMessage(), changed);
                    }
                }
            }
        }
        return new Calendars(copy);
    }

    /** The bytes of a stream, refused once they pass {@link #MAX_FILE_BYTES}: a pipe or device is never read to its end. */
    private static byte[] readBounded(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new CalendarFormatException(name, 0, "input is larger than the limit of " + MAX_FILE_BYTES
                    + " bytes (at least " + bytes.length + " bytes)");
        }
        return bytes;
    }

    private static List<String> decode(byte[] bytes, String name) {
        String text = Utf8Text.utf8(bytes, bad -> new CalendarFormatException(name, bad.line(),
                "column " + bad.column() + ": " + bad.problem()));
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            return r.lines().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code "Calendars[CN, CN-XJ]"}. */
    @Override
    public String toString() {
        return "Calendars" + ids();
    }

}
