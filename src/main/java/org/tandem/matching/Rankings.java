package org.tandem.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;
import org.tandem.program.Participant;
import org.tandem.program.ParticipantStatus;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * The rules for a participant's own ranking, shared by the rankings page and the API: who
 * ranks in which role, whom they may rank, and what a valid ranking is.
 */
@Component
public class Rankings {

	private final Programs programs;

	private final SettingsStore settings;

	private final PreferenceStore preferences;

	Rankings(Programs programs, SettingsStore settings, PreferenceStore preferences) {
		this.programs = programs;
		this.settings = settings;
		this.preferences = preferences;
	}

	/**
	 * The role in which the caller ranks: as mentee if they are an active mentee of the
	 * program, else as mentor.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they see it but are neither an active mentor nor an
	 * active mentee (committee members, administrators)
	 */
	public Role role(ProgramId programId, TandemPrincipal me) {
		List<Participant> mine = this.programs.participationsOf(me.personId())
			.stream()
			.filter((p) -> p.programId().equals(programId) && p.status() == ParticipantStatus.ACTIVE)
			.toList();
		if (mine.stream().anyMatch((p) -> p.role() == Role.MENTEE)) {
			return Role.MENTEE;
		}
		if (mine.stream().anyMatch((p) -> p.role() == Role.MENTOR)) {
			return Role.MENTOR;
		}
		// Neither mentor nor mentee: 404 if they may not see the program, else 403.
		this.programs.managedBy(programId, me);
		throw new ForbiddenException("Only the program's mentors and mentees rank.");
	}

	/**
	 * The people someone in this role ranks: the program's active mentors for a mentee,
	 * its active mentees for a mentor.
	 */
	public List<Participant> others(ProgramId programId, Role role) {
		return this.programs.activeParticipants(programId, (role == Role.MENTEE) ? Role.MENTOR : Role.MENTEE,
				MatchingInputs.MAX_PARTICIPANTS);
	}

	/**
	 * How many people one ranking may hold in the program.
	 */
	public int max(ProgramId programId) {
		return this.settings.load(programId).maxPreferences();
	}

	public List<UUID> rankingOf(ProgramId programId, UUID personId, Role role) {
		return this.preferences.rankingOf(programId, personId, role);
	}

	/**
	 * The problems of a ranking, first choice first; {@code null} entries are unreadable
	 * ids. Each entry must name one of {@link #others} and nobody twice.
	 * @param field the field name of the entry at an index
	 */
	public List<FieldError> problems(ProgramId programId, Role role, List<@Nullable UUID> choices,
			IntFunction<String> field) {
		Set<UUID> allowed = new HashSet<>();
		others(programId, role).forEach((p) -> allowed.add(p.personId()));
		List<FieldError> problems = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int k = 0; k < choices.size(); k++) {
			UUID choice = choices.get(k);
			if (choice == null || !allowed.contains(choice)) {
				problems.add(new FieldError(field.apply(k), "must be one of the people listed"));
			}
			else if (!seen.add(choice)) {
				problems.add(new FieldError(field.apply(k), "names someone you ranked already"));
			}
		}
		return problems;
	}

	/**
	 * Replaces the caller's ranking; the caller has checked it with {@link #problems}.
	 */
	public void replace(ProgramId programId, UUID personId, Role role, List<UUID> ranking) {
		this.preferences.replace(programId, personId, role, ranking);
	}

}
