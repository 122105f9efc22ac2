package org.tandem.export.web;

import java.util.List;

import org.tandem.export.ExportKind;
import org.tandem.program.Program;

/**
 * The exports page: the program and, for each export, the addresses of its files.
 */
public record ExportsPage(Program program, List<Download> downloads) {

	static ExportsPage of(Program program) {
		String base = "/programs/" + program.id() + "/export/";
		return new ExportsPage(program,
				List.of(ExportKind.values())
					.stream()
					.map((kind) -> new Download(kind, base + kind.fileStem() + ".csv",
							base + kind.fileStem() + ".csv?bom=true", base + kind.fileStem() + ".json"))
					.toList());
	}

	public String programHref() {
		return "/programs/" + this.program.id();
	}

	/**
	 * One export and its three files.
	 */
	public record Download(ExportKind kind, String csv, String excelCsv, String json) {

	}

}
