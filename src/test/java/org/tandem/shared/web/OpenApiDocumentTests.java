package org.tandem.shared.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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
	void theReferencePageListsEveryOperationAndLinksTheSchemas() throws Exception {
		String page = this.mvc.perform(get("/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode document = JSON.readTree(new ClassPathResource("openapi/tandem-api.json").getContentAsByteArray());
		int operations = 0;
		for (var path : document.path("paths").properties()) {
			for (String method : path.getValue().propertyNames()) {
				assertThat(page).contains("<code>" + method.toUpperCase(Locale.ROOT) + " " + path.getKey() + "</code>");
				operations++;
			}
		}
		assertThat(operations).isGreaterThan(90);
		assertThat(page).contains("href=\"#schema-meetingjson\">MeetingJson</a>", "id=\"schema-meetingjson\"",
				"one of IN_PERSON, WALKING, LUNCH");
		assertThat(page).doesNotContain("swagger");
	}

	@Test
	void theReferenceReadsWhatADocumentLeavesOut() {
		ApiReference reference = ApiReference.of(JSON.readTree("""
				{"paths": {"/x": {"get": {"responses": {"204": {}}}, "parameters": []}},
				 "components": {"schemas": {"A": {"required": ["ids"], "properties": {
				   "ids": {"type": "array", "items": {"$ref": "#/components/schemas/B"}},
				   "n": {"type": "integer", "minimum": 1, "maximum": 9}, "s": {"type": "string", "maxLength": 4}}},
				   "B": {}}}}
				"""));
		assertThat(reference.title()).isEqualTo("API");
		assertThat(reference.sections()).singleElement().satisfies((section) -> {
			assertThat(section.name()).isEqualTo("Other");
			assertThat(section.operations()).singleElement()
				.satisfies((operation) -> assertThat(operation.answers()).singleElement()
					.satisfies((answer) -> assertThat(answer.body()).isNull()));
		});
		assertThat(reference.schemas().get(0).properties()).extracting((property) -> property.type().text())
			.containsExactly("array of B", "integer, 1 to 9", "string, at most 4 characters");
		assertThat(reference.schemas().get(0).properties().get(0).required()).isTrue();
		assertThat(reference.schemas().get(0).properties().get(0).type().schemaAnchor()).isEqualTo("schema-b");
		assertThat(reference.schemas().get(1).properties()).isEmpty();
	}

}
