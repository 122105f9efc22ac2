package org.tandem.shared.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.tandem.shared.kernel.TypedId;
import org.tandem.shared.kernel.UrlSecret;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How springdoc describes the JSON API when the tests generate its OpenAPI document
 * (OpenApiDocumentTests): every operation takes a bearer token, and the server is the one
 * that serves the document ({@code /}), not the tests' {@code http://localhost}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI tandemOpenApi() {
		return new OpenAPI().info(new Info().title("Tandem API")
			.version("v1")
			.description("The JSON API of Tandem, a self-hosted platform for workplace mentoring programs. "
					+ "Get a token with POST /api/v1/tokens and send it as 'Authorization: Bearer <token>'. "
					+ "Errors are RFC 9457 problem details; lists are paged with ?page=0&size=50 (size up to 200)."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			.servers(List.of(new Server().url("/")));
	}

	/**
	 * A typed id is a UUID string on the wire, and a URL secret a string, not the records
	 * they are bound to.
	 */
	@Bean
	ParameterCustomizer typedIdsAreUuids() {
		return (parameter, method) -> {
			if (parameter != null && TypedId.class.isAssignableFrom(method.getParameterType())) {
				parameter.setSchema(new StringSchema().format("uuid"));
			}
			else if (parameter != null && UrlSecret.class.equals(method.getParameterType())) {
				parameter.setSchema(new StringSchema());
			}
			return parameter;
		};
	}

}
