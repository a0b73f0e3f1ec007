package io.github.govrules.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.govrules.calendar.deadline.TimeLimit;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.UncheckedIOException;

/**
 * Shared Jackson mappers, configured once here and never handed out (a mapper can be reconfigured
 * by whoever holds it): callers write and read through these methods. Thread-safe.
 */
public final class Json {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("gov-rules").addSerializer(TimeLimit.class, ToStringSerializer.instance))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /**
     * Strict: unknown keys, a key written twice and a date with a time are refused (the files are
     * first read by {@link YamlDoc}, which locates such problems at the key or value itself).
     */
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .loaderOptions(YamlDoc.loaderOptions())
                    .build())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .defaultLeniency(false)
            .build();

    private Json() {
    }

    /** Writes {@code value} as pretty JSON. */
    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads YAML text strictly (as a manifest or scenario file is read).
     *
     * @throws JsonProcessingException if the text is not YAML or does not fit {@code type}
     */
    public static <T> T readYaml(String text, Class<T> type) throws JsonProcessingException {
        return YAML.readerFor(type).readValue(text);
    }
}
