package org.tandem.health.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tandem.health.HealthReports;
import org.tandem.program.ProgramId;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's health as JSON, for the committee's scripts.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Program health")
class HealthApi {

	private final HealthReports reports;

	HealthApi(HealthReports reports) {
		this.reports = reports;
	}

	@GetMapping("/programs/{id}/health")
	@Operation(summary = "The program's health over its whole term (committee and administrators)",
			description = "Metadata only: pairings by cadence state, the median days to first contact, meetings held "
					+ "per month and per format, goals achieved, activities completed, open concerns, and the "
					+ "pulse's average (null below 5 responses). Participants of the program get 403, anyone "
					+ "else 404.")
	HealthJson health(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id) {
		return HealthJson.of(this.reports.figures(id, me));
	}

}
