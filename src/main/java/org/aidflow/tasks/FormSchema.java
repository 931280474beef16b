package org.aidflow.tasks;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.aidflow.web.Checks;
import org.aidflow.web.InputRules;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Camunda Form (form-js JSON) as a validator: the same definition that renders the form in our
 * app and in Camunda's Tasklist decides on the server what a submission may contain.
 */
final class FormSchema {

    private final JsonNode form;
    private final List<JsonNode> fields = new ArrayList<>();

    FormSchema(JsonNode form) {
        this.form = form;
        collect(form.path("components"));
    }

    private void collect(JsonNode components) {
        for (JsonNode c : components) {
            if (c.hasNonNull("key") && !"button".equals(c.path("type").asText())) {
                fields.add(c);
            }
            if (c.has("components")) {
                collect(c.get("components"));
            }
        }
    }

    JsonNode json() {
        return form;
    }

    boolean has(String key) {
        return fields.stream().anyMatch(f -> key.equals(f.path("key").asText()));
    }

    /** Checks every field and converts the values; unknown keys are refused too. */
    FormValues validate(Map<String, Object> submitted, Set<String> extraFields) {
        Checks checks = new Checks();
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> known = new java.util.HashSet<>(extraFields);
        for (JsonNode field : fields) {
            String key = field.get("key").asText();
            known.add(key);
            Object value = submitted.get(key);
            JsonNode rules = field.path("validate");
            boolean blank = value == null || (value instanceof String s && s.isBlank())
                    || (value instanceof List<?> l && l.isEmpty());
            if (blank) {
                if (rules.path("required").asBoolean(false)) {
                    checks.add(key, "field.required");
                }
                continue;
            }
            Object converted = convert(field, key, value, rules, checks);
            if (converted != null) {
                values.put(key, converted);
            }
        }
        for (String key : submitted.keySet()) {
            if (!known.contains(key)) {
                checks.add(key, "field.unknownField");
            } else if (extraFields.contains(key)) {
                values.put(key, submitted.get(key));
            }
        }
        checks.throwIfAny();
        return new FormValues(values);
    }

    private static Object convert(JsonNode field, String key, Object value, JsonNode rules, Checks checks) {
        String type = field.path("type").asText();
        switch (type) {
            case "number":
                return number(field, key, value, rules, checks);
            case "select", "radio":
                if (!(value instanceof String s) || !allowed(field, s)) {
                    checks.add(key, "field.unknownValue");
                    return null;
                }
                return s;
            case "checklist", "taglist":
                if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String s) || !allowed(field, s))) {
                    checks.add(key, "field.unknownValue");
                    return null;
                }
                return List.copyOf(list.stream().map(String.class::cast).distinct().toList());
            case "checkbox":
                if (!(value instanceof Boolean b)) {
                    checks.add(key, "field.wrongType");
                    return null;
                }
                return b;
            case "datetime":
                if (!(value instanceof String s)) {
                    checks.add(key, "field.notDate");
                    return null;
                }
                try {
                    LocalDate date = LocalDate.parse(s);
                    String window = InputRules.date(date);
                    if (window != null) {
                        checks.add(key, window);
                        return null;
                    }
                    return date;
                } catch (DateTimeParseException e) {
                    checks.add(key, "field.notDate");
                    return null;
                }
            default:
                return text(key, value, rules, checks);
        }
    }

    private static Object text(String key, Object value, JsonNode rules, Checks checks) {
        if (!(value instanceof String s)) {
            checks.add(key, "field.wrongType");
            return null;
        }
        int length = s.codePointCount(0, s.length());
        if (rules.has("maxLength") && length > rules.get("maxLength").asInt()) {
            checks.add(key, "field.tooLong", rules.get("maxLength").asInt());
        } else if (rules.has("minLength") && length < rules.get("minLength").asInt()) {
            checks.add(key, "field.tooShort", rules.get("minLength").asInt());
        } else if (rules.hasNonNull("pattern") && !matches(rules.get("pattern").asText(), s)) {
            checks.add(key, "field.pattern");
        }
        return s;
    }

    private static Object number(JsonNode field, String key, Object value, JsonNode rules, Checks checks) {
        BigDecimal number;
        if (value instanceof BigDecimal d) {
            number = d;
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            number = new BigDecimal(value.toString());
        } else {
            checks.add(key, "field.notNumber");
            return null;
        }
        String shape = InputRules.number(number);
        if (shape != null) {
            checks.add(key, shape);
            return null;
        }
        if (field.has("decimalDigits")) {
            int digits = field.get("decimalDigits").asInt();
            if (number.stripTrailingZeros().scale() > digits) {
                checks.add(key, digits == 0 ? "field.notInteger" : "amount.tooManyDecimals");
                return null;
            }
        }
        if (rules.has("min") && number.compareTo(rules.get("min").decimalValue()) < 0) {
            checks.add(key, "field.belowMin", rules.get("min").asText());
        } else if (rules.has("max") && number.compareTo(rules.get("max").decimalValue()) > 0) {
            checks.add(key, "field.aboveMax", rules.get("max").asText());
        } else if (number.compareTo(Checks.MAX_AMOUNT) > 0) {
            checks.add(key, "amount.tooLarge");
        }
        return number;
    }

    private static boolean allowed(JsonNode field, String value) {
        for (JsonNode option : field.path("values")) {
            if (value.equals(option.path("value").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }
}
