package org.tandem.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.tandem.shared.database.PipelinedReads;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread sends to the database, for tests that
 * prove a page or request costs a fixed, small number of queries however many rows it
 * shows. The data source keeps its type (a class-based proxy); its connections count
 * every statement they execute on the thread that runs it (MockMvc runs a request on the
 * test's thread, listeners on other threads are not counted).
 */
public final class QueryCounter implements BeanPostProcessor {

	/** Statements, then round trips, sent on the thread. */
	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[2]);

	/** The SQL sent while a count runs on the thread (null when none runs). */
	private static final ThreadLocal<List<String>> SQL = new ThreadLocal<>();

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "executeBatch", "executeLargeBatch");

	/**
	 * What the counted work returned, how many statements it sent, in how many round
	 * trips, and their SQL (the text a statement was prepared with, or executed for a
	 * plain statement), in order. A list of reads sent together by {@link PipelinedReads}
	 * is one round trip and one entry of {@code sql}, and counts each of its reads as a
	 * statement.
	 */
	public record Counted<T>(T result, long statements, long roundTrips, List<String> sql) {

	}

	/**
	 * Work that may throw, counted.
	 */
	@FunctionalInterface
	public interface Work<T> {

		T run() throws Exception;

	}

	/**
	 * Runs the work on this thread and counts the statements it sends.
	 */
	public static <T> Counted<T> count(Work<T> work) throws Exception {
		long before = COUNT.get()[0];
		long tripsBefore = COUNT.get()[1];
		List<String> outer = SQL.get();
		List<String> sent = new ArrayList<>();
		SQL.set(sent);
		T result;
		try {
			result = work.run();
		}
		finally {
			SQL.set(outer);
			if (outer != null) {
				outer.addAll(sent);
			}
		}
		return new Counted<>(result, COUNT.get()[0] - before, COUNT.get()[1] - tripsBefore, List.copyOf(sent));
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource)) {
			return bean;
		}
		ProxyFactory factory = new ProxyFactory(bean);
		factory.setProxyTargetClass(true);
		factory.addAdvice((MethodInterceptor) (invocation) -> {
			Object result = invocation.proceed();
			return (result instanceof Connection connection) ? counting(connection, Connection.class) : result;
		});
		return factory.getProxy(bean.getClass().getClassLoader());
	}

	@SuppressWarnings("unchecked")
	private static <T> T counting(T target, Class<T> type) {
		return counting(target, type, null);
	}

	@SuppressWarnings("unchecked")
	private static <T> T counting(T target, Class<T> type, String sql) {
		InvocationHandler handler = (proxy, method, args) -> invoke(target, sql, method, args);
		return (T) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), interfaces(target, type), handler);
	}

	private static Class<?>[] interfaces(Object target, Class<?> type) {
		if (target instanceof CallableStatement) {
			return new Class<?>[] { CallableStatement.class };
		}
		return (target instanceof PreparedStatement) ? new Class<?>[] { PreparedStatement.class }
				: new Class<?>[] { type };
	}

	private static Object invoke(Object target, String sql, Method method, Object[] args) throws Throwable {
		if (target instanceof Statement && EXECUTIONS.contains(method.getName())) {
			String text = (sql != null) ? sql
					: (args != null && args.length > 0 && args[0] instanceof String given) ? given : "?";
			COUNT.get()[0] += text.split(Pattern.quote(PipelinedReads.SEPARATOR), -1).length;
			COUNT.get()[1]++;
			List<String> recording = SQL.get();
			if (recording != null) {
				recording.add(text.replaceAll("\\s+", " ").strip());
			}
		}
		Object result;
		try {
			result = method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		if (target instanceof Connection && result instanceof Statement statement
				&& method.getName().matches("createStatement|prepareStatement|prepareCall")) {
			String text = (args != null && args.length > 0 && args[0] instanceof String given) ? given : null;
			return counting(statement, Statement.class, text);
		}
		return result;
	}

}
