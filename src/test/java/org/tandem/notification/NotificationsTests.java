package org.tandem.notification;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.person.Person;
import org.tandem.shared.kernel.Paging;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class NotificationsTests {

	@Autowired
	Notifications notifications;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void notificationsAreCountedUntilReadAndListedNewestFirst() {
		UUID ada = this.fixtures.person("Note Ada").id().value();
		UUID bob = this.fixtures.person("Note Bob").id().value();
		inTransaction(() -> {
			this.notifications.notify(ada, "First", "/pairings");
			this.notifications.notify(ada, "  Second  ", null);
			this.notifications.notify(bob, "For Bob", null);
		});
		assertThat(this.notifications.unreadCount(ada)).isEqualTo(2);
		assertThat(this.notifications.list(ada, new Paging(0, 10)).items()).extracting(NotificationItem::text)
			.containsExactly("Second", "First");
		assertThat(this.notifications.markAllRead(ada)).isEqualTo(2);
		assertThat(this.notifications.unreadCount(ada)).isZero();
		assertThat(this.notifications.unreadCount(bob)).isEqualTo(1);
		assertThat(this.notifications.list(ada, new Paging(0, 10)).items()).noneMatch(NotificationItem::unread);
	}

	@Test
	void aNotificationNeedsTheCallersTransactionAndVanishesWithItsRollback() {
		UUID ada = this.fixtures.person("Note Rollback").id().value();
		assertThatThrownBy(() -> this.notifications.notify(ada, "Outside", null))
			.isInstanceOf(IllegalTransactionStateException.class);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.notifications.notify(ada, "Rolled back", null);
			status.setRollbackOnly();
		});
		assertThat(this.notifications.unreadCount(ada)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example.org/", "//evil.example.org/x", "javascript:alert(1)",
			"/\\evil.example.org", "pairings", "/with space", "/line\nbreak" })
	void linksMustBePathsInsideTandem(String link) {
		Person person = this.fixtures.person("Note Links");
		assertThatThrownBy(() -> inTransaction(() -> this.notifications.notify(person.id().value(), "Text", link)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.notifications.unreadCount(person.id().value())).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/pairings/0b7e6a9c-2f7e-4f2a-9f1e-6f9a1b2c3d4e", "/meetings?week=2026-W10#next" })
	void localPathsAreAccepted(String link) {
		assertThat(Notifications.isLocalPath(link)).isTrue();
	}

	@Test
	void emptyOrOverlongTextIsRefused() {
		UUID ada = this.fixtures.person("Note Text").id().value();
		for (String text : new String[] { "", "   ", "x".repeat(Notifications.TEXT_MAX + 1), "two\nlines" }) {
			assertThatThrownBy(() -> inTransaction(() -> this.notifications.notify(ada, text, null)))
				.isInstanceOf(IllegalArgumentException.class);
		}
		inTransaction(() -> this.notifications.notify(ada, "x".repeat(Notifications.TEXT_MAX), null));
		assertThat(this.notifications.unreadCount(ada)).isEqualTo(1);
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> work.run());
	}

}
