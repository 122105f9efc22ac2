package org.tandem.message;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages of a pairing. Only its mentor and mentee send and read them; to anyone
 * else, the program's committee and administrators included, they do not exist (404).
 * Once the pairing is closed its messages stay readable to the pair and nobody sends one.
 * <p>
 * A message is unread until its recipient reads the conversation, which happens only
 * through an explicit action: {@link #open} (the conversation page, opened by the
 * recipient) or {@link #markRead} (the API's {@code POST .../messages/read}, and the
 * page's own request when new messages appear in it). Listing them ({@link #list},
 * {@link #conversation}) changes nothing.
 */
@Service
public class Messages {

	/** The most messages {@link #latest} gives at once. */
	public static final int LATEST_MAX = 100;

	private static final String CLOSED = "This pairing is closed: its messages stay readable but no new ones are "
			+ "sent.";

	private final Pairings pairings;

	private final People people;

	private final MessageRepository messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Messages(Pairings pairings, People people, MessageRepository messages, ApplicationEventPublisher events,
			Clock clock) {
		this.pairings = pairings;
		this.people = people;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends the partner a message and publishes {@link MessageSent} (without the text).
	 * @throws NotFoundException unless the caller is one of the pair
	 * @throws ConflictException if the pairing is closed
	 * @throws InvalidInputException if the body is blank, too long or has control
	 * characters
	 */
	@Transactional
	public Message send(PairingId id, TandemPrincipal me, @Nullable String body) {
		member(id, me);
		// the pairing's row stays locked until the message is in: a close at the same
		// moment waits for it or makes it fail with 409
		Pairing pairing = this.pairings.lockActive(id, me, CLOSED);
		String stored = MessageRules.valid(body);
		Message message = new Message(new MessageId(UUID.randomUUID()), id, me.personId(),
				pairing.partnerOf(me.personId()), stored, this.clock.instant(), null);
		this.messages.insert(message);
		this.events.publishEvent(new MessageSent(id, message.id(), message.authorId(), message.recipientId()));
		return message;
	}

	/**
	 * The pairing's messages, newest first. Marks nothing read.
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional(readOnly = true)
	public PageResponse<Message> list(PairingId id, TandemPrincipal me, Paging paging) {
		member(id, me);
		return page(id, paging);
	}

	/**
	 * A page of the conversation for a page to show. Marks nothing read.
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional(readOnly = true)
	public Conversation conversation(PairingId id, TandemPrincipal me, Paging paging) {
		return conversation(member(id, me), me, page(id, paging));
	}

	/**
	 * The pairing's newest messages, for a page that shows them beside the pair's other
	 * work (the workspace), read with its other reads when first asked for. Marks nothing
	 * read.
	 * @param limit how many at most, 1 to {@value #LATEST_MAX}
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	public Supplier<Conversation> latest(PairingId id, TandemPrincipal me, int limit) {
		if (limit < 1 || limit > LATEST_MAX) {
			throw new IllegalArgumentException("limit must be between 1 and " + LATEST_MAX);
		}
		Pairing pairing = member(id, me);
		Supplier<List<Message>> items = this.messages.page(id, limit, 0);
		Supplier<Long> total = this.messages.count(id);
		return () -> conversation(pairing, me, new PageResponse<>(items.get(), 0, limit, total.get()));
	}

	/**
	 * The caller opens the conversation: a page of it as it was, then their unread
	 * messages of the pairing are marked read (one statement), so the answer still shows
	 * which ones are new to them.
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional
	public Conversation open(PairingId id, TandemPrincipal me, Paging paging) {
		Conversation conversation = conversation(member(id, me), me, page(id, paging));
		this.messages.markRead(id, me.personId(), this.clock.instant());
		return conversation;
	}

	/**
	 * Marks the caller's unread messages of the pairing read, even when it is closed (its
	 * messages are still read).
	 * @return how many were unread
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional
	public int markRead(PairingId id, TandemPrincipal me) {
		member(id, me);
		return this.messages.markRead(id, me.personId(), this.clock.instant());
	}

	/**
	 * How many messages the person has not read, in all their pairings: one indexed
	 * count, for the navigation.
	 */
	@Transactional(readOnly = true)
	public long unreadCount(UUID personId) {
		return this.messages.unread(personId);
	}

	/**
	 * How many of the pairing's messages the caller has not read.
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional(readOnly = true)
	public long unreadCount(PairingId id, TandemPrincipal me) {
		member(id, me);
		return this.messages.unread(id, me.personId());
	}

	/**
	 * Whether the message is still unread and the first unread one of its pairing for its
	 * recipient: what decides whether the recipient is told of it (they are told once per
	 * run of unread messages, not once per message). {@code false} for an unknown
	 * message.
	 */
	@Transactional(readOnly = true)
	public boolean firstUnread(MessageId id) {
		return this.messages.firstUnread(id);
	}

	private PageResponse<Message> page(PairingId id, Paging paging) {
		List<Message> items = this.messages.page(id, paging.size(), paging.offset()).get();
		long total = (paging.page() == 0 && items.size() < paging.size()) ? items.size()
				: this.messages.count(id).get();
		return new PageResponse<>(items, paging.page(), paging.size(), total);
	}

	private Conversation conversation(Pairing pairing, TandemPrincipal me, PageResponse<Message> page) {
		List<Message> oldestFirst = new ArrayList<>(page.items());
		Collections.reverse(oldestFirst);
		long unread = oldestFirst.stream().filter((message) -> message.unreadBy(me.personId())).count();
		return new Conversation(pairing.id(), me.personId(), partnerName(pairing, me), pairing.closed(),
				List.copyOf(oldestFirst), page.total(), unread);
	}

	private String partnerName(Pairing pairing, TandemPrincipal me) {
		return this.people.find(new PersonId(pairing.partnerOf(me.personId())))
			.map(Person::name)
			.orElse("your partner");
	}

	/**
	 * The pairing, if the caller is its mentor or mentee; to anyone else it has no
	 * messages to show, so it does not exist.
	 */
	private Pairing member(PairingId id, TandemPrincipal me) {
		return this.pairings.find(id)
			.filter((pairing) -> pairing.hasMember(me.personId()))
			.orElseThrow(() -> new NotFoundException("No such pairing."));
	}

}
