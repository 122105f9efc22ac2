package org.tandem.account;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Turns a session's stored attributes back into objects, as Spring Session does with a
 * {@link DeserializingConverter}, but remembers the two that every page request of a
 * session reads, its security context and its CSRF token, by their exact stored bytes:
 * deserializing them cost about 8 % of a page's CPU. The same bytes always give the same
 * value, so remembering them changes no answer; a changed session (a new sign-in, a new
 * token) has other bytes and is read afresh. Every request gets its own security context
 * (a copy around the remembered authentication, which nothing changes once the person is
 * signed in), so that clearing it at sign-out touches no other request; the CSRF token is
 * immutable. Any other attribute (flash messages, saved requests) is read afresh every
 * time. At most {@value #REMEMBERED} values are kept, the least recently used dropped.
 */
final class SessionAttributeReader implements Converter<byte[], Object> {

	static final int REMEMBERED = 1024;

	private final Converter<byte[], Object> deserializer;

	private final Map<Bytes, Object> remembered = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Bytes, Object> eldest) {
			return size() > REMEMBERED;
		}

	};

	SessionAttributeReader(Converter<byte[], Object> deserializer) {
		this.deserializer = deserializer;
	}

	@Override
	public @Nullable Object convert(byte[] source) {
		Bytes key = new Bytes(source);
		Object known;
		synchronized (this.remembered) {
			known = this.remembered.get(key);
		}
		if (known != null) {
			return handedOut(known);
		}
		Object read = this.deserializer.convert(source);
		if (read == null || !rememberable(read)) {
			return read;
		}
		synchronized (this.remembered) {
			this.remembered.put(key, read);
		}
		return handedOut(read);
	}

	/** How many values are remembered now. */
	int size() {
		synchronized (this.remembered) {
			return this.remembered.size();
		}
	}

	/**
	 * Only exact types whose remembered value no request can change: Spring Security's
	 * own context (handed out as a copy) and CSRF token.
	 */
	private static boolean rememberable(Object read) {
		return read.getClass() == SecurityContextImpl.class || read.getClass() == DefaultCsrfToken.class;
	}

	private static Object handedOut(Object remembered) {
		if (remembered instanceof SecurityContext context) {
			return new SecurityContextImpl(context.getAuthentication());
		}
		return remembered;
	}

	/** Stored bytes, compared by content. */
	private static final class Bytes {

		private final byte[] bytes;

		private final int hash;

		Bytes(byte[] bytes) {
			this.bytes = bytes;
			this.hash = Arrays.hashCode(bytes);
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Bytes that && this.hash == that.hash && Arrays.equals(this.bytes, that.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
