package org.homeward.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The partner API's description at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI homewardApi() {
        return new OpenAPI()
                .info(new Info().title("Homeward partner API").version("1")
                        .description("""
                                Opens cases and records every step of a survivor's return and reintegration as an \
                                append-only history. Dates are ISO 8601; the date of each step is when it happened. \
                                Send an Idempotency-Key header to make a retried POST record nothing twice. Refusals \
                                are application/problem+json: 400 names each bad field, 422 gives the case rule \
                                broken, 404 an unknown case (or one of another office), 409 a concurrent change."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
