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
	 * The request attribute a marked handler sets (to any value) when it answers without
	 * having done anything and cannot say so by its status or by a form sent back with
	 * errors: no entry is written then.
	 */
	String NOTHING_DONE = "org.tandem.audit.nothingDone";

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
