package org.tandem.matching.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.mockito.ArgumentCaptor;
import org.tandem.audit.AuditLog;
import org.tandem.matching.Criterion;
import org.tandem.matching.CriterionWeight;
import org.tandem.matching.DepartmentMode;
import org.tandem.matching.MatchingSettings;
import org.tandem.matching.SettingsStore;
import org.tandem.matching.solver.Objective;
import org.tandem.message.Messages;
import org.tandem.notification.Notifications;
import org.tandem.person.People;
import org.tandem.person.ProgramRoles;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The settings form's binding and validation in a web slice with the real security
 * configuration (the account module's filter chains and the services they need are picked
 * up by name, since they are package-private there); the stores are mocks.
 */
@WebMvcTest(controllers = MatchingSettingsController.class,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
				"org\\.tandem\\.account\\.(SecurityConfiguration|ApiTokens|AccountUserDetailsService|LoginThrottle)",
				"org\\.tandem\\.home\\.web\\.ViewerQuery", "org\\.tandem\\.shared\\.database\\.PipelinedReads" }))
@ImportAutoConfiguration({ JteAutoConfiguration.class, ServletJteAutoConfiguration.class })
class MatchingSettingsControllerTests {

	static final ProgramId PROGRAM = new ProgramId(UUID.randomUUID());

	static final String PATH = "/programs/" + PROGRAM + "/matching/settings";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Programs programs;

	@MockitoBean
	SettingsStore settings;

	@MockitoBean
	People people;

	@MockitoBean
	ProgramRoles roles;

	@MockitoBean
	Notifications notifications;

	@MockitoBean
	Messages messages;

	@MockitoBean
	AuditLog auditLog;

	/**
	 * Deep stubs, so that the other queries of the slice find nothing.
	 */
	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	JdbcClient jdbc;

	@MockitoBean
	Clock clock;

	/**
	 * The pipelined reads' statements: every read of a list (the layout's viewer query)
	 * finds no row.
	 */
	@MockitoBean
	JdbcTemplate pipelined;

	@BeforeEach
	void noRows() throws SQLException {
		PreparedStatement statement = mock(PreparedStatement.class);
		given(statement.execute()).willReturn(true);
		given(statement.getResultSet()).willAnswer((invocation) -> mock(ResultSet.class));
		Connection connection = mock(Connection.class);
		given(connection.prepareStatement(anyString())).willReturn(statement);
		given(this.pipelined.execute(any(ConnectionCallback.class)))
			.willAnswer((invocation) -> invocation.<ConnectionCallback<?>>getArgument(0).doInConnection(connection));
	}

	@BeforeEach
	void setUp() {
		Program program = mock(Program.class);
		given(program.id()).willReturn(PROGRAM);
		given(program.name()).willReturn("Fellows");
		given(this.programs.managedBy(eq(PROGRAM), any())).willReturn(program);
		given(this.settings.load(PROGRAM)).willReturn(MatchingSettings.defaults());
	}

	@Test
	void typedFieldsBecomeTheSavedSettings() throws Exception {
		this.mvc.perform(form("excludeFormerPartners", "true"))
			.andExpect(redirectedUrl("/programs/" + PROGRAM + "/matching"))
			.andExpect(flash().attribute("flash", "The matching settings were saved."));
		ArgumentCaptor<MatchingSettings> saved = ArgumentCaptor.forClass(MatchingSettings.class);
		then(this.settings).should().save(eq(PROGRAM), saved.capture());
		MatchingSettings sent = saved.getValue();
		assertThat(sent.objective()).isEqualTo(Objective.HIGHEST_SCORE);
		assertThat(sent.departmentMode()).isEqualTo(DepartmentMode.SAME);
		assertThat(sent.maxPreferences()).isEqualTo(3);
		assertThat(sent.excludeFormerPartners()).isTrue();
		assertThat(sent.weight(Criterion.LANGUAGES)).isEqualTo(CriterionWeight.mustMeet());
		assertThat(sent.weight(Criterion.EXPERTISE_OVERLAP)).isEqualTo(CriterionWeight.of(4));
	}

	@Test
	void anUntickedCheckboxMeansFormerPartnersMayMeetAgain() throws Exception {
		this.mvc.perform(form()).andExpect(status().is3xxRedirection());
		ArgumentCaptor<MatchingSettings> saved = ArgumentCaptor.forClass(MatchingSettings.class);
		then(this.settings).should().save(eq(PROGRAM), saved.capture());
		assertThat(saved.getValue().excludeFormerPartners()).isFalse();
	}

	@Test
	void everyRuleBrokenIsShownAndNothingIsSaved() throws Exception {
		this.mvc.perform(form("weight-EXPERTISE_OVERLAP", "11", "maxPreferences", "0", "objective", null))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("must be REQUIRED or a weight from 0 to 10"),
					containsString("must be a whole number from 1 to 10"), containsString("must be one of the choices"),
					containsString("href=\"#weight-EXPERTISE_OVERLAP\""),
					containsString("id=\"weight-EXPERTISE_OVERLAP\""))));
		then(this.settings).should(never()).save(any(), any());
	}

	@Test
	void aWeightThatIsMissingIsAnError() throws Exception {
		this.mvc.perform(form("weight-LOCATION", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#weight-LOCATION\"")));
		then(this.settings).should(never()).save(any(), any());
	}

	@Test
	void aValueOfTheWrongTypeIsAnInvalidValue() throws Exception {
		this.mvc.perform(form("maxPreferences", "three", "departmentMode", "SIDEWAYS"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("has an invalid value"), not(containsString("Whitelabel")))));
		then(this.settings).should(never()).save(any(), any());
	}

	@Test
	void theRealSecurityConfigurationGuardsTheForm() throws Exception {
		this.mvc.perform(get(PATH)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post(PATH).with(committee()).param("objective", "HIGHEST_SCORE"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/programs/not-a-uuid/matching/settings").with(committee()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(PATH).with(committee()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Never pair former partners again")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
		then(this.settings).should(never()).save(any(), any());
	}

	/**
	 * The committee posts a valid form (LANGUAGES required, every other criterion weighs
	 * 4) with these fields changed, or left out where the value is {@code null}.
	 */
	static MockHttpServletRequestBuilder form(@Nullable String... changes) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		for (Criterion criterion : Criterion.values()) {
			fields.put("weight-" + criterion.name(), (criterion == Criterion.LANGUAGES) ? "REQUIRED" : "4");
		}
		fields.put("objective", "HIGHEST_SCORE");
		fields.put("departmentMode", "SAME");
		fields.put("maxPreferences", "3");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(PATH).with(committee()).with(csrf());
		fields.forEach((name, value) -> {
			if (value != null) {
				request.param(name, value);
			}
		});
		return request;
	}

	static RequestPostProcessor committee() {
		TandemPrincipal me = new Member(UUID.randomUUID(), "committee@example.org", false);
		return authentication(new UsernamePasswordAuthenticationToken(me, null, List.of()));
	}

	record Member(UUID personId, String email, boolean admin) implements TandemPrincipal {
	}

}
