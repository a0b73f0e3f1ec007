package io.github.govrules.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.govrules.calendar.deadline.TimeLimit;
import java.io.IOException;

/** Jackson mapping of gov-calendar's {@link TimeLimit} as its text form ("20 working days", "on the spot"). */
public final class TimeLimitJackson {

    private TimeLimitJackson() {
    }

    /** A module with the serializer and deserializer. */
    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("gov-core-time-limit");
        m.addSerializer(TimeLimit.class, new Ser());
        m.addDeserializer(TimeLimit.class, new Deser());
        return m;
    }

    static final class Ser extends StdSerializer<TimeLimit> {
        private static final long serialVersionUID = 1L;

        Ser() {
            super(TimeLimit.class);
        }

        @Override
        public void serialize(TimeLimit value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    static final class Deser extends StdDeserializer<TimeLimit> {
        private static final long serialVersionUID = 1L;

        Deser() {
            super(TimeLimit.class);
        }

        @Override
        public TimeLimit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (TimeLimit) ctxt.handleUnexpectedToken(TimeLimit.class, p.currentToken(), p,
                        "expected a time limit such as \"20 working days\", \"3 months\" or \"on the spot\"");
            }
            String text = p.getText();
            try {
                return TimeLimit.parse(text);
            } catch (IllegalArgumentException e) {
                throw ctxt.weirdStringException(text, TimeLimit.class, e.getMessage());
            }
        }
    }
}
