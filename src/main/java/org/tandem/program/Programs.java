package org.tandem.program;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs and their participants as other features see them.
 */
@Service
public class Programs {

	private final ProgramRepository programs;

	private final ParticipantRepository participants;

	private final Clock clock;

	Programs(ProgramRepository programs, ParticipantRepository participants, Clock clock) {
		this.programs = programs;
		this.participants = participants;
		this.clock = clock;
	}

	public Optional<Program> find(ProgramId id) {
		return this.programs.findById(id.value());
	}

	public long count() {
		return this.programs.count();
	}

	@Transactional
	public Program create(Program.Settings settings) {
		return this.programs.save(Program.create(settings, this.clock.instant()));
	}

	/**
	 * The person's participations in every program, applications included.
	 */
	public List<Participant> participationsOf(UUID personId) {
		return this.participants.findByPersonId(personId);
	}

}
