package org.tandem.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the exports hold, read back with Commons CSV and Jackson and compared with what
 * the test made: each pairing's, meeting's and participation's metadata, RFC 4180
 * quoting, formula-safe cells, UTF-8 with a byte order mark only when asked, and the JSON
 * holding what the CSV holds.
 */
@IntegrationTest
class ExportContentTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	PairWorld world;

	ExportCalls calls;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.calls = new ExportCalls(this.world, this.mvc);
	}

	@Test
	void thePairingsExportHoldsEachPairingsPeopleDatesCadenceAndMeetingsHeld() throws Exception {
		LocalDate yesterday = PairWorld.today().minusDays(1);
		logContact(this.world.mentor, yesterday, "LUNCH", 60);

		MockHttpServletResponse response = this.calls.download(this.world.committee, "pairings.csv");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\""
				+ Export.slug(this.world.program.name()) + "-pairings-" + today(this.world.committee) + ".csv\"");
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		assertThat(ExportCalls.csvHeader(response)).containsExactly("id", "mentorName", "mentorEmail", "menteeName",
				"menteeEmail", "status", "startedOn", "closedOn", "cadenceState", "firstContactOn", "lastContactOn",
				"meetingsHeld");
		Map<String, Map<String, String>> rows = byId(ExportCalls.csv(response), "id");
		String started = PairWorld.today().minusDays(10).toString();
		assertThat(rows.get(this.world.pairing.id().toString())).containsEntry("mentorName", this.world.mentor.name())
			.containsEntry("mentorEmail", this.world.mentor.email())
			.containsEntry("menteeName", this.world.mentee.name())
			.containsEntry("menteeEmail", this.world.mentee.email())
			.containsEntry("status", "ACTIVE")
			.containsEntry("startedOn", started)
			.containsEntry("closedOn", "")
			.containsEntry("cadenceState", "ON_TRACK")
			.containsEntry("firstContactOn", yesterday.toString())
			.containsEntry("lastContactOn", yesterday.toString())
			.containsEntry("meetingsHeld", "1");
		assertThat(rows.get(this.world.otherPairing.id().toString()))
			.containsEntry("mentorName", this.world.otherMentor.name())
			.containsEntry("cadenceState", "AWAITING_FIRST_CONTACT")
			.containsEntry("firstContactOn", "")
			.containsEntry("meetingsHeld", "0");
		assertThat(rows).hasSize(2);
	}

	@Test
	void aClosedPairingShowsItsDayAndStateButNotItsReason() throws Exception {
		this.world.close(this.world.mentee, "We drifted apart, sadly");

		MockHttpServletResponse response = this.calls.download(this.world.committee, "pairings.csv");

		Map<String, String> row = byId(ExportCalls.csv(response), "id").get(this.world.pairing.id().toString());
		assertThat(row).containsEntry("status", "CLOSED")
			.containsEntry("closedOn", PairWorld.today().toString())
			.containsEntry("cadenceState", "CLOSED");
		assertThat(ExportCalls.text(response)).doesNotContain("drifted");
	}

	@Test
	void theMeetingsExportHoldsEachMeetingsDayFormatStateAndLength() throws Exception {
		LocalDate yesterday = PairWorld.today().minusDays(1);
		String contact = logContact(this.world.mentor, yesterday, "WALKING", 45);
		Instant at = PairWorld.today().plusDays(2).atTime(9, 30).toInstant(ZoneOffset.UTC);
		String scheduled = JsonPath.read(meeting(this.world.mentee,
				"{\"scheduledAt\":\"" + at + "\",\"format\":\"VIDEO\",\"durationMinutes\":30}"), "$.id");

		MockHttpServletResponse response = this.calls.download(this.world.committee, "meetings.csv");

		assertThat(ExportCalls.csvHeader(response)).containsExactly("id", "pairingId", "occurredOn", "scheduledAt",
				"format", "status", "durationMinutes");
		Map<String, Map<String, String>> rows = byId(ExportCalls.csv(response), "id");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(contact)).containsEntry("pairingId", this.world.pairing.id().toString())
			.containsEntry("occurredOn", yesterday.toString())
			.containsEntry("scheduledAt", "")
			.containsEntry("format", "WALKING")
			.containsEntry("status", "HELD")
			.containsEntry("durationMinutes", "45");
		Map<String, String> planned = rows.get(scheduled);
		assertThat(planned).containsEntry("occurredOn", "")
			.containsEntry("format", "VIDEO")
			.containsEntry("status", "SCHEDULED")
			.containsEntry("durationMinutes", "30");
		OffsetDateTime scheduledAt = OffsetDateTime.parse(planned.get("scheduledAt"));
		assertThat(scheduledAt.toInstant()).isEqualTo(at);
		assertThat(scheduledAt.getOffset()).isEqualTo(zone(this.world.committee).getRules().getOffset(at));
	}

	@Test
	void theParticipantsExportHoldsEveryParticipationWithItsPersonAndDepartment() throws Exception {
		rename(this.world.mentee, this.world.mentee.name(), "Library services");

		MockHttpServletResponse response = this.calls.download(this.world.committee, "participants.csv");

		assertThat(ExportCalls.csvHeader(response)).containsExactly("personId", "name", "email", "department", "role",
				"status", "capacity", "enrolledOn");
		Map<String, Map<String, String>> rows = byId(ExportCalls.csv(response), "personId");
		assertThat(rows).hasSize(5);
		assertThat(rows.get(this.world.mentee.id().toString())).containsEntry("name", this.world.mentee.name())
			.containsEntry("email", this.world.mentee.email())
			.containsEntry("department", "Library services")
			.containsEntry("role", "MENTEE")
			.containsEntry("status", "ACTIVE")
			.containsEntry("capacity", "0")
			.containsEntry("enrolledOn", today(this.world.committee).toString());
		assertThat(rows.get(this.world.mentor.id().toString())).containsEntry("role", "MENTOR")
			.containsEntry("capacity", "1")
			.containsEntry("department", "");
		assertThat(rows.get(this.world.committee.id().toString())).containsEntry("role", "COMMITTEE");
	}

	@Test
	void everyCellThatStartsLikeAFormulaIsMadeInertInTheCsv() throws Exception {
		rename(this.world.mentor, "=HYPERLINK(\"http://evil.example\",\"Click\")", "+Sales");
		rename(this.world.mentee, "+1+1", "-Research");
		rename(this.world.otherMentor, "-2+3", "@Finance");
		rename(this.world.otherMentee, "@SUM(A1:A9)", "\tHidden tab");
		rename(this.world.committee, "\rCarriage Return", "=1+1");

		Map<String, Map<String, String>> people = byId(
				ExportCalls.csv(this.calls.download(this.world.committee, "participants.csv")), "personId");
		Map<String, Map<String, String>> pairings = byId(
				ExportCalls.csv(this.calls.download(this.world.committee, "pairings.csv")), "id");

		assertThat(people.get(this.world.mentor.id().toString()))
			.containsEntry("name", "'=HYPERLINK(\"http://evil.example\",\"Click\")")
			.containsEntry("department", "'+Sales");
		assertThat(people.get(this.world.mentee.id().toString())).containsEntry("name", "'+1+1")
			.containsEntry("department", "'-Research");
		assertThat(people.get(this.world.otherMentor.id().toString())).containsEntry("name", "'-2+3")
			.containsEntry("department", "'@Finance");
		assertThat(people.get(this.world.otherMentee.id().toString())).containsEntry("name", "'@SUM(A1:A9)")
			.containsEntry("department", "'\tHidden tab");
		assertThat(people.get(this.world.committee.id().toString())).containsEntry("name", "'\rCarriage Return")
			.containsEntry("department", "'=1+1");
		assertThat(pairings.get(this.world.pairing.id().toString()))
			.containsEntry("mentorName", "'=HYPERLINK(\"http://evil.example\",\"Click\")")
			.containsEntry("menteeName", "'+1+1");
		assertThat(pairings.get(this.world.otherPairing.id().toString())).containsEntry("mentorName", "'-2+3")
			.containsEntry("menteeName", "'@SUM(A1:A9)");
	}

	@Test
	void quotesCommasAndLineBreaksStayInsideTheirCellAndRecordsEndWithCrLf() throws Exception {
		String name = "Ann \"The Boss\", Smith\nJr.";
		String department = "Research, Data\r\nand \"Archives\"";
		rename(this.world.mentee, name, department);

		MockHttpServletResponse response = this.calls.download(this.world.committee, "participants.csv");

		Map<String, String> row = byId(ExportCalls.csv(response), "personId").get(this.world.mentee.id().toString());
		assertThat(row).containsEntry("name", name).containsEntry("department", department);
		String text = ExportCalls.text(response);
		assertThat(text).startsWith("personId,name,email,department,role,status,capacity,enrolledOn\r\n")
			.contains("\"Ann \"\"The Boss\"\", Smith\nJr.\"")
			.contains("\"Research, Data\r\nand \"\"Archives\"\"\"")
			.endsWith("\r\n");
		assertThat(text.replace("\r\n", "").replace(name.replace("\"", "\"\""), "")).doesNotContain("\n");
	}

	@Test
	void namesInAnyScriptRoundTripInUtf8() throws Exception {
		String name = "Zoë Łukasiewicz-Núñez 日本語 🙂";
		rename(this.world.mentor, name, "Département d'études");

		MockHttpServletResponse csv = this.calls.download(this.world.committee, "participants.csv");
		MockHttpServletResponse json = this.calls.download(this.world.committee, "participants.json");

		assertThat(byId(ExportCalls.csv(csv), "personId").get(this.world.mentor.id().toString()))
			.containsEntry("name", name)
			.containsEntry("department", "Département d'études");
		assertThat(new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8)).contains(name);
		assertThat(ExportCalls.json(json)).anySatisfy((row) -> assertThat(row).containsEntry("name", name));
		assertThat(json.getContentType()).startsWith("application/json");
	}

	@Test
	void theByteOrderMarkIsThereOnlyWhenAsked() throws Exception {
		byte[] plain = this.calls.download(this.world.committee, "pairings.csv").getContentAsByteArray();
		byte[] excel = this.calls.download(this.world.committee, "pairings.csv?bom=true").getContentAsByteArray();
		byte[] json = this.calls.download(this.world.committee, "pairings.json?bom=true").getContentAsByteArray();
		byte[] no = this.calls.download(this.world.committee, "meetings.csv?bom=false").getContentAsByteArray();

		assertThat(new String(plain, StandardCharsets.UTF_8)).startsWith("id,mentorName,");
		assertThat(excel).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(new String(excel, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF" + new String(plain, StandardCharsets.UTF_8));
		assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("[");
		assertThat(new String(no, StandardCharsets.UTF_8)).startsWith("id,pairingId,");
	}

	@Test
	void theJsonExportHoldsWhatTheCsvHoldsForEveryKind() throws Exception {
		rename(this.world.mentor, "=cmd|' /C calc'!A0", "R&D, \"Lab\"\nTwo");
		rename(this.world.mentee, "Zoë", null);
		logContact(this.world.mentor, PairWorld.today().minusDays(2), "PHONE", null);
		this.world.close(this.world.mentee, "A reason of the pair's own");

		for (String kind : List.of("pairings", "meetings", "participants")) {
			List<Map<String, String>> csv = ExportCalls.csv(this.calls.download(this.world.committee, kind + ".csv"));
			List<Map<String, Object>> json = ExportCalls
				.json(this.calls.download(this.world.committee, kind + ".json"));

			assertThat(json).as(kind).hasSameSizeAs(csv).isNotEmpty();
			for (int i = 0; i < csv.size(); i++) {
				Map<String, Object> object = json.get(i);
				assertThat(object.keySet()).as(kind).containsExactlyElementsOf(csv.get(i).keySet());
				for (Map.Entry<String, String> cell : csv.get(i).entrySet()) {
					String expected = Cells.inert(Cells.text(object.get(cell.getKey())));
					assertThat(cell.getValue()).as("%s %s", kind, cell.getKey())
						.isEqualTo(expected == null ? "" : expected);
				}
			}
		}
		List<Map<String, Object>> pairings = ExportCalls
			.json(this.calls.download(this.world.committee, "pairings.json"));
		assertThat(pairings).anySatisfy((row) -> assertThat(row).containsEntry("mentorName", "=cmd|' /C calc'!A0")
			.containsEntry("meetingsHeld", 1)
			.containsEntry("status", "CLOSED"));
		assertThat(pairings).anySatisfy((row) -> assertThat(row).containsEntry("closedOn", null));
	}

	private String logContact(Person by, LocalDate on, String format, Integer minutes) throws Exception {
		return JsonPath.read(meeting(by, "{\"occurredOn\":\"" + on + "\",\"format\":\"" + format + "\""
				+ (minutes == null ? "" : ",\"durationMinutes\":" + minutes) + "}"), "$.id");
	}

	private String meeting(Person by, String json) throws Exception {
		MockHttpServletResponse response = this.world
			.api(MockMvcRequestBuilders.post("/api/v1/pairings/" + this.world.pairing.id() + "/meetings"), by, json)
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return response.getContentAsString();
	}

	private void rename(Person person, String name, String department) {
		this.jdbc.sql("update person set name = :name, department = :department where id = :id")
			.param("name", name)
			.param("department", department)
			.param("id", person.id().value())
			.update();
	}

	private ZoneId zone(Person person) {
		return this.people.zoneOf(person.id());
	}

	private LocalDate today(Person person) {
		return LocalDate.now(zone(person));
	}

	private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows, String column) {
		Map<String, Map<String, String>> byId = new LinkedHashMap<>();
		rows.forEach((row) -> byId.put(row.get(column), row));
		return byId;
	}

}
