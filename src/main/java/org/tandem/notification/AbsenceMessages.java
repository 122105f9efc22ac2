package org.tandem.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tandem.cadence.AbsenceAnnounced;
import org.tandem.notification.Messenger.Message;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When someone announces an absence, tells their partners in active pairings the dates.
 * The note stays with the absence: the event does not even carry it.
 */
@Component
class AbsenceMessages {

	/**
	 * More active pairings than anyone has; a bound, not a rule.
	 */
	private static final int MAX_PAIRINGS = 100;

	private final Messenger messenger;

	private final Pairings pairings;

	private final People people;

	AbsenceMessages(Messenger messenger, Pairings pairings, People people) {
		this.messenger = messenger;
		this.pairings = pairings;
		this.people = people;
	}

	@ApplicationModuleListener
	void on(AbsenceAnnounced event) {
		List<Pairing> active = this.pairings.activeOf(event.personId(), MAX_PAIRINGS);
		if (active.isEmpty()) {
			return;
		}
		// one message per partner, also for a partner in two programs: the email key
		// names the partner only
		Map<UUID, Pairing> byPartner = new LinkedHashMap<>();
		active.forEach((pairing) -> byPartner.putIfAbsent(pairing.partnerOf(event.personId()), pairing));
		List<UUID> ids = new ArrayList<>(byPartner.keySet());
		ids.add(event.personId());
		Map<UUID, Person> byId = this.people.findAll(ids)
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Function.identity()));
		Person away = byId.get(event.personId());
		if (away == null) {
			return;
		}
		String dates = (event.from().equals(event.to())) ? "on " + Messenger.day(event.from())
				: "from " + Messenger.day(event.from()) + " to " + Messenger.day(event.to());
		for (Map.Entry<UUID, Pairing> entry : byPartner.entrySet()) {
			Pairing pairing = entry.getValue();
			Person partner = byId.get(entry.getKey());
			if (partner != null) {
				this.messenger.tell(partner, new Message(away.name() + " is away " + dates + ".",
						"/pairings/" + pairing.id().value(),
						"absence:" + event.absenceId() + ":" + partner.id().value(), away.name() + " is away " + dates,
						away.name() + " will be away " + dates + ".\n\n"
								+ "Your rhythm of contacts pauses meanwhile, so there is nothing you need to do."));
			}
		}
	}

}
