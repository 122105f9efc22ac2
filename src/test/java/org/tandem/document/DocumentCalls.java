package org.tandem.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;
import org.tandem.support.PairWorld;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Calls of the documents API as a person of a {@link PairWorld}.
 */
final class DocumentCalls {

	static final List<String> TABLES = List.of("document", "document_version", "document_chunk", "document_comment");

	private final PairWorld world;

	private final MockMvc mvc;

	DocumentCalls(PairWorld world, MockMvc mvc) {
		this.world = world;
		this.mvc = mvc;
	}

	private MockHttpServletResponse send(MockMultipartHttpServletRequestBuilder request, Person as) throws Exception {
		request.header(HttpHeaders.AUTHORIZATION, this.world.token(as));
		return this.mvc.perform(request).andReturn().getResponse();
	}

	String pairDocuments() {
		return "/api/v1/pairings/" + this.world.pairing.id() + "/documents";
	}

	MockHttpServletResponse upload(Person as, String fileName, String contentType, byte[] bytes, @Nullable String title)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(HttpMethod.POST, pairDocuments())
			.file(new MockMultipartFile("file", fileName, contentType, bytes));
		if (title != null) {
			request.param("title", title);
		}
		return send(request, as);
	}

	MockHttpServletResponse addVersion(Person as, UUID document, String fileName, byte[] bytes) throws Exception {
		return send(multipart(HttpMethod.POST, "/api/v1/documents/" + document + "/versions")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes)), as);
	}

	/** Uploads as the person and gives the new document's id. */
	UUID share(Person as, String fileName, byte[] bytes, @Nullable String title) throws Exception {
		MockHttpServletResponse response = upload(as, fileName, "application/octet-stream", bytes, title);
		if (response.getStatus() != 201) {
			throw new IllegalStateException("upload refused: " + response.getContentAsString());
		}
		return UUID.fromString(JsonPath.read(response.getContentAsString(), "$.id"));
	}

	MockHttpServletResponse get(Person as, String path) throws Exception {
		return this.world.api(MockMvcRequestBuilders.get(path), as, null).andReturn().getResponse();
	}

	MockHttpServletResponse content(Person as, UUID document, @Nullable Integer version) throws Exception {
		return get(as, "/api/v1/documents/" + document + "/content" + ((version != null) ? "?version=" + version : ""));
	}

	MockHttpServletResponse comment(Person as, UUID document, String json) throws Exception {
		return this.world.api(post("/api/v1/documents/" + document + "/comments"), as, json).andReturn().getResponse();
	}

	static String commentJson(String body, @Nullable Integer version) {
		return "{\"body\":\"" + body + "\"" + ((version != null) ? ",\"version\":" + version : "") + "}";
	}

	/** How many rows each document table holds, in {@link #TABLES} order. */
	static List<Long> rows(JdbcClient jdbc) {
		return TABLES.stream()
			.map((table) -> jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

	static String utf8(MockHttpServletResponse response) throws Exception {
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	static String header(MockHttpServletResponse response, String name) {
		String value = response.getHeader(name);
		return (value != null) ? value : "";
	}

	static String cacheControl(MockHttpServletResponse response) {
		return header(response, HttpHeaders.CACHE_CONTROL);
	}

}
