package org.tandem.program.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.program.Program;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/programs}: administrators create programs, their committees change the
 * settings.
 */
@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Programs")
class ProgramApi {

	private final Programs programs;

	private final ProgramAccess access;

	ProgramApi(Programs programs, ProgramAccess access) {
		this.programs = programs;
		this.access = access;
	}

	@Audited("program.create")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a program (administrators)",
			description = "cadenceMinDays defaults to 28, cadenceMaxDays to 42, firstContactDays to 7, "
					+ "enrollmentOpen to false. 403 for anyone but an administrator.")
	ProgramJson create(@AuthenticationPrincipal TandemPrincipal me, @Valid @RequestBody CreateProgram request) {
		return ProgramJson.of(this.programs.create(me, request.settings()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a program",
			description = "Visible to administrators, to its participants (applicants included) and, while "
					+ "enrollment is open, to every signed-in person; 404 to anyone else.")
	ProgramJson get(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id) {
		return ProgramJson.of(this.access.visible(id, me));
	}

	@GetMapping
	@Operation(summary = "List the programs the caller may see",
			description = "Administrators see all programs; others those they take part in and those open for "
					+ "enrollment. Newest term first.")
	PageResponse<ProgramJson> list(@AuthenticationPrincipal TandemPrincipal me,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.programs.visibleTo(me, Paging.of(page, size)).map(ProgramJson::of);
	}

	@Audited(value = "program.update", target = "program {id}")
	@PatchMapping("/{id}")
	@Operation(summary = "Change a program's settings (committee or administrators)",
			description = "Only the fields sent change; an empty description removes it.")
	ProgramJson update(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @RequestBody UpdateProgram request) {
		return ProgramJson.of(this.programs.update(id, me, request::applyTo));
	}

	record CreateProgram(@NotBlank @Size(max = Program.MAX_NAME_LENGTH) String name,
			@Size(max = Program.MAX_DESCRIPTION_LENGTH) @Nullable String description, @NotNull LocalDate startsOn,
			@NotNull LocalDate endsOn, @Nullable Integer cadenceMinDays, @Nullable Integer cadenceMaxDays,
			@Nullable Integer firstContactDays, @Nullable Boolean enrollmentOpen) {

		Program.Settings settings() {
			return new Program.Settings(this.name, this.description, this.startsOn, this.endsOn,
					orDefault(this.cadenceMinDays, Program.DEFAULT_CADENCE_MIN_DAYS),
					orDefault(this.cadenceMaxDays, Program.DEFAULT_CADENCE_MAX_DAYS),
					orDefault(this.firstContactDays, Program.DEFAULT_FIRST_CONTACT_DAYS),
					this.enrollmentOpen != null && this.enrollmentOpen);
		}

		private static int orDefault(@Nullable Integer value, int fallback) {
			return value == null ? fallback : value;
		}

	}

	record UpdateProgram(@Size(max = Program.MAX_NAME_LENGTH) @Nullable String name,
			@Size(max = Program.MAX_DESCRIPTION_LENGTH) @Nullable String description, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn, @Nullable Integer cadenceMinDays, @Nullable Integer cadenceMaxDays,
			@Nullable Integer firstContactDays, @Nullable Boolean enrollmentOpen) {

		Program.Settings applyTo(Program.Settings current) {
			return new Program.Settings(this.name != null ? this.name : current.name(),
					this.description != null ? this.description : current.description(),
					this.startsOn != null ? this.startsOn : current.startsOn(),
					this.endsOn != null ? this.endsOn : current.endsOn(),
					this.cadenceMinDays != null ? this.cadenceMinDays : current.cadenceMinDays(),
					this.cadenceMaxDays != null ? this.cadenceMaxDays : current.cadenceMaxDays(),
					this.firstContactDays != null ? this.firstContactDays : current.firstContactDays(),
					this.enrollmentOpen != null ? this.enrollmentOpen : current.enrollmentOpen());
		}

	}

}
