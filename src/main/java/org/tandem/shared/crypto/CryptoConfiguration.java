package org.tandem.shared.crypto;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

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
	TextCipher textCipher(DataSource dataSource, @Value("${tandem.encryption.key:}") String key,
			@Value("${tandem.encryption.old-keys:}") String oldKeys,
			@Value("${tandem.database.url:}") String databaseUrl,
			@Value("${tandem.database.data-dir:./data}") Path dataDir) {
		return new TextCipher(KeyRingLoader.load(key, oldKeys, StringUtils.hasText(databaseUrl), dataDir));
	}

}
