package org.mailsim.web.classroom;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

/** JSON in and out for the classroom API; times as ISO-8601 text. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() { }

    static JsonNode body(Context ctx) {
        try {
            JsonNode body = MAPPER.readTree(ctx.body());
            if (body == null || !body.isObject()) throw new Refusal(400, "The request body must be a JSON object.");
            return body;
        } catch (JacksonException e) {
            throw new Refusal(400, "The request body is not JSON: " + e.getOriginalMessage() + ".");
        }
    }

    static String text(JsonNode body, String name, String what) {
        JsonNode node = body.get(name);
        if (node == null || !node.isTextual()) throw new Refusal(400, "The request needs \"" + name + "\": " + what + ".");
        return node.asText();
    }

    static void write(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsString(value));
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    record Problem(String error) { }
}
