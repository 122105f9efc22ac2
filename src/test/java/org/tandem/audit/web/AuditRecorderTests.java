package org.tandem.audit.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Audited;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FormErrors;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The recorder on its own: the target it writes, the answers it leaves out, and a failed
 * write that is logged at ERROR without the request's content and never reaches the
 * person who acted.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditRecorderTests {

	static final TandemPrincipal ADMIN = new Principal(UUID.randomUUID(), "admin@example.org", true);

	final AuditLog auditLog = mock(AuditLog.class);

	final AuditRecorder recorder = new AuditRecorder(this.auditLog);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aFailedWriteIsLoggedAtErrorWithoutTheBodyAndTheActionStillSucceeds(CapturedOutput output) throws Exception {
		signIn(ADMIN);
		when(this.auditLog.record(any(), any())).thenThrow(new IllegalStateException("database down"));
		MockHttpServletRequest request = request();
		request.setContent("secret body".getBytes());
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.recorder.afterCompletion(request, response, handler("audited"), null);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(output).contains("ERROR")
			.contains("Audit entry lost: thing.close by " + ADMIN.personId() + " on thing 42")
			.doesNotContain("secret body");
	}

	@Test
	void theTargetNamesThePathVariablesOrElseThePath() throws Exception {
		signIn(ADMIN);
		this.recorder.afterCompletion(request(), new MockHttpServletResponse(), handler("audited"), null);
		this.recorder.afterCompletion(request(), new MockHttpServletResponse(), handler("auditedWithoutTarget"), null);

		verify(this.auditLog).record(ADMIN,
				new AuditAction("thing.close", "thing 42", "203.0.113.7", "POST", "/things/42/close"));
		verify(this.auditLog).record(ADMIN,
				new AuditAction("thing.open", "/things/42/close", "203.0.113.7", "POST", "/things/42/close"));
	}

	@Test
	void failuresRejectedFormsUnmarkedHandlersAndAnonymousCallersWriteNothing() throws Exception {
		MockHttpServletRequest rejected = request();
		ModelAndView form = new ModelAndView("things/form",
				Map.of("page", new Page(FormErrors.none().with("name", "is required"))));
		this.recorder.postHandle(rejected, new MockHttpServletResponse(), handler("audited"), form);
		MockHttpServletResponse badRequest = new MockHttpServletResponse();
		badRequest.setStatus(400);
		MockHttpServletRequest nothingDone = request();
		nothingDone.setAttribute(Audited.NOTHING_DONE, Boolean.TRUE);

		this.recorder.afterCompletion(request(), new MockHttpServletResponse(), handler("audited"), null);
		signIn(ADMIN);
		this.recorder.afterCompletion(rejected, new MockHttpServletResponse(), handler("audited"), null);
		this.recorder.afterCompletion(request(), badRequest, handler("audited"), null);
		this.recorder.afterCompletion(request(), new MockHttpServletResponse(), handler("audited"),
				new IllegalStateException());
		this.recorder.afterCompletion(nothingDone, new MockHttpServletResponse(), handler("audited"), null);
		this.recorder.afterCompletion(request(), new MockHttpServletResponse(), handler("notAudited"), null);

		verify(this.auditLog, never()).record(any(), any());
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/things/42/close");
		request.setRemoteAddr("203.0.113.7");
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", "42"));
		return request;
	}

	private static HandlerMethod handler(String name) throws NoSuchMethodException {
		return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name));
	}

	private static void signIn(TandemPrincipal principal) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, null));
	}

	record Principal(UUID personId, String email, boolean admin) implements TandemPrincipal {

	}

	record Page(FormErrors errors) {

	}

	static class Handlers {

		@Audited(value = "thing.close", target = "thing {id}")
		void audited() {
		}

		@Audited("thing.open")
		void auditedWithoutTarget() {
		}

		void notAudited() {
		}

	}

}
