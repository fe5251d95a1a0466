package com.euraflow.app.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /docs, with both ways to authenticate so Swagger UI can call the API. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

  @Bean
  OpenAPI euraFlowApi() {
    return new OpenAPI()
        .info(new Info().title("EuraFlow API").version("v1")
            .description("Errors are RFC 7807 application/problem+json with a stable `code`."))
        .components(new Components()
            .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("access token from POST /api/ef/v1/auth/login"))
            .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key").description("key from POST /api/ef/v1/api-keys")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"))
        .addSecurityItem(new SecurityRequirement().addList("apiKey"));
  }
}
