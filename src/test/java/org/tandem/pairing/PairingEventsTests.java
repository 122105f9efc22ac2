package org.tandem.pairing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.event.TransactionalApplicationListenerAdapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Starting and closing a pairing publish events through Spring Modulith's registry inside
 * the transaction. The registry stores a publication per transactional listener, and no
 * feature listens yet, so the test registers a listener for its own duration (not a bean:
 * the shared test context stays as it is) and reads the stored publications.
 */
@IntegrationTest
class PairingEventsTests {

	private static final String LISTENER = "pairing-events-test-" + UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ConfigurableApplicationContext context;

	final List<Object> received = new CopyOnWriteArrayList<>();

	final Started started = new Started(this.received);

	final Closed closed = new Closed(this.received);

	@BeforeEach
	void listen() {
		this.context.addApplicationListener(this.started);
		this.context.addApplicationListener(this.closed);
	}

	@AfterEach
	void stopListening() {
		this.context.removeApplicationListener(this.started);
		this.context.removeApplicationListener(this.closed);
	}

	@Test
	void startingAndClosingArePublishedAndTheReasonStaysOut() throws Exception {
		PairingTestSupport support = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings,
				this.fixtures);
		Program program = support.program();
		Person mentor = support.mentor(program, 1);
		Person mentee = support.mentee(program);
		String body = this.mvc
			.perform(post("/api/v1/programs/" + program.id() + "/pairings")
				.header(HttpHeaders.AUTHORIZATION, support.token(support.committee(program)))
				.contentType(MediaType.APPLICATION_JSON)
				.content(PairingStartApiTests.body(mentor, mentee)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		this.mvc
			.perform(post("/api/v1/pairings/" + id + "/close").header(HttpHeaders.AUTHORIZATION, support.token(mentee))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"A confidential 7f3a reason\"}"))
			.andExpect(status().isOk());

		List<Map<String, Object>> rows = this.jdbc.sql("""
				select event_type, serialized_event from event_publication
				where listener_id = :listener and serialized_event like :id order by publication_date
				""").param("listener", LISTENER).param("id", "%" + id + "%").query().listOfRows();
		assertThat(rows).hasSize(2);
		assertThat((String) rows.get(0).get("event_type")).endsWith("PairingStarted");
		assertThat((String) rows.get(0).get("serialized_event")).contains(mentor.id().toString(),
				mentee.id().toString(), program.id().toString());
		assertThat((String) rows.get(1).get("event_type")).endsWith("PairingClosed");
		assertThat((String) rows.get(1).get("serialized_event")).contains(mentee.id().toString())
			.doesNotContain("7f3a");
		assertThat(this.received).hasSize(2);
		assertThat(this.received.get(0)).isInstanceOfSatisfying(PairingStarted.class,
				(started) -> assertThat(started.mentorId()).isEqualTo(mentor.id().value()));
		assertThat(this.received.get(1)).isInstanceOfSatisfying(PairingClosed.class,
				(closed) -> assertThat(closed.closedBy()).isEqualTo(mentee.id().value()));
	}

	@Test
	void aRejectedPairingPublishesNothing() throws Exception {
		PairingTestSupport support = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings,
				this.fixtures);
		Program program = support.program();
		Person mentor = support.mentor(program, 0);
		Person mentee = support.mentee(program);
		this.mvc
			.perform(post("/api/v1/programs/" + program.id() + "/pairings")
				.header(HttpHeaders.AUTHORIZATION, support.token(support.committee(program)))
				.contentType(MediaType.APPLICATION_JSON)
				.content(PairingStartApiTests.body(mentor, mentee)))
			.andExpect(status().isConflict());
		long stored = this.jdbc
			.sql("select count(*) from event_publication where listener_id = :listener and serialized_event like :id")
			.param("listener", LISTENER)
			.param("id", "%" + mentee.id() + "%")
			.query(Long.class)
			.single();
		assertThat(stored).isZero();
		assertThat(this.received).isEmpty();
	}

	/**
	 * Transactional listeners of the pairing events only (the generic type says which),
	 * so the registry stores a publication of each.
	 */
	static final class Started
			extends TransactionalApplicationListenerAdapter<PayloadApplicationEvent<PairingStarted>> {

		Started(List<Object> received) {
			super((event) -> received.add(event.getPayload()));
			setListenerId(LISTENER);
		}

	}

	static final class Closed extends TransactionalApplicationListenerAdapter<PayloadApplicationEvent<PairingClosed>> {

		Closed(List<Object> received) {
			super((event) -> received.add(event.getPayload()));
			setListenerId(LISTENER);
		}

	}

}
