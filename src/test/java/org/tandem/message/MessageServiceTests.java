package org.tandem.message;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the workspace calls: the newest messages in reading order and the unread count of
 * a pairing, for the pair only, changing nothing.
 */
@IntegrationTest
class MessageServiceTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	Messages messages;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void latestGivesTheNewestInReadingOrderAndMarksNothing() {
		TandemPrincipal mentor = PairWorld.as(this.world.mentor);
		TandemPrincipal mentee = PairWorld.as(this.world.mentee);
		for (int i = 1; i <= 4; i++) {
			this.messages.send(this.world.pairing.id(), (i % 2 == 0) ? mentee : mentor, "Message " + i);
		}

		Conversation latest = this.messages.latest(this.world.pairing.id(), mentee, 3).get();
		assertThat(latest.messages()).extracting(Message::body).containsExactly("Message 2", "Message 3", "Message 4");
		assertThat(latest.total()).isEqualTo(4);
		assertThat(latest.hasOlder()).isTrue();
		assertThat(latest.unread()).isEqualTo(1);
		assertThat(latest.partnerName()).isEqualTo(this.world.mentor.name());
		assertThat(latest.href()).isEqualTo("/pairings/" + this.world.pairing.id() + "/messages");
		assertThat(this.messages.unreadCount(this.world.pairing.id(), mentee)).isEqualTo(2);
		assertThat(this.messages.unreadCount(this.world.pairing.id(), mentor)).isEqualTo(2);

		assertThat(this.messages.markRead(this.world.pairing.id(), mentee)).isEqualTo(2);
		assertThat(this.messages.unreadCount(this.world.pairing.id(), mentee)).isZero();
		assertThat(this.messages.unreadCount(this.world.mentor.id().value())).isEqualTo(2);
	}

	@Test
	void nobodyElseGetsThem() {
		this.messages.send(this.world.pairing.id(), PairWorld.as(this.world.mentor), "Hello");
		for (Person outsider : new Person[] { this.world.otherMentee, this.world.committee, this.world.admin,
				this.world.stranger }) {
			assertThatThrownBy(() -> this.messages.latest(this.world.pairing.id(), PairWorld.as(outsider), 5))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.messages.unreadCount(this.world.pairing.id(), PairWorld.as(outsider)))
				.isInstanceOf(NotFoundException.class);
		}
		assertThatThrownBy(() -> this.messages.latest(this.world.pairing.id(), PairWorld.as(this.world.mentee), 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
