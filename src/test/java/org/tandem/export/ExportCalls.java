package org.tandem.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.support.PairWorld;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The exports downloaded as the people of a {@link PairWorld} (API with their token,
 * pages with their session), and the files read back with Commons CSV and Jackson.
 */
final class ExportCalls {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PairWorld world;

	private final MockMvc mvc;

	ExportCalls(PairWorld world, MockMvc mvc) {
		this.world = world;
		this.mvc = mvc;
	}

	/** The API path of an export of the world's program: {@code pairings.csv}. */
	String api(String file) {
		return api(this.world.program, file);
	}

	static String api(Program program, String file) {
		return "/api/v1/programs/" + program.id() + "/export/" + file;
	}

	/** The page path of an export of the world's program: {@code pairings.csv}. */
	String page(String file) {
		return "/programs/" + this.world.program.id() + "/export/" + file;
	}

	MockHttpServletResponse get(Person caller, String path) throws Exception {
		return this.world.api(MockMvcRequestBuilders.get(path), caller, null).andReturn().getResponse();
	}

	MockHttpServletResponse page(Person caller, String path) throws Exception {
		Cookie session = this.world.signIn(caller);
		return this.mvc.perform(MockMvcRequestBuilders.get(path).cookie(session)).andReturn().getResponse();
	}

	/** The export downloaded through the API (200 asserted by the caller's test). */
	MockHttpServletResponse download(Person caller, String file) throws Exception {
		return get(caller, api(file));
	}

	static String text(MockHttpServletResponse response) {
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The CSV's records after its header row, each by column name. */
	static List<Map<String, String>> csv(MockHttpServletResponse response) throws IOException {
		String text = text(response);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		List<Map<String, String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				rows.add(new LinkedHashMap<>(record.toMap()));
			}
		}
		return rows;
	}

	static List<String> csvHeader(MockHttpServletResponse response) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text(response)), format)) {
			return parser.getHeaderNames();
		}
	}

	static List<Map<String, Object>> json(MockHttpServletResponse response) {
		return JSON.readValue(response.getContentAsByteArray(), new TypeReference<List<Map<String, Object>>>() {
		});
	}

}
