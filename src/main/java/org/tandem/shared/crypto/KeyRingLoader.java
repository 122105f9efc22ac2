package org.tandem.shared.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.files.OwnerOnlyFiles;

import org.springframework.util.StringUtils;

/**
 * Finds the keys: {@code TANDEM_ENCRYPTION_KEY} when set; otherwise, with the embedded
 * database only, a key generated once into the data directory. With an external database
 * a generated key would live on one node's disk, apart from the data it protects and
 * different on every node, so Tandem refuses to start instead.
 */
final class KeyRingLoader {

	static final String KEY_FILE = "encryption.key";

	private static final Logger log = LoggerFactory.getLogger(KeyRingLoader.class);

	private KeyRingLoader() {
	}

	static KeyRing load(@Nullable String key, @Nullable String oldKeys, boolean externalDatabase, Path dataDir) {
		List<EncryptionKey> old = parseOldKeys(oldKeys);
		if (StringUtils.hasText(key)) {
			return new KeyRing(EncryptionKey.parse(key, "TANDEM_ENCRYPTION_KEY"), old);
		}
		if (externalDatabase) {
			throw new EncryptionKeyException("TANDEM_ENCRYPTION_KEY must be set when Tandem uses an external database "
					+ "(TANDEM_DATABASE_URL): every node needs the same key, kept outside the database.");
		}
		return new KeyRing(fromDataDirectory(dataDir.toAbsolutePath().normalize()), old);
	}

	private static List<EncryptionKey> parseOldKeys(@Nullable String oldKeys) {
		List<EncryptionKey> keys = new ArrayList<>();
		if (!StringUtils.hasText(oldKeys)) {
			return keys;
		}
		int position = 0;
		for (String entry : oldKeys.split(",")) {
			position++;
			if (!entry.isBlank()) {
				keys.add(EncryptionKey.parse(entry, "Key " + position + " of TANDEM_ENCRYPTION_OLD_KEYS"));
			}
		}
		return keys;
	}

	private static EncryptionKey fromDataDirectory(Path dataDir) {
		Path file = dataDir.resolve(KEY_FILE);
		try {
			Files.createDirectories(dataDir);
			if (!Files.exists(file)) {
				try {
					return generate(file);
				}
				catch (FileAlreadyExistsException ex) {
					// another process generated it first: use theirs
				}
			}
			refuseIfOpenToOthers(file);
			return EncryptionKey.parse(Files.readString(file, StandardCharsets.US_ASCII), "The key file " + file);
		}
		catch (IOException ex) {
			throw new EncryptionKeyException("Tandem cannot read or create its encryption key file " + file + " ("
					+ ex.getClass().getSimpleName() + "). Set TANDEM_DATA_DIR to a writable directory or set "
					+ "TANDEM_ENCRYPTION_KEY.", ex);
		}
	}

	private static EncryptionKey generate(Path file) throws IOException {
		byte[] bytes = new byte[EncryptionKey.LENGTH];
		new SecureRandom().nextBytes(bytes);
		OwnerOnlyFiles.create(file, Base64.getEncoder().encodeToString(bytes) + "\n");
		log.warn("Generated an encryption key in {}. Back it up apart from the data directory: without it the "
				+ "confidential text cannot be read, and a backup holding both gives that text away. To run with an "
				+ "external database, set TANDEM_ENCRYPTION_KEY to its content.", file);
		return EncryptionKey.of(bytes);
	}

	/**
	 * Whoever can read the key can read every pair's text, and whoever can replace it can
	 * make Tandem encrypt new text with a key they know: a warning in a log is not
	 * enough.
	 */
	private static void refuseIfOpenToOthers(Path file) throws IOException {
		String mode = OwnerOnlyFiles.tooOpen(file);
		if (mode != null) {
			throw new EncryptionKeyException(
					"The encryption key file " + file + " can be read or changed by other users (mode " + mode
							+ "), so Tandem does not start.",
					"Restrict the key file to its owner: chmod 600 " + file
							+ " (and check that nobody else copied it while it was open).");
		}
	}

}
