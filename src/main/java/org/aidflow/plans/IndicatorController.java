package org.aidflow.plans;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.project.ProjectType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue, for anyone signed in: all of it, or what one project type may choose. */
@RestController
class IndicatorController {

    private final IndicatorCatalogue catalogue;

    IndicatorController(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/indicators")
    Map<String, Object> catalogue(@RequestParam(required = false) ProjectType type) {
        List<Indicator> chosen = type == null ? catalogue.all() : catalogue.forType(type);
        Map<String, Object> weights = new LinkedHashMap<>();
        Arrays.stream(IndicatorCategory.Part.values()).forEach(p -> weights.put(p.name(), p.weight));
        return Map.of("items", chosen.stream().map(IndicatorController::view).toList(), "weights", weights);
    }

    static Map<String, Object> view(Indicator i) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", i.code());
        view.put("category", i.category());
        view.put("part", i.category().part);
        view.put("nameZh", i.nameZh());
        view.put("nameEn", i.nameEn());
        view.put("unit", i.unit());
        view.put("direction", i.direction());
        return view;
    }
}
