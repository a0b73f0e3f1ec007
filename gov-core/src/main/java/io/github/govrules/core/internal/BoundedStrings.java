package io.github.govrules.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * A String deserializer that enforces the maximum string length for every syntax (the YAML
 * parser does not apply Jackson's {@code StreamReadConstraints.maxStringLength}), and refuses a
 * value that is not a person's text (a control character such as NUL, or a lone UTF-16 surrogate
 * written as an escape, {@code "\ud800"}), at the value. Not public API.
 */
public final class BoundedStrings extends StdScalarDeserializer<String> {

    private static final long serialVersionUID = 1L;

    /** Prefix of the problem text, recognized by the error translation. */
    static final String TOO_LONG = "string too long: ";
    /** Prefix of the problem text of a value that is not a person's text, recognized by the error translation. */
    static final String NOT_TEXT = "not text: ";

    private final int maxLength;

    private BoundedStrings(int maxLength) {
        super(String.class);
        this.maxLength = maxLength;
    }

    /** A module that bounds every string value to {@code maxLength} characters. */
    public static SimpleModule module(int maxLength) {
        SimpleModule m = new SimpleModule("gov-core-bounded-strings");
        m.addDeserializer(String.class, new BoundedStrings(maxLength));
        return m;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String s = StringDeserializer.instance.deserialize(p, ctxt);
        if (s != null && s.length() > maxLength) {
            return (String) ctxt.reportInputMismatch(String.class, TOO_LONG + s.length()
                    + " characters, the limit is " + maxLength);
        }
        int bad = s == null ? -1 : TextFiles.firstNonTextInValue(s);
        if (bad >= 0) {
            return (String) ctxt.reportInputMismatch(String.class, NOT_TEXT + TextFiles.nonTextInValue(s, bad));
        }
        return s;
    }
}
