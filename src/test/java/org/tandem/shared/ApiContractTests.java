package org.tandem.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint of the JSON API contract (API.md) that Tandem implements so far is in
 * the OpenAPI document, with its method: the document scripts are generated from must not
 * offer less than the contract. (Messages, feedback, concerns and program health come
 * with later work.)
 */
@IntegrationTest
class ApiContractTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "post, /tokens", //
			"post, /people", "get, /people/{id}", "patch, /people/{id}", "get, /me", //
			"post, /people/{id}/absences", "get, /people/{id}/absences", //
			"post, /programs", "get, /programs", "get, /programs/{id}", //
			"post, /programs/{id}/participants", "get, /programs/{id}/participants", //
			"post, /programs/{id}/matching-runs", "post, /matching-runs/{id}/publish", //
			"post, /programs/{id}/pairings", "get, /pairings/{id}", "get, /me/pairings", "post, /pairings/{id}/close", //
			"post, /pairings/{id}/meetings", "get, /pairings/{id}/meetings", //
			"post, /me/calendar-feed", //
			"get, /programs/{id}/activities", "post, /programs/{id}/activities",
			"patch, /programs/{id}/activities/{activityId}", "delete, /programs/{id}/activities/{activityId}",
			"get, /pairings/{id}/activities", "patch, /pairings/{id}/activities/{activityId}",
			"post, /pairings/{id}/goals", "get, /pairings/{id}/goals", "patch, /goals/{id}", //
			"post, /goals/{id}/comments", "get, /goals/{id}/comments", //
			"post, /pairings/{id}/notes", "get, /pairings/{id}/notes", "get, /notes/{id}", "patch, /notes/{id}",
			"delete, /notes/{id}", //
			"post, /pairings/{id}/messages", "get, /pairings/{id}/messages", "post, /pairings/{id}/messages/read", //
			"post, /programs/{id}/concerns", "get, /programs/{id}/concerns", "get, /me/concerns", "get, /concerns/{id}",
			"post, /concerns/{id}/acknowledge", "post, /concerns/{id}/resolve", "post, /concerns/{id}/rematch",
			"post, /programs/{id}/pairings/close-remaining", //
			"post, /pairings/{id}/meetings/{meetingId}/pulse", "post, /pairings/{id}/kudos",
			"get, /pairings/{id}/kudos", "get, /programs/{id}/evaluation-questions",
			"post, /programs/{id}/evaluation-questions", "patch, /programs/{id}/evaluation-questions/{questionId}",
			"delete, /programs/{id}/evaluation-questions/{questionId}", "post, /pairings/{id}/evaluations", //
			"post, /pairings/{id}/documents", "get, /pairings/{id}/documents", "post, /documents/{id}/versions",
			"get, /documents/{id}/content", "post, /documents/{id}/comments", "get, /documents/{id}/comments", //
			"get, /programs/{id}/export/pairings.csv", "get, /programs/{id}/export/pairings.json",
			"get, /programs/{id}/export/meetings.csv", "get, /programs/{id}/export/meetings.json",
			"get, /programs/{id}/export/participants.csv", "get, /programs/{id}/export/participants.json",
			"get, /programs/{id}/health", "get, /admin/audit", //
			"get, /programs/{id}/celebration", "post, /programs/{id}/ideas", "get, /programs/{id}/ideas",
			"post, /ideas/{id}/votes", "put, /ideas/{id}/feature", "delete, /ideas/{id}/feature",
			"put, /ideas/{id}/hidden", "delete, /ideas/{id}/hidden" })
	void theOpenApiDocumentHasTheContractsEndpoint(String method, String path) throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1" + path + "']." + method).exists());
	}

}
