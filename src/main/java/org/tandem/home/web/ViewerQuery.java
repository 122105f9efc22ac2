package org.tandem.home.web;

import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

import org.tandem.shared.TimeZones;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.PageContext;

import org.springframework.stereotype.Component;

/**
 * The layout's read model: who is looking at a page, in one statement for every page.
 * Explicit SQL over other features' tables (the person's name and zone, whether they sit
 * on a committee, their unread notifications and messages), reading metadata and counts
 * only, never a confidential text; it mirrors {@code People.zoneOf},
 * {@code ProgramRoles.isCommitteeMember}, {@code Notifications.unreadCount} and
 * {@code Messages.unreadCount}, which stay the features' own answers elsewhere.
 */
@Component
class ViewerQuery {

	private static final String VIEWER = """
			select p.name, p.time_zone,
			  exists (select 1 from participant c
			    where c.person_id = p.id and c.role = 'COMMITTEE' and c.status = 'ACTIVE') as committee,
			  (select count(*) from notification n where n.person_id = p.id and n.read_at is null) as notifications,
			  (select count(*) from message m where m.recipient_id = p.id and m.read_at is null) as messages
			from person p where p.id = :person
			""";

	private final PipelinedReads reads;

	ViewerQuery(PipelinedReads reads) {
		this.reads = reads;
	}

	/**
	 * The signed-in person as the layout shows them, read with the page's first read; a
	 * person no longer found has no name, no badges and Tandem's zone.
	 */
	Supplier<PageContext.Viewer> of(TandemPrincipal principal, ZoneId defaultZone) {
		return this.reads
			.query(VIEWER, Map.of("person", principal.personId()), (rs) -> rs.next()
					? new PageContext.Viewer(principal.personId(), rs.getString("name"), principal.admin(),
							rs.getBoolean("committee"), rs.getLong("notifications"), rs.getLong("messages"),
							TimeZones.parse(rs.getString("time_zone")).orElse(defaultZone))
					: new PageContext.Viewer(principal.personId(), "", principal.admin(), false, 0, 0, defaultZone));
	}

}
