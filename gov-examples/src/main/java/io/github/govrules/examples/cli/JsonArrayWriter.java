package io.github.govrules.examples.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.databind.JsonNode;

/** Prints a JSON array one element at a time (a result per case as it is found, not all of them held). */
final class JsonArrayWriter implements AutoCloseable {

    private final PrintWriter out;
    private boolean first = true;

    JsonArrayWriter(PrintWriter out) {
        this.out = out;
        out.print("[");
    }

    void add(JsonNode element) {
        out.print(first ? "\n" : ",\n");
        first = false;
        try {
            out.print(CliJson.MAPPER.writeValueAsString(element));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    @Override
    public void close() {
        out.println(first ? "]" : "\n]");
    }
}
