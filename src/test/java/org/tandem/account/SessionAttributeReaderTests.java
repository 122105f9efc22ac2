package org.tandem.account;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttributeReaderTests {

	private final SerializingConverter serializer = new SerializingConverter();

	private final AtomicInteger deserialized = new AtomicInteger();

	private final SessionAttributeReader reader = new SessionAttributeReader(counting());

	@Test
	void aSecurityContextIsReadOnceAndEveryCallerGetsItsOwnCopy() {
		byte[] stored = this.serializer.convert(signedIn("person-1"));
		SecurityContext first = (SecurityContext) this.reader.convert(stored);
		SecurityContext second = (SecurityContext) this.reader.convert(stored.clone());
		assertThat(this.deserialized).hasValue(1);
		assertThat(first).isNotSameAs(second).isEqualTo(second);
		assertThat(second.getAuthentication().getName()).isEqualTo("person-1");
		assertThat(second.getAuthentication().isAuthenticated()).isTrue();

		// sign-out clears the context of its own request only
		first.setAuthentication(null);
		SecurityContext third = (SecurityContext) this.reader.convert(stored);
		assertThat(third.getAuthentication()).isNotNull();
		assertThat(second.getAuthentication()).isNotNull();
	}

	@Test
	void otherBytesAreReadAfresh() {
		SecurityContext one = (SecurityContext) this.reader.convert(this.serializer.convert(signedIn("person-1")));
		SecurityContext two = (SecurityContext) this.reader.convert(this.serializer.convert(signedIn("person-2")));
		assertThat(this.deserialized).hasValue(2);
		assertThat(one.getAuthentication().getName()).isEqualTo("person-1");
		assertThat(two.getAuthentication().getName()).isEqualTo("person-2");
	}

	@Test
	void aCsrfTokenIsReadOnce() {
		byte[] stored = this.serializer.convert(token("abc"));
		CsrfToken first = (CsrfToken) this.reader.convert(stored);
		CsrfToken second = (CsrfToken) this.reader.convert(stored);
		assertThat(this.deserialized).hasValue(1);
		assertThat(second.getToken()).isEqualTo(first.getToken()).isEqualTo("abc");
	}

	@Test
	void anyOtherAttributeIsReadAfreshEveryTime() {
		HashMap<String, String> flash = new HashMap<>();
		flash.put("flash", "Saved.");
		byte[] stored = this.serializer.convert(flash);
		Object first = this.reader.convert(stored);
		Object second = this.reader.convert(stored);
		assertThat(this.deserialized).hasValue(2);
		assertThat(first).isNotSameAs(second).isEqualTo(second).isEqualTo(flash);
		assertThat(this.reader.size()).isZero();
	}

	@Test
	void atMostTheBoundIsRemembered() {
		for (int i = 0; i < SessionAttributeReader.REMEMBERED + 100; i++) {
			this.reader.convert(this.serializer.convert(token(UUID.randomUUID().toString())));
		}
		assertThat(this.reader.size()).isEqualTo(SessionAttributeReader.REMEMBERED);
	}

	private Converter<byte[], Object> counting() {
		DeserializingConverter deserializer = new DeserializingConverter(getClass().getClassLoader());
		return (bytes) -> {
			this.deserialized.incrementAndGet();
			return deserializer.convert(bytes);
		};
	}

	private static SecurityContext signedIn(String name) {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null,
				List.of(new SimpleGrantedAuthority("ROLE_USER"))));
	}

	private static DefaultCsrfToken token(String value) {
		return new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", value);
	}

}
