package org.aidflow.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aidflow.project.ProjectType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The indicator catalogue (indicators/catalogue.json), read once at start. */
@Component
class IndicatorCatalogue {

    private final Map<String, Indicator> byCode = new LinkedHashMap<>();

    IndicatorCatalogue() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = new ClassPathResource("indicators/catalogue.json").getInputStream()) {
            JsonNode root = json.readTree(in);
            for (JsonNode node : root.path("indicators")) {
                Indicator indicator = json.treeToValue(node, Indicator.class);
                indicator.types().forEach(ProjectType::valueOf);
                byCode.put(indicator.code(), indicator);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Indicator> all() {
        return List.copyOf(byCode.values());
    }

    List<Indicator> forType(ProjectType type) {
        return byCode.values().stream().filter(i -> i.appliesTo(type)).toList();
    }

    Optional<Indicator> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }
}
