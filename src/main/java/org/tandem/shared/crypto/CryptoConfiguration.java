package org.tandem.shared.crypto;

import javax.sql.DataSource;

import org.tandem.shared.TandemProperties;
import org.tandem.shared.database.DatabaseProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link TextCipher}, with keys from {@code tandem.encryption.*}.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	/**
	 * Takes the data source only so that it is checked first: an unreachable database is
	 * the problem to report before a missing key.
	 */
	@Bean
	TextCipher textCipher(DataSource dataSource, TandemProperties properties, DatabaseProperties database) {
		TandemProperties.Encryption encryption = properties.encryption();
		return new TextCipher(KeyRingLoader.load(encryption.key(), encryption.oldKeys(), database.isExternal(),
				database.dataDirectory()));
	}

}
