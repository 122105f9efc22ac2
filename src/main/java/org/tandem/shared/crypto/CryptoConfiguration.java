package org.tandem.shared.crypto;

import javax.sql.DataSource;

import org.tandem.shared.TandemProperties;
import org.tandem.shared.database.DatabaseProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link TextCipher} and the one {@link ChunkCipher}, sharing the keys from
 * {@code tandem.encryption.*}.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	/**
	 * Takes the data source only so that it is checked first: an unreachable database is
	 * the problem to report before a missing key.
	 */
	@Bean
	KeyRing keyRing(DataSource dataSource, TandemProperties properties, DatabaseProperties database) {
		TandemProperties.Encryption encryption = properties.encryption();
		return KeyRingLoader.load(encryption.key(), encryption.oldKeys(), database.isExternal(),
				database.dataDirectory());
	}

	@Bean
	TextCipher textCipher(KeyRing keyRing) {
		return new TextCipher(keyRing);
	}

	@Bean
	ChunkCipher chunkCipher(KeyRing keyRing) {
		return new ChunkCipher(keyRing);
	}

}
