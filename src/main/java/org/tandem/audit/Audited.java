package org.tandem.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method whose successful call by a committee member or an administrator
 * goes into the audit log: who, what, target, when and from which address.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

	/**
	 * What was done, as a dotted name: {@code "program.export.pairings"}.
	 * @return the action
	 */
	String value();

	/**
	 * What it was done to, with path variables in braces: {@code "program {id}"}. Empty
	 * means the request's path.
	 * @return the target template
	 */
	String target() default "";

}
