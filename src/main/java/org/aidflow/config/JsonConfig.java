package org.aidflow.config;

import org.aidflow.web.StrictJson;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;

/**
 * JSON as people read it: characters beyond the BMP (𠮷, 🚀) written as themselves, not as escaped
 * surrogates; and read strictly: a value of the wrong JSON type is refused, never coerced, and
 * anything after the body's one JSON value ({@code {...}}}, {@code {...}{...}}) makes it malformed
 * rather than being ignored, so a request is taken as a whole or not at all.
 */
@Configuration
class JsonConfig {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer unescapedSupplementaryCharacters() {
        return builder -> builder.factory(JsonFactory.builder()
                        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                        .build())
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Registered with the application's ObjectMapper by Spring Boot, after the well-known modules. */
    @Bean
    Module strictInput() {
        return StrictJson.module();
    }
}
