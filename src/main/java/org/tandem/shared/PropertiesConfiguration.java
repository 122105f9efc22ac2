package org.tandem.shared;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link TandemProperties}, the one place features read Tandem's settings from.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TandemProperties.class)
class PropertiesConfiguration {

}
