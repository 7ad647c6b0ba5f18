package org.childrenscomplaints.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says about the API as a whole; the paths come from the controllers. */
@Configuration
public class OpenApiDescription {

    @Bean
    public OpenAPI complaintsApi() {
        return new OpenAPI()
                .info(new Info().title("Children's services complaints, comments and compliments")
                        .description("Commands and queries of the complaints procedures (statutory, corporate, SEND). "
                                + "Every refusal is application/problem+json. Commands accept an Idempotency-Key header. "
                                + "Sign in with HTTP Basic (embedded) or an OIDC bearer token (production).")
                        .version("1"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
