package de.ihk.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Reads strings of request bodies as usual, but refuses the NUL character, which PostgreSQL cannot store. */
final class NulFreeStrings extends StdScalarDeserializer<String> {

    static final String MESSAGE = "Must not contain the NUL character (U+0000).";

    NulFreeStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            throw context.weirdStringException(value, String.class, MESSAGE);
        }
        return value;
    }
}
