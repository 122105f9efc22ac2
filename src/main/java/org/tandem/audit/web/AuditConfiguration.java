package org.tandem.audit.web;

import org.tandem.audit.AuditLog;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the {@link AuditRecorder} behind every handler; it acts only on those marked
 * {@code @Audited}.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration implements WebMvcConfigurer {

	private final AuditLog auditLog;

	AuditConfiguration(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AuditRecorder(this.auditLog));
	}

}
