package org.tandem.shared.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A page is sent in one piece with its length: the bytes are the template's UTF-8, the
 * length header counts bytes, not characters.
 */
@IntegrationTest
class BufferedJteViewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aPageCarriesItsLengthInBytes() throws Exception {
		Person person = this.fixtures.person("Zoë Ünal-Dvořák");
		Cookie session = this.mvc
			.perform(post("/login").param("email", person.email()).param("password", Fixtures.PASSWORD).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		MockHttpServletResponse response = this.mvc.perform(get("/settings").cookie(session)).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		byte[] body = response.getContentAsByteArray();
		assertThat(response.getContentLength()).isEqualTo(body.length);
		assertThat(response.getHeader("Content-Length")).isEqualTo(Integer.toString(body.length));
		String html = new String(body, StandardCharsets.UTF_8);
		assertThat(html).contains("Zoë Ünal-Dvořák").contains("</html>");
		assertThat(body.length).isGreaterThan(html.length());
	}

	@Test
	void aPublicPageToo() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/login")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length).isPositive();
		assertThat(response.getContentAsString()).contains("<form");
	}

}
