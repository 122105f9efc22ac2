package org.tandem.matching;

import java.util.EnumMap;
import java.util.Map;

import org.tandem.matching.solver.Objective;
import org.tandem.program.ProgramId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's matching settings in the database; the defaults until the committee saves
 * its own.
 */
@Component
public class SettingsStore {

	private final JdbcClient jdbc;

	SettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public MatchingSettings load(ProgramId programId) {
		Map<Criterion, CriterionWeight> weights = new EnumMap<>(Criterion.class);
		this.jdbc.sql("select criterion, weight, required from matching_criterion where program_id = :id")
			.param("id", programId.value())
			.query((rs) -> {
				weights.put(Criterion.valueOf(rs.getString("criterion")),
						new CriterionWeight(rs.getInt("weight"), rs.getBoolean("required")));
			});
		return this.jdbc.sql("""
				select objective, exclude_former_partners, department_mode, max_preferences
				from matching_settings where program_id = :id
				""")
			.param("id", programId.value())
			.query((rs, row) -> new MatchingSettings(Objective.valueOf(rs.getString("objective")),
					rs.getBoolean("exclude_former_partners"), DepartmentMode.valueOf(rs.getString("department_mode")),
					rs.getInt("max_preferences"), weights))
			.optional()
			.orElseGet(MatchingSettings::defaults);
	}

	@Transactional
	public void save(ProgramId programId, MatchingSettings settings) {
		this.jdbc.sql("""
				insert into matching_settings (program_id, objective, exclude_former_partners, department_mode,
				    max_preferences)
				values (:id, :objective, :exclude, :department, :max)
				on conflict (program_id) do update set objective = excluded.objective,
				    exclude_former_partners = excluded.exclude_former_partners,
				    department_mode = excluded.department_mode, max_preferences = excluded.max_preferences
				""")
			.param("id", programId.value())
			.param("objective", settings.objective().name())
			.param("exclude", settings.excludeFormerPartners())
			.param("department", settings.departmentMode().name())
			.param("max", settings.maxPreferences())
			.update();
		this.jdbc.sql("delete from matching_criterion where program_id = :id").param("id", programId.value()).update();
		for (Map.Entry<Criterion, CriterionWeight> entry : settings.weights().entrySet()) {
			this.jdbc.sql("""
					insert into matching_criterion (program_id, criterion, weight, required)
					values (:id, :criterion, :weight, :required)
					""")
				.param("id", programId.value())
				.param("criterion", entry.getKey().name())
				.param("weight", entry.getValue().weight())
				.param("required", entry.getValue().required())
				.update();
		}
	}

}
