package org.tandem.pairing.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * The page that closes a pairing: whose pairing it is and whether it is closed already.
 */
@Component
class ClosePages {

	private final Pairings pairings;

	private final People people;

	ClosePages(Pairings pairings, People people) {
		this.pairings = pairings;
		this.people = people;
	}

	/**
	 * @throws org.tandem.shared.kernel.NotFoundException if the caller may not see the
	 * pairing
	 */
	ClosePage page(PairingId id, TandemPrincipal me) {
		Pairing pairing = this.pairings.visible(id, me);
		Map<UUID, String> names = this.people.findAll(List.of(pairing.mentorId(), pairing.menteeId()))
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Person::name, (a, b) -> a));
		Function<UUID, String> name = (person) -> names.getOrDefault(person, "Unknown person");
		String title = pairing.hasMember(me.personId())
				? "your pairing with " + name.apply(pairing.partnerOf(me.personId()))
				: "the pairing of " + name.apply(pairing.mentorId()) + " and " + name.apply(pairing.menteeId());
		return new ClosePage(pairing.id().value(), title, pairing.closed());
	}

}
