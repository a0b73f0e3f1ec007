package io.github.govrules.core.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.github.govrules.core.cases.CaseEvent;
import java.util.HashMap;
import java.util.Map;

/** The JSON names of the case event types, read once from {@link CaseEvent}'s {@link JsonSubTypes}. Not public API. */
public final class EventNames {

    private static final Map<Class<?>, String> NAMES;

    static {
        Map<Class<?>, String> m = new HashMap<>();
        for (JsonSubTypes.Type t : CaseEvent.class.getAnnotation(JsonSubTypes.class).value()) {
            m.put(t.value(), t.name());
        }
        NAMES = Map.copyOf(m);
    }

    private EventNames() {
    }

    /** The JSON name of an event type, e.g. {@code "accepted-with-gaps"}. */
    public static String of(Class<?> type) {
        String name = NAMES.get(type);
        if (name == null) {
            throw new IllegalStateException("event type " + type.getName() + " is missing from CaseEvent's @JsonSubTypes");
        }
        return name;
    }
}
