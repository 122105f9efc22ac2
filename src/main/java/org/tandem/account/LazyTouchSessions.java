package org.tandem.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The sessions as the session filter sees them: a session that a request only read is not
 * written back. Spring Session marks every session it hands to a request as accessed now,
 * which makes even an unchanged session a write (and a WAL flush) per request; here the
 * last access time moves only when the stored one is at least {@link #TOUCH_INTERVAL}
 * old, so an 8-hour timeout ends at most a minute early. Everything else, new sessions,
 * changed attributes (the security context, a CSRF token, flash attributes), a changed id
 * and deletion, goes to the repository unchanged and is saved at the end of the request
 * as before.
 */
final class LazyTouchSessions<S extends Session> implements SessionRepository<LazyTouchSessions.Touched<S>> {

	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	/**
	 * The session this thread's request has just saved: the session filter looks it up
	 * again right after saving it (to tell whether the requested id is still valid), and
	 * that second read is answered from here instead of the database. Cleared by the next
	 * lookup and at the end of every request ({@link #forget()}), so it never outlives
	 * the request.
	 */
	private static final ThreadLocal<@Nullable Touched<?>> JUST_SAVED = new ThreadLocal<>();

	private final SessionRepository<S> sessions;

	LazyTouchSessions(SessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	static <S extends Session> LazyTouchSessions<S> over(SessionRepository<S> sessions) {
		return new LazyTouchSessions<>(sessions);
	}

	@Override
	public Touched<S> createSession() {
		return new Touched<>(this.sessions.createSession());
	}

	@Override
	public void save(Touched<S> session) {
		this.sessions.save(session.session);
		JUST_SAVED.set(session);
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable Touched<S> findById(String id) {
		Touched<?> saved = JUST_SAVED.get();
		JUST_SAVED.remove();
		if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
			return (Touched<S>) saved;
		}
		S session = this.sessions.findById(id);
		return (session != null) ? new Touched<>(session) : null;
	}

	@Override
	public void deleteById(String id) {
		JUST_SAVED.remove();
		this.sessions.deleteById(id);
	}

	/**
	 * Forgets the session this thread saved last; at the end of every request.
	 */
	static void forget() {
		JUST_SAVED.remove();
	}

	/**
	 * A stored session whose last access time moves at most once per
	 * {@link #TOUCH_INTERVAL}.
	 */
	static final class Touched<S extends Session> implements Session {

		private final S session;

		Touched(S session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(TOUCH_INTERVAL))) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String name) {
			return this.session.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			this.session.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.session.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
