package org.aidflow.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * How every JSON body is read, whatever the endpoint or the form: strings only from JSON strings
 * ({@code "title":123} is refused, not turned into {@code "123"}), and holding only text
 * ({@link InputRules#text}); numbers only from JSON numbers of a sane shape, refused before any
 * arithmetic ({@link InputRules#number}); dates only as {@code yyyy-MM-dd} within the window; and
 * the same rules for the free-form maps of task forms, at any depth. A refusal names the field it
 * was found in (Jackson adds the path while unwinding) and its message key.
 */
public final class StrictJson {

    private static final Reader<String> TEXT = p -> checked(p, p.getText(), InputRules::text);
    private static final Reader<BigDecimal> DECIMAL = p -> checked(p, p.getDecimalValue(), InputRules::number);
    private static final Reader<BigInteger> WHOLE = p -> checked(p, p.getBigIntegerValue(), InputRules::number);

    private StrictJson() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("aidflow-strict-input");
        module.addDeserializer(String.class, only("field.notText", TEXT, JsonToken.VALUE_STRING));
        module.addDeserializer(BigDecimal.class, only("field.notNumber", DECIMAL,
                JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT));
        module.addDeserializer(BigInteger.class, only("field.notInteger", WHOLE, JsonToken.VALUE_NUMBER_INT));
        module.addDeserializer(LocalDate.class, only("field.notDate", StrictJson::date, JsonToken.VALUE_STRING));
        module.addDeserializer(Object.class, new Untyped());
        return module;
    }

    /** A value refused by one of the {@link InputRules}; its path is the field's name in the request. */
    public static final class Refused extends JsonMappingException {

        private final String messageKey;

        Refused(JsonParser parser, String messageKey) {
            super(parser, messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * Values of unknown type (task forms, the tranche plan inside them): maps, lists, strings,
     * booleans, whole numbers as Integer, Long or BigInteger and decimals as BigDecimal, each
     * checked as above. Dates stay strings here; the form's schema reads them.
     */
    static final class Untyped extends JsonDeserializer<Object> {

        private static final int MAX_DEPTH = 32;

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return value(p, 0);
        }

        private Object value(JsonParser p, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new Refused(p, "problem.malformedJson");
            }
            JsonToken token = p.currentToken();
            switch (token) {
                case START_OBJECT:
                case FIELD_NAME:
                    return object(p, depth);
                case START_ARRAY:
                    return array(p, depth);
                case VALUE_STRING:
                    return TEXT.read(p);
                case VALUE_NUMBER_INT:
                    return whole(p);
                case VALUE_NUMBER_FLOAT:
                    return DECIMAL.read(p);
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NULL:
                    return null;
                default:
                    throw new Refused(p, "field.wrongType");
            }
        }

        private Map<String, Object> object(JsonParser p, int depth) throws IOException {
            Map<String, Object> map = new LinkedHashMap<>();
            String name = p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : p.nextFieldName();
            while (name != null) {
                refuseIf(p, InputRules.text(name));
                p.nextToken();
                try {
                    map.put(name, value(p, depth + 1));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, map, name);
                }
                name = p.nextFieldName();
            }
            return map;
        }

        private List<Object> array(JsonParser p, int depth) throws IOException {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                try {
                    list.add(value(p, depth + 1));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, list, list.size());
                }
            }
            return list;
        }

        private static Object whole(JsonParser p) throws IOException {
            return switch (p.getNumberType()) {
                case INT -> p.getIntValue();
                case LONG -> p.getLongValue();
                default -> WHOLE.read(p);
            };
        }
    }

    /** Reads one value from the parser's current token. */
    private interface Reader<T> {
        T read(JsonParser p) throws IOException;
    }

    /** Reads values with {@code reader} from the given kinds of token only, and refuses any other kind with {@code refusal}. */
    private static <T> JsonDeserializer<T> only(String refusal, Reader<T> reader, JsonToken... tokens) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                for (JsonToken token : tokens) {
                    if (p.currentToken() == token) {
                        return reader.read(p);
                    }
                }
                throw new Refused(p, refusal);
            }
        };
    }

    private static LocalDate date(JsonParser p) throws IOException {
        try {
            return checked(p, LocalDate.parse(p.getText()), InputRules::date);
        } catch (DateTimeParseException e) {
            throw new Refused(p, "field.notDate");
        }
    }

    /** The value, unless {@code rule} names a reason to refuse it. */
    private static <T> T checked(JsonParser p, T value, Function<T, String> rule) throws Refused {
        refuseIf(p, rule.apply(value));
        return value;
    }

    private static void refuseIf(JsonParser p, String messageKey) throws Refused {
        if (messageKey != null) {
            throw new Refused(p, messageKey);
        }
    }
}
