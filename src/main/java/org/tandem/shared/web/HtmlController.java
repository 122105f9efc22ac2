package org.tandem.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller that renders pages. Pages get the layout's {@link PageContext} as model
 * attribute {@value PageContext#ATTRIBUTE}; JSON controllers do not pay for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface HtmlController {

	@AliasFor(annotation = Controller.class)
	String value() default "";

}
