package org.tandem.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.program.Participant;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.program.Role;

import org.springframework.stereotype.Component;

/**
 * Reads what the matcher needs about a program with a fixed number of queries, whatever
 * its size: participants, people, the supervisory chains (one query per level), active
 * pairings, former partners and rankings.
 */
@Component
class MatchingInputs {

	/**
	 * The most mentors and the most mentees a run considers.
	 */
	static final int MAX_PARTICIPANTS = 5000;

	/**
	 * Supervisory chains are followed this far up; deeper ones (or cycles) stop here.
	 */
	static final int MAX_CHAIN_DEPTH = 100;

	private final Programs programs;

	private final People people;

	private final Pairings pairings;

	private final SettingsStore settings;

	private final PreferenceStore preferences;

	MatchingInputs(Programs programs, People people, Pairings pairings, SettingsStore settings,
			PreferenceStore preferences) {
		this.programs = programs;
		this.people = people;
		this.pairings = pairings;
		this.settings = settings;
		this.preferences = preferences;
	}

	MatchingInput load(ProgramId programId) {
		MatchingSettings settings = this.settings.load(programId);
		List<Participant> mentors = this.programs.activeParticipants(programId, Role.MENTOR, MAX_PARTICIPANTS);
		List<Participant> mentees = this.programs.activeParticipants(programId, Role.MENTEE, MAX_PARTICIPANTS);
		Map<UUID, Integer> load = new HashMap<>();
		Set<UUID> paired = new HashSet<>();
		for (Pairing pairing : this.pairings.activeInProgram(programId, 2 * MAX_PARTICIPANTS * 50)) {
			load.merge(pairing.mentorId(), 1, Integer::sum);
			paired.add(pairing.menteeId());
		}
		Set<UUID> ids = new LinkedHashSet<>();
		mentors.forEach((p) -> ids.add(p.personId()));
		mentees.forEach((p) -> ids.add(p.personId()));
		Map<UUID, Person> persons = new HashMap<>();
		Map<UUID, Set<UUID>> ancestors = ancestors(ids, persons);
		int[] capacities = new int[mentors.size()];
		List<Candidate> mentorCandidates = new ArrayList<>();
		for (int i = 0; i < mentors.size(); i++) {
			Participant mentor = mentors.get(i);
			capacities[i] = Math.max(0, mentor.capacity() - load.getOrDefault(mentor.personId(), 0));
			mentorCandidates.add(candidate(mentor, persons.get(mentor.personId())));
		}
		List<Candidate> menteeCandidates = new ArrayList<>();
		Set<UUID> pairedMentees = new HashSet<>();
		for (Participant mentee : mentees) {
			if (paired.contains(mentee.personId())) {
				pairedMentees.add(mentee.personId());
			}
			else {
				menteeCandidates.add(candidate(mentee, persons.get(mentee.personId())));
			}
		}
		return new MatchingInput(settings, mentorCandidates, capacities, menteeCandidates, pairedMentees, ancestors,
				settings.excludeFormerPartners() ? formerPartners(ids) : Set.of(),
				this.preferences.rankings(programId, Role.MENTEE), this.preferences.rankings(programId, Role.MENTOR));
	}

	/**
	 * Everyone above each of the people in the supervisory chain. Loads the people level
	 * by level, so a chain of depth d costs d queries; fills {@code persons}.
	 */
	private Map<UUID, Set<UUID>> ancestors(Collection<UUID> ids, Map<UUID, Person> persons) {
		Set<UUID> wanted = new HashSet<>(ids);
		for (int level = 0; level < MAX_CHAIN_DEPTH && !wanted.isEmpty(); level++) {
			Set<UUID> next = new HashSet<>();
			for (Person person : this.people.findAll(wanted)) {
				persons.put(person.id().value(), person);
				PersonId supervisor = person.supervisorId();
				if (supervisor != null && !persons.containsKey(supervisor.value())) {
					next.add(supervisor.value());
				}
			}
			wanted = next;
		}
		Map<UUID, Set<UUID>> ancestors = new HashMap<>();
		for (UUID id : ids) {
			Set<UUID> above = new LinkedHashSet<>();
			UUID current = supervisorOf(persons.get(id));
			while (current != null && !above.contains(current) && !current.equals(id)) {
				above.add(current);
				current = supervisorOf(persons.get(current));
			}
			ancestors.put(id, above);
		}
		return ancestors;
	}

	private static @Nullable UUID supervisorOf(@Nullable Person person) {
		PersonId supervisor = (person != null) ? person.supervisorId() : null;
		return (supervisor != null) ? supervisor.value() : null;
	}

	private Set<PersonPair> formerPartners(Collection<UUID> ids) {
		Set<PersonPair> pairs = new HashSet<>();
		for (Pairing pairing : this.pairings.between(ids, 100_000)) {
			pairs.add(new PersonPair(pairing.mentorId(), pairing.menteeId()));
		}
		return pairs;
	}

	/**
	 * The participant's profile for this program, with the person's own profile where the
	 * participation leaves a field empty.
	 */
	private static Candidate candidate(Participant participant, @Nullable Person person) {
		Participant.Profile profile = participant.profile();
		return Candidate.of(participant.personId(), (person != null) ? person.department() : null,
				(profile.location() != null || person == null) ? profile.location() : person.location(),
				(profile.expertise().isEmpty() && person != null) ? person.expertise() : profile.expertise(),
				(profile.interests().isEmpty() && person != null) ? person.interests() : profile.interests(),
				profile.goals(), profile.meetingFormats(),
				(profile.languages().isEmpty() && person != null) ? person.languages() : profile.languages());
	}

}
