package org.tandem.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTests {

	@Test
	void plainAddressesAreAccepted() {
		for (String address : List.of("a@example.org", "first.last@library.university.edu", "o'brien@example.ie",
				"x+tag@sub-domain.example.co.uk", "a_b-c@x1.io")) {
			assertThat(EmailAddress.isValid(address)).as(address).isTrue();
		}
	}

	@Test
	void listsDisplayNamesAndHeaderTricksAreRefused() {
		for (String address : List.of("me,x@example.org", "<a@example.org>", "Ann <a@example.org>",
				"a@example.org;b@example.org", "a@example.org\r\nBcc: b@example.org", "\"quoted\"@example.org",
				"a b@example.org", "a@example", "a@@example.org", ".a@example.org", "a.@example.org",
				"a..b@example.org", "a@-example.org", "a@example.org.", "a@exa_mple.org", "", "@example.org", "a@",
				"a@example.org\u0000", "ä@example.org")) {
			assertThat(EmailAddress.isValid(address)).as(address).isFalse();
		}
		assertThat(EmailAddress.isValid(null)).isFalse();
	}

	@Test
	void lengthsAreCapped() {
		String local64 = "a".repeat(64);
		assertThat(EmailAddress.isValid(local64 + "@example.org")).isTrue();
		assertThat(EmailAddress.isValid(local64 + "a@example.org")).isFalse();
		String longDomain = ("d".repeat(60) + ".").repeat(5) + "org";
		String address = "a@" + longDomain;
		assertThat(address.length()).isLessThanOrEqualTo(EmailAddress.MAX_LENGTH);
		assertThat(EmailAddress.isValid(address)).isTrue();
		assertThat(EmailAddress.isValid("a@" + ("d".repeat(60) + ".").repeat(6) + "org")).as("over 320").isFalse();
	}

}
