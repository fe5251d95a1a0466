package com.euraflow.kernel.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies of the EuraFlow API are read strictly: unknown fields, nulls for primitives and
 * scalar coercions ({@code 123} for a string, {@code "1"} for a number) are 400s naming the field.
 * Only the HTTP API's converter is strict; the application's JsonMapper (used e.g. for lenient OZON
 * responses) is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  ServerHttpMessageConvertersCustomizer strictJsonRequests(JsonMapper mapper) {
    var strict = mapper.rebuild()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
    return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
  }
}
