package org.tandem.note;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.PairingId;
import org.tandem.person.Person;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What {@link Notes} gives other features: the pair's shared notes for a page that shows
 * them beside the pair's other work, never a private one, and nothing to anyone else.
 */
@IntegrationTest
class NoteServiceTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	Notes notes;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void sharedOfGivesThePairsSharedNotesNewestFirstWithTheirHtml() {
		Note first = write(this.world.mentor, "PAIR", "First *shared*");
		write(this.world.mentor, "PRIVATE", "Mentor's own");
		Note second = write(this.world.mentee, "PAIR", "Second shared");
		write(this.world.mentee, "PRIVATE", "Mentee's own");
		Note third = write(this.world.mentee, "PAIR", "Third shared");

		List<Note> forMentor = this.notes.sharedOf(this.world.pairing.id(), PairWorld.as(this.world.mentor), 10).get();
		assertThat(forMentor).extracting(Note::id).containsExactly(third.id(), second.id(), first.id());
		assertThat(forMentor.get(2).html().markup()).isEqualTo("<p>First <em>shared</em></p>\n");
		assertThat(this.notes.sharedOf(this.world.pairing.id(), PairWorld.as(this.world.mentee), 2).get())
			.extracting(Note::id)
			.containsExactly(third.id(), second.id());
		assertThat(this.notes.sharedOf(this.world.otherPairing.id(), PairWorld.as(this.world.otherMentor), 5).get())
			.isEmpty();
	}

	@Test
	void sharedOfIsNotFoundForEveryoneOutsideThePair() {
		write(this.world.mentor, "PAIR", "Shared");
		for (Person outsider : List.of(this.world.committee, this.world.admin, this.world.otherMentor,
				this.world.stranger)) {
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> this.notes.sharedOf(this.world.pairing.id(), PairWorld.as(outsider), 10));
		}
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(
				() -> this.notes.sharedOf(new PairingId(UUID.randomUUID()), PairWorld.as(this.world.mentor), 10));
	}

	@Test
	void sharedOfTakesABoundedLimit() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.notes.sharedOf(this.world.pairing.id(), PairWorld.as(this.world.mentor), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> this.notes.sharedOf(this.world.pairing.id(),
				PairWorld.as(this.world.mentor), Notes.SHARED_MAX + 1));
	}

	@Test
	void aNotePrintsNoText() {
		Note note = write(this.world.mentor, "PRIVATE", "Nobody may log this");
		assertThat(note.toString()).doesNotContain("Nobody");
		assertThat(new NoteDraft("Nobody may log this", "PAIR").toString()).doesNotContain("Nobody");
	}

	private Note write(Person author, String visibility, String body) {
		boolean pair = author == this.world.mentor || author == this.world.mentee;
		return this.notes.write(pair ? this.world.pairing.id() : this.world.otherPairing.id(), PairWorld.as(author),
				new NoteDraft(body, visibility));
	}

}
