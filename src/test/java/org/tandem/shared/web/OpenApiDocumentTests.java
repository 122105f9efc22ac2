package org.tandem.shared.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document that Tandem serves is the one springdoc generates from the code:
 * the tests generate it and compare. After a change to the API, rewrite the file with
 * {@code ./mvnw verify -Dtest=OpenApiDocumentTests -Dtandem.openapi.write=true} and
 * commit it.
 */
@IntegrationTest
class OpenApiDocumentTests {

	private static final Path DOCUMENT = Path.of("src/main/resources/openapi/tandem-api.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Test
	void theDocumentInTheSourcesIsTheOneGeneratedFromTheCode() throws Exception {
		String generated = this.mvc.perform(get("/openapi-generated").with(user("reader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode tree = JSON.readTree(generated);
		if (Boolean.getBoolean("tandem.openapi.write")) {
			Files.writeString(DOCUMENT, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n");
		}
		assertThat(JSON.readTree(Files.readString(DOCUMENT)))
			.as("%s differs from the document generated from the code; rewrite it with "
					+ "./mvnw verify -Dtest=OpenApiDocumentTests -Dtandem.openapi.write=true", DOCUMENT)
			.isEqualTo(tree);
		assertThat(tree.path("servers").get(0).path("url").asString()).isEqualTo("/");
		assertThat(tree.path("paths").has("/api/v1/me")).isTrue();
	}

	@Test
	void anyoneGetsTheDocumentOfTheBuild() throws Exception {
		byte[] packaged = new ClassPathResource("openapi/tandem-api.json").getContentAsByteArray();
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(content().bytes(packaged));
	}

	@Test
	void theBrowsableVersionLoadsSwaggerUiAndOurOwnScript() throws Exception {
		this.mvc.perform(get("/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("/js/api-docs.js")));
		this.mvc.perform(get("/webjars/swagger-ui/swagger-ui-bundle.js")).andExpect(status().isOk());
		this.mvc.perform(get("/js/api-docs.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("'/v3/api-docs'")));
	}

}
