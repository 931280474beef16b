package org.aidflow.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A submitted form after its fields were checked and converted (decimals, dates, lists). */
public final class FormValues {

    private final Map<String, Object> values;

    FormValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public String text(String key) {
        return (String) values.get(key);
    }

    public BigDecimal decimal(String key) {
        return (BigDecimal) values.get(key);
    }

    public LocalDate date(String key) {
        return (LocalDate) values.get(key);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object value = values.get(key);
        return value == null ? List.of() : (List<String>) value;
    }

    public Object raw(String key) {
        return values.get(key);
    }

    public Map<String, Object> asMap() {
        return values;
    }
}
