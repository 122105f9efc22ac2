package org.tandem.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a page request costs the session store: one statement to read the session, none to
 * write it back when nothing changed. Boot's JDBC session set-up stays as it is (table,
 * timeout, clean-up); the repository reads without a transaction
 * ({@link ReadsWithoutTransaction}) and reads the security context and CSRF token of a
 * stored session once ({@link SessionAttributeReader}), and the session filter sees the
 * sessions through {@link LazyTouchSessions}, so that an unchanged session is not
 * written. Everything that ends sessions (sign-out, {@link Accounts#endSessions}) talks
 * to the repository itself. The filter's second look-up of the session it has just saved
 * (to check the requested id) is answered from memory, so a page that commits its
 * response early does not read the session twice.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	static BeanPostProcessor sessionStoreTuning(ObjectProvider<PlatformTransactionManager> transactions,
			ObjectProvider<JdbcIndexedSessionRepository> sessions, ObjectProvider<CookieSerializer> cookies) {
		return new SessionStoreTuning(transactions, sessions, cookies);
	}

	/**
	 * Spring Session's filter, which forgets the session it saved when the request ends
	 * (see {@link LazyTouchSessions#forget()}).
	 */
	private static final class ForgetfulSessionFilter<S extends Session> extends SessionRepositoryFilter<S> {

		ForgetfulSessionFilter(SessionRepository<S> sessions) {
			super(sessions);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				super.doFilterInternal(request, response, chain);
			}
			finally {
				LazyTouchSessions.forget();
			}
		}

	}

	private static final class SessionStoreTuning implements BeanPostProcessor {

		private final ObjectProvider<PlatformTransactionManager> transactions;

		private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

		private final ObjectProvider<CookieSerializer> cookies;

		SessionStoreTuning(ObjectProvider<PlatformTransactionManager> transactions,
				ObjectProvider<JdbcIndexedSessionRepository> sessions, ObjectProvider<CookieSerializer> cookies) {
			this.transactions = transactions;
			this.sessions = sessions;
			this.cookies = cookies;
		}

		/**
		 * Before the configuration makes the repository: its transactions. Writes keep
		 * Spring Session's own (a new transaction each, committed at once even inside a
		 * caller's transaction, such as {@link Accounts#endSessions}).
		 */
		@Override
		public Object postProcessBeforeInitialization(Object bean, String name) {
			if (bean instanceof JdbcHttpSessionConfiguration configuration) {
				TransactionTemplate writes = new TransactionTemplate(this.transactions.getObject());
				writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
				configuration.setTransactionOperations(new ReadsWithoutTransaction(writes));
				configuration.setSpringSessionConversionService(attributes());
			}
			return bean;
		}

		/**
		 * How attributes are stored and read: Java serialization, as Spring Session's
		 * default, with the security context and CSRF token read once per stored value
		 * ({@link SessionAttributeReader}).
		 */
		private static GenericConversionService attributes() {
			ClassLoader loader = SessionStoreConfiguration.class.getClassLoader();
			GenericConversionService service = new GenericConversionService();
			service.addConverter(Object.class, byte[].class, new SerializingConverter());
			service.addConverter(byte[].class, Object.class,
					new SessionAttributeReader(new DeserializingConverter(loader)));
			return service;
		}

		/**
		 * The session filter, made as Spring Session makes it (the cookie from our
		 * serializer), over the lazily touched sessions.
		 */
		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (!(bean instanceof SessionRepositoryFilter<?>)) {
				return bean;
			}
			SessionRepository<? extends Session> store = this.sessions.getObject();
			SessionRepositoryFilter<?> filter = new ForgetfulSessionFilter<>(LazyTouchSessions.over(store));
			CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
			resolver.setCookieSerializer(this.cookies.getObject());
			filter.setHttpSessionIdResolver(resolver);
			return filter;
		}

	}

}
