package org.tandem.notification;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the administrator's outbox page shows of a message.
 */
class OutboxMessageViewTests {

	@Test
	void anEmailedInvitationsLinkIsNotShownToTheAdministrator() {
		OutboxMessageView invitation = new OutboxMessageView(UUID.randomUUID(),
				InvitationEmails.KEY_PREFIX + UUID.randomUUID() + ":x", "a@example.org", "You are invited to Tandem",
				"SENT", 1, Instant.now(), Instant.now(), Instant.now(), null,
				"Choose your password: http://localhost:8080/invitations/secret", false, null);
		assertThat(invitation.forReader(true).bodyText()).doesNotContain("/invitations/");
		assertThat(invitation.forReader(false).bodyText()).as("waiting in the outbox: the administrator hands it over")
			.contains("/invitations/secret");
	}

}
