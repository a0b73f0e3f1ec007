package io.github.govrules.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.govrules.core.cases.IllegalTransitionException;
import io.github.govrules.core.io.ModelReadException;
import io.github.govrules.core.io.ModelValidationException;
import io.github.govrules.core.io.ReadLimits;
import io.github.govrules.core.io.Violation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads and writes model objects as JSON or YAML with strict settings, size limits, Jakarta
 * Validation and translation of every Jackson error into {@link ModelReadException}.
 * Immutable and thread-safe once built. Not public API.
 */
public final class ModelMapper {

    /** Which syntax. */
    public enum Syntax {
        /** JSON. */
        JSON,
        /** YAML. */
        YAML
    }

    private static final Logger LOG = LoggerFactory.getLogger(ModelMapper.class);

    private final ObjectMapper mapper;
    private final ReadLimits limits;
    /** The YAML loader options, or null for JSON. */
    private final LoaderOptions yaml;

    private ModelMapper(ObjectMapper mapper, ReadLimits limits, LoaderOptions yaml) {
        this.mapper = mapper;
        this.limits = limits;
        this.yaml = yaml;
    }

    /**
     * A mapper for the given syntax and limits.
     *
     * @param syntax JSON or YAML
     * @param limits the read limits
     * @return the mapper
     */
    public static ModelMapper of(Syntax syntax, ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(30)
                .maxDocumentLength(limits.maxBytes())
                .build();
        ObjectMapper m;
        LoaderOptions loader = null;
        if (syntax == Syntax.YAML) {
            loader = new LoaderOptions();
            loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
            loader.setMaxAliasesForCollections(20);
            loader.setNestingDepthLimit(limits.maxNestingDepth());
            loader.setAllowDuplicateKeys(false);
            YAMLFactory f = YAMLFactory.builder()
                    .loaderOptions(loader)
                    .streamReadConstraints(constraints)
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .build();
            m = configure(YAMLMapper.builder(f)).addModule(BoundedStrings.module(limits.maxStringLength())).build();
        } else {
            JsonFactory f = JsonFactory.builder().streamReadConstraints(constraints).build();
            m = configure(JsonMapper.builder(f)).addModule(BoundedStrings.module(limits.maxStringLength())).build();
            m.enable(SerializationFeature.INDENT_OUTPUT);
        }
        m.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return new ModelMapper(m, limits, loader);
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B b) {
        return b.addModule(new JavaTimeModule())
                .addModule(TimeLimitJackson.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultLeniency(false) // no date-time or offset cut off a date, no offset dropped from a local time
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY));
    }

    /**
     * Reads and validates a file.
     *
     * @throws ModelReadException       on unreadable, oversized or ill-typed input
     * @throws ModelValidationException on constraint violations
     */
    public <T> T read(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        String why = TextFiles.whyNotReadable(file);
        if (why != null) {
            throw new ModelReadException(source, "$", -1, -1, "cannot read file: " + why, null);
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw tooLarge(source, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source, type);
            }
        } catch (IOException e) {
            throw new ModelReadException(source, "$", -1, -1, "cannot read file: " + TextFiles.whyUnreadable(e), e);
        }
    }

    /**
     * Reads and validates a stream (not closed), at most {@code maxBytes}.
     *
     * @throws ModelReadException       on unreadable, oversized or ill-typed input
     * @throws ModelValidationException on constraint violations
     */
    public <T> T read(InputStream in, String source, Class<T> type) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = readBounded(in, source);
        } catch (IOException e) {
            throw new ModelReadException(source, "$", -1, -1, "cannot read input: " + TextFiles.whyUnreadable(e), e);
        }
        return parse(bytes, source, type);
    }

    /**
     * Reads and validates text.
     *
     * @throws ModelReadException       on oversized or ill-typed input
     * @throws ModelValidationException on constraint violations
     */
    public <T> T read(String text, String source, Class<T> type) {
        Objects.requireNonNull(text, "text");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(source, bytes.length);
        }
        return parse(bytes, source, type);
    }

    private byte[] readBounded(InputStream in, String source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            total += n;
            if (total > limits.maxBytes()) {
                throw tooLarge(source, total);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Input that is not UTF-8, located at its first byte that is not (for YAML Jackson reports the
     * decoder's exception at the start of the document; for JSON its own "Invalid UTF-8" after the byte).
     *
     * @return the error, or null if the failure is not a decoding one
     */
    private static ModelReadException notUtf8(Throwable e, byte[] bytes, String source) {
        boolean decoding = false;
        for (Throwable t = e; t != null && !decoding; t = t.getCause() == t ? null : t.getCause()) {
            decoding = t instanceof java.io.CharConversionException || t instanceof java.nio.charset.CharacterCodingException
                    || String.valueOf(t.getMessage()).contains("CharConversionException")
                    || t instanceof JsonParseException && String.valueOf(t.getMessage()).startsWith("Invalid UTF-8");
        }
        TextFiles.BadByte bad = decoding ? TextFiles.firstBadByte(bytes) : null;
        String path = e instanceof JsonMappingException m ? jsonPath(m.getPath()) : "$";
        return bad == null ? null : new ModelReadException(source, path, bad.line(), bad.column(), bad.problem(), e);
    }

    /**
     * A JSON error located by Jackson, whose columns from bytes count bytes (column 178 for what an editor shows
     * as column 158 after Chinese text), with its column counted in code points instead. (YAML columns already
     * count code points.)
     */
    private static ModelReadException inCodePoints(ModelReadException e, byte[] bytes) {
        int column = TextFiles.codePointColumn(bytes, e.line(), e.column());
        return column == e.column() ? e
                : new ModelReadException(e.source(), e.path(), e.line(), column, e.problem(), e.getCause());
    }

    private ModelReadException tooLarge(String source, long size) {
        return new ModelReadException(source, "$", -1, -1, "input is larger than the limit of " + limits.maxBytes()
                + " bytes" + (size > 0 ? " (at least " + size + " bytes)" : ""), null);
    }

    private <T> T parse(byte[] bytes, String source, Class<T> type) {
        // one encoding rule for every input, before a parser guesses one: UTF-8 (a byte order mark allowed)
        TextFiles.BadByte bad = TextFiles.firstBadByte(bytes);
        int[] nul = TextFiles.firstNul(bytes);
        if (bad != null && (nul == null || bad.offset() < nul[0])) {
            throw new ModelReadException(source, "$", bad.line(), bad.column(), bad.problem(), null);
        }
        if (nul != null) {
            throw new ModelReadException(source, "$", nul[1], nul[2], TextFiles.nulProblem(nul[0]), null);
        }
        if (yaml != null) {
            // the string limit while reading: before SnakeYAML scans a long value (see YamlLongScalars)
            String text = new String(bytes, StandardCharsets.UTF_8);
            YamlLongScalars.Finding longValue = YamlLongScalars.first(
                    text.startsWith("\uFEFF") ? text.substring(1) : text, limits.maxStringLength());
            if (longValue != null) {
                throw new ModelReadException(source, "$", longValue.line(), longValue.column(),
                        YamlLongScalars.problem(longValue, limits.maxStringLength()), null);
            }
            YamlPlainValues.Finding found = YamlPlainValues.first(bytes, yaml);
            if (found != null) {
                throw new ModelReadException(source, found.path(), found.line(), found.column(), found.problem(), null);
            }
        }
        T value;
        ListForms listForms = new ListForms();
        try {
            value = mapper.readerFor(type).withAttribute(ListForms.class, listForms).readValue(bytes);
        } catch (JsonProcessingException e) {
            ModelReadException unknown = unknownFieldFirst(e, bytes, source);
            if (unknown == null) {
                unknown = rejectedField(e, bytes, source);
            }
            if (unknown == null) {
                unknown = absentPrimitive(e, bytes, source);
                ModelReadException placed = unknown == null ? null : atItsValue(unknown, bytes);
                if (placed != null) {
                    throw placed; // at the object that lacks the field, not after its end
                }
            }
            if (unknown == null) {
                ModelReadException decoding = notUtf8(e, bytes, source);
                if (decoding != null) {
                    throw decoding;
                }
                unknown = translate(e, source);
                if (unknown.line() < 1) {
                    unknown = atTheFailure(unknown, bytes); // e.g. a size limit, which Jackson does not place
                }
                if (e instanceof ValueInstantiationException) {
                    ModelReadException placed = atItsValue(unknown, bytes);
                    if (placed != null) {
                        throw placed;
                    }
                }
            }
            throw yaml == null ? inCodePoints(unknown, bytes) : unknown;
        } catch (IOException e) {
            ModelReadException decoding = notUtf8(e, bytes, source);
            throw decoding != null ? decoding
                    : new ModelReadException(source, "$", -1, -1, "cannot read input: " + TextFiles.whyUnreadable(e), e);
        } catch (RuntimeException e) {
            // SnakeYAML limits (aliases, code points) surface as runtime exceptions
            throw new ModelReadException(source, "$", -1, -1, "cannot parse input: " + firstLine(e.getMessage()), e);
        }
        if (value == null) { // the whole input is null (a JSON null, YAML's null or ~)
            throw new ModelReadException(source, "$", 1, 1, "the input is null: expected " + describe(type), null);
        }
        List<Violation> violations = violations(value, listForms::asWritten);
        if (!violations.isEmpty()) {
            throw new ModelValidationException(source, located(violations, bytes));
        }
        LOG.debug("read {} from {} ({} bytes)", type.getSimpleName(), source, bytes.length);
        return value;
    }

    /**
     * Writes a value as text, after the same Jakarta Validation reading applies, so that what is
     * written can be read back.
     *
     * @param value the value
     * @return JSON or YAML text
     * @throws ModelValidationException if the value breaks a constraint (source {@code "writing <Type>"})
     */
    public String write(Object value) {
        String source = "writing " + value.getClass().getSimpleName();
        validate(value, source);
        String text;
        try {
            text = mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
        }
        if (text.length() > limits.maxStringLength()) { // only then can a string in it be too long to read back
            List<Violation> unreadable = new ArrayList<>();
            tooLongToRead(mapper.valueToTree(value), "$", unreadable);
            if (!unreadable.isEmpty()) {
                throw new ModelValidationException(source, unreadable);
            }
        }
        return text;
    }

    /** The strings of a tree that reading would refuse as longer than {@link ReadLimits#maxStringLength()}. */
    private void tooLongToRead(com.fasterxml.jackson.databind.JsonNode node, String path, List<Violation> found) {
        if (node.isTextual()) {
            int length = node.textValue().length();
            if (length > limits.maxStringLength()) {
                found.add(new Violation(path, "is " + length + " characters long: at most " + limits.maxStringLength()
                        + " can be read back"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                tooLongToRead(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> f : node.properties()) {
                tooLongToRead(f.getValue(), path + "." + f.getKey(), found);
            }
        }
    }

    /**
     * Runs Jakarta Validation on a value.
     *
     * @throws ModelValidationException listing every violation, paths prefixed with {@code $.}
     */
    public static void validate(Object value, String source) {
        List<Violation> violations = violations(value, UnaryOperator.identity());
        if (!violations.isEmpty()) {
            throw new ModelValidationException(source, violations);
        }
    }

    /** The constraints {@code value} breaks, each path as the input wrote it, sorted by path; empty if none. */
    private static List<Violation> violations(Object value, UnaryOperator<String> asWritten) {
        return ValidatorHolder.VALIDATOR.validate(value).stream()
                .map(v -> new Violation(asWritten.apply(jsonPath(v.getPropertyPath())), v.getMessage()))
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
                .toList();
    }

    /**
     * The violations with the line and column of their values in {@code bytes}, the input they
     * were read from: found by reading it again, token by token, only when a constraint is broken.
     * A value the input leaves out (a required field not written) takes the place of the nearest
     * enclosing value it has. Columns count characters, in JSON as in YAML.
     */
    private List<Violation> located(List<Violation> violations, byte[] bytes) {
        Map<String, int[]> places = places(violations.stream().map(Violation::path).toList(), bytes);
        return violations.stream().map(v -> {
            int[] place = placeOf(v.path(), places);
            return place == null ? v : new Violation(v.path(), place[0], place[1], v.message());
        }).toList();
    }

    /**
     * A value the model's constructor refused, placed at the start of the value its path names (Jackson
     * places it where the value ends, after its last field: for a case, past the end of the file).
     *
     * @return the error placed at its value, or null if the value cannot be found in the input
     */
    private ModelReadException atItsValue(ModelReadException e, byte[] bytes) {
        int[] place = placeOf(e.path(), places(List.of(e.path()), bytes));
        return place == null ? null
                : new ModelReadException(e.source(), e.path(), place[0], place[1], e.problem(), e.getCause());
    }

    /**
     * An error Jackson did not place, placed where a plain reading of the input fails, with the path
     * of the value there (the input's own column units: bytes for JSON, as Jackson's other places).
     */
    private ModelReadException atTheFailure(ModelReadException e, byte[] bytes) {
        JsonParser p = null;
        try {
            p = mapper.getFactory().createParser(bytes);
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isScalarValue()) {
                    p.getText(); // a string is only read, and measured, when asked for
                }
            }
            p.close();
            return e;
        } catch (IOException | RuntimeException failure) {
            if (p == null) {
                return e;
            }
            JsonLocation l = p.currentLocation();
            JsonStreamContext c = p.getParsingContext();
            String path = c == null ? e.path() : c.inObject() && c.getCurrentName() == null ? path(c.getParent()) : path(c);
            try {
                p.close();
            } catch (IOException ignored) {
                // nothing to release beyond the byte array
            }
            return l.getLineNr() < 1 ? e : new ModelReadException(e.source(), path, l.getLineNr(),
                    Math.max(1, l.getColumnNr()), e.problem(), e.getCause());
        }
    }

    /** The line and column of the value at {@code path}, or of the nearest enclosing value the input has; null if none. */
    private static int[] placeOf(String path, Map<String, int[]> places) {
        for (String p = path; p != null; p = enclosing(p)) {
            int[] place = places.get(p);
            if (place != null && place[0] > 0 && place[1] > 0) {
                return place;
            }
        }
        return null;
    }

    /**
     * The line and column (in characters) where each of the values at {@code paths}, and at the paths
     * enclosing them, starts in {@code bytes}: found by reading the input again, token by token.
     */
    private Map<String, int[]> places(Collection<String> paths, byte[] bytes) {
        Set<String> wanted = new HashSet<>();
        for (String path : paths) {
            for (String p = path; p != null; p = enclosing(p)) {
                wanted.add(p);
            }
        }
        Map<String, int[]> places = new HashMap<>();
        try (JsonParser p = mapper.getFactory().createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null && places.size() < wanted.size(); t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext c = p.getParsingContext();
                String at = t.isStructStart() ? path(c.getParent()) : path(c);
                if (wanted.contains(at) && !places.containsKey(at)) {
                    JsonLocation l = p.currentTokenLocation();
                    int column = yaml == null ? TextFiles.codePointColumn(bytes, l.getLineNr(), l.getColumnNr())
                            : l.getColumnNr();
                    places.put(at, new int[] {l.getLineNr(), column});
                }
            }
        } catch (IOException | RuntimeException e) {
            // the input was read once already; keep the places found, the others stay unknown
            LOG.debug("could not place every value: {}", e.toString());
        }
        return places;
    }

    /** The path of the value enclosing the one at {@code path} ({@code $.a[0].b} → {@code $.a[0]}), or null for {@code $} or a path not starting with it. */
    private static String enclosing(String path) {
        if (!path.startsWith("$") || path.equals("$")) {
            return null;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "$" : path.substring(0, cut);
    }

    private static String jsonPath(jakarta.validation.Path path) {
        StringBuilder sb = new StringBuilder("$");
        for (jakarta.validation.Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                sb.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                sb.append('.').append(node.getName());
            }
        }
        return sb.toString();
    }

    /**
     * Remembers, for the read in progress, that the list the parser is at (its opening bracket)
     * is held by the model as an object with that list under {@code field}: the list form of
     * older files, {@code fees: [{name: …}]} read as {@code fees: {charged: true, items: […]}}.
     * A constraint broken inside the list, found when the read value is validated, is then named
     * by its path as written ({@code $.items[0].fees[0].name}), not by the model's
     * ({@code $.items[0].fees.items[0].name}). Does nothing when the value is not being read by
     * a {@code ModelMapper}.
     *
     * @param p     the parser, at the start of the list
     * @param ctxt  the context of the read in progress
     * @param field the field of the model's object that holds the list
     */
    public static void readListAs(JsonParser p, DeserializationContext ctxt, String field) {
        if (ctxt.getAttribute(ListForms.class) instanceof ListForms forms && p.getParsingContext() != null) {
            String written = path(p.getParsingContext().getParent());
            forms.written.put(written + "." + field, written);
        }
    }

    /** The JSON path of a parsing context's current value, as {@link #jsonPath(jakarta.validation.Path)} writes it. */
    private static String path(JsonStreamContext c) {
        if (c == null || c.inRoot()) {
            return "$";
        }
        String parent = path(c.getParent());
        return c.inArray() ? parent + "[" + c.getCurrentIndex() + "]" : parent + "." + c.getCurrentName();
    }

    /**
     * The lists of one read that were written as a list but are held by the model under a field
     * of an object ({@link #readListAs}). Made for each read and used by its thread only.
     */
    private static final class ListForms {

        /** The model's path of each such list ({@code $.items[0].fees.items}) to its path as written ({@code $.items[0].fees}). */
        private final Map<String, String> written = new HashMap<>();

        /** A violation's path as the input wrote it. */
        String asWritten(String path) {
            for (Map.Entry<String, String> e : written.entrySet()) {
                String model = e.getKey();
                if (path.startsWith(model) && (path.length() == model.length()
                        || path.charAt(model.length()) == '[' || path.charAt(model.length()) == '.')) {
                    return e.getValue() + path.substring(model.length());
                }
            }
            return path;
        }
    }

    /**
     * Lazily built, immutable, thread-safe validator. Its messages are always the default (English)
     * ones, whatever the JVM's locale: the rest of every error is English, and a hall's server set
     * to {@code zh_CN} must not turn "must not be blank" into "不能为空" in the middle of it.
     */
    private static final class ValidatorHolder {
        private static final Validator VALIDATOR;

        static {
            jakarta.validation.Configuration<?> config = Validation.byDefaultProvider().configure();
            jakarta.validation.MessageInterpolator base = config.getDefaultMessageInterpolator();
            config.messageInterpolator(new jakarta.validation.MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return base.interpolate(template, context, Locale.ROOT);
                }

                @Override
                public String interpolate(String template, Context context, Locale locale) {
                    return base.interpolate(template, context, Locale.ROOT);
                }
            });
            ValidatorFactory factory = config.buildValidatorFactory();
            VALIDATOR = factory.getValidator();
        }
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /**
     * An unknown field reported at the field itself, before what Jackson reported. Jackson builds
     * a record from its known fields first and only then looks at the unknown ones, so a misspelt
     * required field ({@code nmae:} for {@code name:}) surfaces as the required field missing, or
     * as a value the constructor refuses, and an unknown field is located at the end of its
     * object. Here the object Jackson was building is read again with a plain parser and its
     * first field that is not a property of the type is reported: JSON path, line and column of
     * the field name, and the closest known property when one is at most 2 edits away.
     *
     * @return the error naming the unknown field, or null if the failing object has none (or
     *         the error is not about building an object)
     */
    private ModelReadException unknownFieldFirst(JsonProcessingException e, byte[] bytes, String source) {
        List<JsonMappingException.Reference> objectPath;
        Set<String> known;
        String reported = null;
        if (e instanceof UnrecognizedPropertyException u) {
            List<JsonMappingException.Reference> path = u.getPath();
            if (path.isEmpty()) {
                return null;
            }
            objectPath = path.subList(0, path.size() - 1);
            known = new HashSet<>();
            if (u.getKnownPropertyIds() != null) {
                u.getKnownPropertyIds().forEach(id -> known.add(id.toString()));
            }
            typeIdProperty(u.getReferringClass(), known);
            reported = u.getPropertyName();
        } else if (e instanceof ValueInstantiationException v && v.getType() != null) {
            objectPath = v.getPath();
            known = propertyNames(v.getType());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null && m.getTargetType().isPrimitive()
                && !m.getPath().isEmpty() && m.getPath().get(m.getPath().size() - 1).getFrom() != null) {
            // a required number or flag missing: perhaps because it is misspelt
            JsonMappingException.Reference field = m.getPath().get(m.getPath().size() - 1);
            Object from = field.getFrom();
            objectPath = m.getPath().subList(0, m.getPath().size() - 1);
            known = propertyNames(mapper.constructType(from instanceof Class<?> c ? c : from.getClass()));
        } else {
            return null;
        }
        if (known.isEmpty()) {
            return null;
        }
        try {
            UnknownFields.UnknownField found = UnknownFields.first(mapper, bytes, objectPath, known, reported);
            if (found == null) {
                return null;
            }
            String near = Suggestions.closest(found.name(), known, found.present());
            String problem = "unknown field '" + found.name() + "'"
                    + (near != null ? " (did you mean '" + near + "'?)" : known(List.copyOf(known)));
            return new ModelReadException(source, jsonPath(objectPath) + "." + found.name(), found.line(),
                    found.column(), abbreviate(problem), e);
        } catch (IOException | RuntimeException again) {
            LOG.debug("could not look for unknown fields in {}: {}", source, again.toString());
            return null;
        }
    }

    /**
     * A value a model constructor refused, located at the field its message names. Jackson
     * locates such an error at the end of the object, since the constructor runs after the whole
     * object was read; the constructors' messages start with the field's name ("itemVersion must
     * be at least 1, but was 0"), so when that word is a property of the type, the field's value
     * is found again with a plain parser.
     *
     * @return the located error, or null if the error is not a refused value of a named field
     */
    private ModelReadException rejectedField(JsonProcessingException e, byte[] bytes, String source) {
        if (!(e instanceof ValueInstantiationException v) || v.getType() == null
                || !(v.getCause() instanceof IllegalArgumentException cause) || cause.getMessage() == null) {
            return null;
        }
        String message = cause.getMessage();
        int space = message.indexOf(' ');
        String field = space > 0 ? message.substring(0, space) : message;
        int bracket = field.indexOf('[');
        String property = bracket > 0 ? field.substring(0, bracket) : field;
        if (!propertyNames(v.getType()).contains(property)) {
            return null;
        }
        try {
            int[] at = UnknownFields.valueOf(mapper, bytes, v.getPath(), property);
            if (at == null) {
                return null;
            }
            return new ModelReadException(source, jsonPath(v.getPath()) + "." + property, at[0], at[1],
                    abbreviate(firstLine(message)), e);
        } catch (IOException | RuntimeException again) {
            LOG.debug("could not locate field {} in {}: {}", property, source, again.toString());
            return null;
        }
    }

    /**
     * A number or boolean field that is absent: Jackson reports it as a null for a primitive, at
     * the end of the object, exactly as an explicit {@code null}. Looked up again in the input,
     * an absent field is reported as missing; an explicit null keeps Jackson's location and message.
     *
     * @return the missing-field error, or null if the error is not about a null primitive or the field is present
     */
    private ModelReadException absentPrimitive(JsonProcessingException e, byte[] bytes, String source) {
        if (!(e instanceof MismatchedInputException m) || m.getTargetType() == null || !m.getTargetType().isPrimitive()
                || m.getOriginalMessage() == null || !m.getOriginalMessage().contains("`null`")) {
            return null;
        }
        List<JsonMappingException.Reference> path = m.getPath();
        if (path.isEmpty() || path.get(path.size() - 1).getFieldName() == null) {
            return null;
        }
        String field = path.get(path.size() - 1).getFieldName();
        try {
            if (UnknownFields.valueOf(mapper, bytes, path.subList(0, path.size() - 1), field) != null) {
                return null;
            }
        } catch (IOException | RuntimeException again) {
            LOG.debug("could not look for field {} in {}: {}", field, source, again.toString());
            return null;
        }
        ModelReadException jackson = translate(e, source);
        return new ModelReadException(source, jackson.path(), jackson.line(), jackson.column(),
                "missing required field '" + field + "'", e);
    }

    /** The JSON property names of a type, with the type-id property of a polymorphic base. */
    private Set<String> propertyNames(JavaType type) {
        Set<String> names = new HashSet<>();
        mapper.getDeserializationConfig().introspect(type).findProperties()
                .forEach(property -> names.add(property.getName()));
        typeIdProperty(type.getRawClass(), names);
        return names;
    }

    private static void typeIdProperty(Class<?> c, Set<String> names) {
        if (c == null) {
            return;
        }
        JsonTypeInfo info = c.getAnnotation(JsonTypeInfo.class);
        if (info != null) {
            names.add(info.property().isEmpty() ? info.use().getDefaultPropertyName() : info.property());
        }
        typeIdProperty(c.getSuperclass(), names);
        for (Class<?> i : c.getInterfaces()) {
            typeIdProperty(i, names);
        }
    }

    /** Translates a Jackson exception into our typed exception with path, line and column. */
    static ModelReadException translate(JsonProcessingException e, String source) {
        JsonLocation loc = e.getLocation();
        int line = loc == null || loc.getLineNr() < 1 ? -1 : loc.getLineNr();
        int column = loc == null || loc.getColumnNr() < 1 ? -1 : loc.getColumnNr();
        if (String.valueOf(e.getOriginalMessage()).startsWith("No content to map")) {
            line = 1; // an empty input: Jackson says line 1 and no column
            column = 1;
        }
        String path = e instanceof JsonMappingException jme ? jsonPath(jme.getPath()) : "$";
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            problem = "unknown field '" + u.getPropertyName() + "'" + known(u.getKnownPropertyIds());
        } else if (e instanceof IgnoredPropertyException i) {
            problem = "field '" + i.getPropertyName() + "' is not allowed here";
        } else if (e instanceof InvalidTypeIdException t) {
            problem = t.getTypeId() == null ? "missing \"type\" naming the kind of " + words(t.getBaseType().getRawClass().getSimpleName())
                    : "unknown type '" + t.getTypeId() + "' for " + words(t.getBaseType().getRawClass().getSimpleName());
        } else if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() == null ? v : v.getCause();
            if (cause instanceof IllegalTransitionException t && t.eventIndex() >= 0) {
                path = path + ".events[" + t.eventIndex() + "]";
                problem = firstLine(t.getMessage());
            } else if (cause instanceof NullPointerException && cause.getMessage() != null && !cause.getMessage().contains(" ")) {
                path = path + "." + cause.getMessage();
                problem = "missing required field '" + cause.getMessage() + "'";
            } else {
                problem = firstLine(cause.getMessage());
            }
        } else if (e instanceof InvalidFormatException f) {
            problem = "invalid value " + quote(f.getValue()) + " for " + describe(f.getTargetType())
                    + detail(f);
        } else if (e instanceof MismatchedInputException m) {
            problem = mismatch(m);
        } else if (yamlCause(e) != null) {
            MarkedYAMLException y = yamlCause(e);
            problem = "not well-formed YAML: " + yamlWords((y.getContext() == null ? "" : y.getContext() + ", ") + y.getProblem());
            if (y.getProblemMark() != null) {
                line = y.getProblemMark().getLine() + 1;
                column = y.getProblemMark().getColumn() + 1;
            }
        } else if (rootCause(e) != e && rootCause(e) instanceof JsonProcessingException root) {
            return translateParse(root, source, path, line, column, e);
        } else if (e instanceof StreamConstraintsException) {
            problem = "input exceeds a size limit: " + parserWords(withoutJavaNames(firstLine(e.getOriginalMessage())));
        } else if (e instanceof JsonParseException && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            problem = "duplicate key: " + firstLine(e.getOriginalMessage()).substring("Duplicate field ".length());
        } else if (e instanceof JsonParseException) {
            problem = "not well-formed: " + parserWords(firstLine(e.getOriginalMessage()));
        } else {
            problem = firstLine(e.getOriginalMessage());
        }
        return new ModelReadException(source, path, line, column, abbreviate(problem), e);
    }

    /** Problems may quote input: keep messages readable however long the input. */
    static String abbreviate(String problem) {
        return problem.length() <= 500 ? problem : problem.substring(0, 400) + "… (" + problem.length() + " characters)";
    }

    private static final Pattern COERCE =
            Pattern.compile("Cannot coerce (\\w+) value \\((.*)\\) to");
    private static final Pattern FROM =
            Pattern.compile("from (\\w+) value");
    /** Jackson's "Numeric value (N) out of range of long (MIN - MAX)". */
    private static final Pattern OUT_OF_RANGE =
            Pattern.compile("Numeric value \\((.*?)\\) out of range of (\\w+) \\((.*)\\)");

    private static MarkedYAMLException yamlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MarkedYAMLException y) {
                return y;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && t.getCause() instanceof JsonProcessingException) {
            t = t.getCause();
        }
        return t;
    }

    private static ModelReadException translateParse(JsonProcessingException root, String source, String path, int line,
                                                     int column, JsonProcessingException outer) {
        String msg = firstLine(root.getOriginalMessage());
        String problem;
        Matcher range = OUT_OF_RANGE.matcher(msg);
        if (msg.startsWith("Duplicate field ")) {
            problem = "duplicate key: " + msg.substring("Duplicate field ".length());
        } else if (range.find()) {
            problem = "the number " + range.group(1) + " is out of range: this field takes whole numbers from "
                    + range.group(3).replace(" - ", " to ");
        } else if (root instanceof StreamConstraintsException) {
            problem = "input exceeds a size limit: " + parserWords(withoutJavaNames(msg));
        } else {
            problem = "not well-formed: " + parserWords(msg);
        }
        return new ModelReadException(source, path, line, column, abbreviate(problem), outer);
    }

    private static String mismatch(MismatchedInputException m) {
        String msg = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
        Class<?> target = m.getTargetType();
        if (msg.contains("Trailing token")) {
            return "unexpected content after the end of the document";
        }
        if (msg.startsWith("No content to map")) {
            return "the input is empty";
        }
        if (msg.startsWith(BoundedStrings.TOO_LONG)) {
            return "input exceeds a size limit: " + withoutJavaNames(firstLine(msg));
        }
        if (msg.startsWith(BoundedStrings.NOT_TEXT)) {
            return firstLine(msg.substring(BoundedStrings.NOT_TEXT.length()));
        }
        if (target == null) {
            return firstLine(msg);
        }
        String got = "";
        Matcher c = COERCE.matcher(msg);
        Matcher f = FROM.matcher(msg);
        if (c.find()) {
            got = " (got " + c.group(1).toLowerCase(Locale.ROOT) + " " + c.group(2) + ")";
        } else if (msg.contains("`null`")) {
            got = " (got null)";
        } else if (f.find()) {
            got = " (got " + f.group(1).toLowerCase(Locale.ROOT) + ")";
        }
        return "expected " + describe(target) + got;
    }

    private static String detail(InvalidFormatException f) {
        Class<?> target = f.getTargetType();
        String msg = f.getOriginalMessage();
        if (msg == null || target == null || target.isEnum() || target.getPackageName().startsWith("java.time")) {
            return "";
        }
        int i = msg.lastIndexOf(": ");
        String tail = i >= 0 ? msg.substring(i + 2) : msg;
        return tail.startsWith("Cannot") || tail.startsWith("not a valid") ? "" : " (" + firstLine(tail) + ")";
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "this field";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            return "an integer";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (target == LocalDateTime.class) {
            return "a date-time (yyyy-MM-ddTHH:mm[:ss])";
        }
        if (target == java.time.MonthDay.class) {
            return "a day of the year (MM-dd)";
        }
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString).toList();
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "a list";
        }
        if (target.getSimpleName().equals("TimeLimit")) {
            return "a time limit such as \"20 working days\", \"3 months\" or \"on the spot\"";
        }
        return "an object (" + words(target.getSimpleName()) + ")";
    }

    /** A type's simple name in words: {@code ServiceItem} gives "service item". */
    static String words(String simpleName) {
        return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static final Pattern UNEXPECTED =
            Pattern.compile("Unexpected character \\('(.*?)' \\(code (\\d+)(?: / 0x[0-9a-fA-F]+)?\\)\\):? ?(.*)", Pattern.DOTALL);
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'.*");
    private static final Pattern LIMIT =
            Pattern.compile("(Number value length|Document nesting depth|String value length) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)");

    /**
     * Jackson's parser messages in plain words, without its feature names: "Unexpected character ('/'
     * (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature
     * 'ALLOW_COMMENTS' not enabled for parser)" becomes "a comment: JSON has no comments". Messages
     * it does not know are returned as they are.
     */
    static String parserWords(String message) {
        Matcher u = UNEXPECTED.matcher(message);
        if (u.matches()) {
            int code = Integer.parseInt(u.group(2));
            String rest = u.group(3);
            String what = code == 0xFEFF ? "byte-order mark (U+FEFF)"
                    : code < 0x20 || Character.isWhitespace(code) || Character.isISOControl(code)
                    ? String.format(Locale.ROOT, "character U+%04X", code) : "'" + u.group(1) + "'";
            if (rest.contains("comment")) {
                return "a comment: JSON has no comments";
            }
            if (rest.startsWith("was expecting double-quote to start field name")) {
                return "unexpected " + what + " where a field name in double quotes was expected"
                        + (code == '}' ? " (no comma may follow the last field)" : "");
            }
            if (rest.startsWith("expected a valid value") || rest.startsWith("expected a value")) {
                return "unexpected " + what + " where a value (a string, number, object, array, true, false or null)"
                        + " was expected" + (code == ']' ? " (no comma may follow the last element)" : "");
            }
            if (rest.startsWith("was expecting comma to separate")) {
                return "unexpected " + what + ": a comma was expected between " + (rest.contains("Object") ? "fields" : "elements");
            }
            return "unexpected " + what + (rest.isBlank() ? "" : ": " + rest);
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the input ends before its " + (message.contains("Object") ? "object" : message.contains("Array")
                    ? "array" : "value") + " does: a closing " + (message.contains("Array") ? "]" : "}")
                    + " or more is missing";
        }
        Matcher n = NON_STANDARD.matcher(message);
        if (n.matches()) {
            return "'" + n.group(1) + "' is not a JSON value (JSON has no NaN or Infinity)";
        }
        Matcher l = LIMIT.matcher(message);
        if (l.find()) {
            return switch (l.group(1)) {
                case "Number value length" -> "a number of " + l.group(2) + " characters (at most " + l.group(3) + ")";
                case "Document nesting depth" -> "objects and arrays nested deeper than " + l.group(3);
                default -> "a string longer than " + l.group(3) + " characters";
            };
        }
        return message;
    }

    /** SnakeYAML's words for a document cut short, in plain words ("<stream end>" is the end of the file). */
    static String yamlWords(String message) {
        return message.replace("'<stream end>'", "the end of the file").replace("<stream end>", "the end of the file")
                .replace("while parsing a flow mapping", "in a { } mapping")
                .replace("while parsing a flow sequence", "in a [ ] list")
                .replace("while parsing a flow node", "in a [ ] list or { } mapping")
                .replace("expected the node content", "expected a value");
    }

    /** Jackson's limit messages without the Java method they name: "(from `StreamReadConstraints…`)". */
    static String withoutJavaNames(String message) {
        return message.replaceAll(",?\\s*(?:from|by) `[^`]*`", "").replaceAll("\\s*\\(\\)", "");
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return " (known fields: " + ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static String quote(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
