package io.github.govrules.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.github.govrules.core.cases.Case;
import io.github.govrules.core.io.TextFiles;
import io.github.govrules.core.io.CaseIo;
import io.github.govrules.core.io.ModelReadException;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.io.Violation;

/**
 * The cases of files, folders and JSON arrays, read one at a time (a streaming reader: memory
 * does not grow with the number of cases). A file holds one case object or a JSON array of
 * cases; a folder's {@code *.json} files (sorted by name) hold either. Each case comes with
 * where it was read; an error names the file, line and column in the original file.
 *
 * <p>With {@code keepGoing}, a bad case is handed to the problem sink and reading goes on with
 * the next case (after malformed JSON, with the next file: the rest of that file cannot be
 * trusted); without it, the first bad case throws.
 */
final class CaseSource {

    /** A case and where it was read: "FILE (case N)" for a file, "FILE: case 3 of the array (line 9, number N)" for an element. */
    record Sourced(Case aCase, String where) {
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private final List<Path> inputs;
    private final String option;
    private final boolean keepGoing;
    private final Consumer<CliInputException> problems;
    private LongConsumer progress = bytes -> { };

    /**
     * @param inputs    files and folders, in the order given
     * @param option    the option (or argument name) the inputs came from, for messages
     * @param keepGoing report a bad case to {@code problems} and go on, instead of throwing
     * @param problems  where bad cases go with {@code keepGoing}
     */
    CaseSource(List<Path> inputs, String option, boolean keepGoing, Consumer<CliInputException> problems) {
        this.inputs = List.copyOf(inputs);
        this.option = option;
        this.keepGoing = keepGoing;
        this.problems = problems;
    }

    /** Receives the number of bytes read so far after each case (for a progress bar). */
    CaseSource withProgress(LongConsumer progress) {
        this.progress = progress;
        return this;
    }

    /** The files the inputs name (a folder's {@code *.json} files, sorted), each checked to be readable. */
    List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            CliFiles.requireNonEmpty(input.toString(), option);
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".json") && !Files.isDirectory(p)).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new CliInputException(option + ": " + TextFiles.cannotRead(input, TextFiles.whyUnreadable(e)), e);
                }
            } else {
                files.add(CliFiles.requireFile(input, option));
            }
        }
        return files;
    }

    /** The total size of the files, for a progress bar (0 where unknown, e.g. a pipe). */
    static long totalBytes(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.isRegularFile(f) ? Files.size(f) : 0;
            } catch (IOException e) {
                // unknown size: the bar shows less
            }
        }
        return total;
    }

    /** Hands every case of the files to {@code sink}, in order. */
    void forEach(List<Path> files, Consumer<Sourced> sink) {
        long before = 0;
        for (Path file : files) {
            before += readFile(file, sink, before);
        }
    }

    /** Reads one file; returns its size in bytes as read. */
    private long readFile(Path file, Consumer<Sourced> sink, long before) {
        Counting in;
        try {
            in = new Counting(Files.newInputStream(CliFiles.requireFile(file, option)));
        } catch (IOException e) {
            bad(new CliInputException(option + ": " + TextFiles.cannotRead(file, TextFiles.whyUnreadable(e)), e));
            return 0;
        } catch (CliInputException e) {
            bad(e);
            return 0;
        }
        try (in; JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                // one case: gov-core reads the file itself, with its own limits and located errors
                Case c;
                try {
                    c = CaseIo.read(file);
                } catch (ModelReadException | ModelValidationException e) {
                    bad(new CliInputException(e.getMessage(), e));
                    return Files.isRegularFile(file) ? Files.size(file) : 0;
                }
                sink.accept(new Sourced(c, file + " (case " + c.number() + ")"));
                long size = Files.isRegularFile(file) ? Files.size(file) : 0;
                progress.accept(before + size);
                return size;
            }
            if (first != JsonToken.START_ARRAY) {
                JsonLocation at = p.currentTokenLocation();
                bad(new CliInputException(option + " " + file + ":" + at.getLineNr() + ":" + at.getColumnNr()
                        + ": expected a case object '{...}' or a JSON array of cases '[ {...}, {...} ]'"
                        + (first == null ? ", found nothing" : "")));
                return in.count;
            }
            readArray(file, p, in, sink, before);
            JsonToken after = p.nextToken();
            if (after != null) {
                JsonLocation at = p.currentTokenLocation();
                bad(new CliInputException(option + " " + file + ":" + at.getLineNr() + ":" + at.getColumnNr()
                        + ": unexpected content after the array of cases"));
            }
            return in.count;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = String.valueOf(e.getOriginalMessage()).replaceAll("\\[Source: [^;]*; ", "[");
            CliInputException located = message.startsWith("Invalid UTF-8") ? notUtf8(file, e)
                    : new CliInputException(option + " " + file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                            + ": malformed JSON: " + message, e);
            bad(located);
            return in.count;
        } catch (IOException e) {
            bad(new CliInputException(option + ": " + TextFiles.cannotRead(file, TextFiles.whyUnreadable(e)), e));
            return in.count;
        }
    }

    /** Bytes that are not UTF-8, named by line and column as for every other file (found by reading the file again). */
    private CliInputException notUtf8(Path file, JsonProcessingException e) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            TextFiles.BadByte bad = TextFiles.firstBadByte(bytes);
            if (bad != null) {
                return CliFiles.notUtf8(option + " " + file, bad, e);
            }
        } catch (IOException | RuntimeException ignored) {
            // fall back to Jackson's words
        }
        return new CliInputException(option + " " + file + ": not UTF-8 text: " + e.getOriginalMessage(), e);
    }

    private void readArray(Path file, JsonParser p, Counting in, Consumer<Sourced> sink, long before) throws IOException {
        ByteArrayBuilder buffer = new ByteArrayBuilder(4096);
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "the array of cases is not closed");
            }
            index++;
            JsonLocation start = p.currentTokenLocation();
            if (t != JsonToken.START_OBJECT) {
                bad(new CliInputException(option + " " + file + ":" + start.getLineNr() + ":" + start.getColumnNr()
                        + ": expected a case object, found " + p.getText()));
                p.skipChildren();
                continue;
            }
            buffer.reset();
            try (JsonGenerator g = FACTORY.createGenerator(buffer)) {
                g.copyCurrentStructure(p);
            }
            long endByte = p.currentLocation().getByteOffset();
            Case c;
            try {
                c = CaseIo.read(new ByteArrayInputStream(buffer.toByteArray()), file.toString());
            } catch (ModelReadException | ModelValidationException e) {
                bad(locatedInFile(file, start, endByte, e));
                continue;
            }
            sink.accept(new Sourced(c, file + ": case " + index + " of the array (line " + start.getLineNr()
                    + ", number " + c.number() + ")"));
            progress.accept(before + in.count);
        }
    }

    /**
     * The error of an element, located in the file: the element's own text is read again from the
     * file and given to gov-core, whose line and column are moved to where the element sits.
     */
    private static CliInputException locatedInFile(Path file, JsonLocation start, long endByte, RuntimeException compact) {
        long from = start.getByteOffset();
        if (from >= 0 && endByte > from && endByte - from < Integer.MAX_VALUE && Files.isRegularFile(file)) {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                byte[] raw = new byte[(int) (endByte - from)];
                raf.seek(from);
                raf.readFully(raw);
                CaseIo.fromJson(new String(raw, StandardCharsets.UTF_8), file.toString());
            } catch (ModelReadException e) {
                return relocated(e, file, start);
            } catch (ModelValidationException e) {
                return relocated(e, file, start);
            } catch (IOException | RuntimeException e) {
                // fall through to the element's own place
            }
        }
        return new CliInputException(file + ":" + start.getLineNr() + ":" + start.getColumnNr() + ": "
                + GovCli.oneLine(compact.getMessage()), compact);
    }

    /** gov-core's error for one element, with its line and column moved to where the element sits in the file. */
    private static CliInputException relocated(ModelReadException e, Path file, JsonLocation start) {
        int[] at = inFile(e.line(), e.column(), start);
        return new CliInputException(new ModelReadException(file.toString(), e.path(), at[0], at[1], e.problem(),
                e.getCause()).getMessage(), e);
    }

    /** gov-core's broken constraints in one element, each with its line and column moved into the file. */
    private static CliInputException relocated(ModelValidationException e, Path file, JsonLocation start) {
        List<Violation> moved = e.violations().stream().map(v -> {
            int[] at = inFile(v.line(), v.column(), start);
            return new Violation(v.path(), at[0], at[1], v.message());
        }).toList();
        return new CliInputException(new ModelValidationException(file.toString(), moved).getMessage(), e);
    }

    /** A line and column in an element that starts at {@code start}, as a line and column in the file; -1s if unknown. */
    private static int[] inFile(int line, int column, JsonLocation start) {
        return line < 1 ? new int[] {-1, -1}
                : new int[] {line + start.getLineNr() - 1, line == 1 ? column + start.getColumnNr() - 1 : column};
    }

    private void bad(CliInputException e) {
        if (!keepGoing) {
            throw e;
        }
        problems.accept(e);
    }

    /** An input stream that counts the bytes read. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
