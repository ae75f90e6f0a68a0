package vn.blocstats.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import vn.blocstats.dashboard.chart.ChartSource;
import vn.blocstats.warehouse.Warehouse;

/**
 * The commands that serve nothing on the web start only what they need (issue 17): {@code query} no web
 * server, no Spring Batch, no database but the one it opens itself, no Vaadin or servlet bean, no chart;
 * {@code imports} the job repository without the jobs. What started is looked at while the command runs.
 */
class CommandContextTests {

	@TempDir
	Path dir;

	/** The beans of the context the command line started, by the names of their classes. */
	record Started(int code, boolean web, int jobRepositories, int dataSources, int warehouses, int chartSources, List<String> classes) {
	}

	Started run(String... args) {
		AtomicReference<Started> seen = new AtomicReference<>();
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		int code = BlocstatsApplication.run(args, quiet, quiet, ctx -> {
			seen.set(new Started(-1, ctx instanceof WebServerApplicationContext, ctx.getBeanNamesForType(JobRepository.class).length,
					ctx.getBeanNamesForType(DataSource.class).length, ctx.getBeanNamesForType(Warehouse.class).length,
					ctx.getBeanNamesForType(ChartSource.class).length,
					Arrays.stream(ctx.getBeanDefinitionNames())
						.map(name -> String.valueOf(ctx.getBeanFactory().getType(name, false)))
						.toList()));
			assertThat(ctx.getBeanNamesForType(Job.class)).isEmpty();
			assertThat(ctx.getBeanNamesForType(jakarta.servlet.Servlet.class)).isEmpty();
			assertThat(ctx.getBeanNamesForType(jakarta.servlet.Filter.class)).isEmpty();
		});
		Started s = seen.get();
		return s == null ? null : new Started(code, s.web(), s.jobRepositories(), s.dataSources(), s.warehouses(), s.chartSources(), s.classes());
	}

	@Test
	void query_starts_no_spring_context_at_all() {
		Path db = dir.resolve("w.duckdb");
		Warehouse.open(db).close();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		AtomicReference<Object> started = new AtomicReference<>();

		int code = BlocstatsApplication.run(new String[] { "query", "--db", db.toString(), "--format", "csv", "select 41 + 1 AS n" },
				new PrintStream(bytes, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()), started::set);

		// No context (so no web server, no Spring Batch, no bean): the settings, then DuckDB.
		assertThat(code).isZero();
		assertThat(started.get()).isNull();
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("n\n42\n");
		// Nor did it leave a job repository beside the warehouse.
		assertThat(dir.resolve("w.jobs.mv.db")).doesNotExist();
	}

	@Test
	void imports_starts_the_job_repository_without_the_jobs_or_the_web() {
		Started imports = run("imports", "--db", dir.resolve("w.duckdb").toString());

		assertThat(imports.code()).isZero();
		assertThat(imports.web()).isFalse();
		assertThat(imports.jobRepositories()).isOne();
		assertThat(imports.classes()).noneMatch(c -> c.contains("com.vaadin") || c.contains("vn.blocstats.dashboard"));
	}

	@Test
	void alias_rule_and_template_start_the_warehouse_without_spring_batch() {
		Started alias = run("alias", "list", "--db", dir.resolve("w.duckdb").toString());

		assertThat(alias.code()).isZero();
		assertThat(alias.jobRepositories()).isZero();
		assertThat(alias.warehouses()).isOne();
	}

	@Test
	void export_starts_the_chart_sources_without_spring_batch_or_the_web_and_user_only_the_accounts() {
		String db = dir.resolve("w.duckdb").toString();
		Started export = run("export", "chart", "--db", db, "--committee", "74-KCQDN", "--metric", "admissions", "--format", "svg",
				"--out", dir.resolve("c.svg").toString());
		assertThat(export.web()).isFalse();
		assertThat(export.jobRepositories()).isZero();
		assertThat(export.chartSources()).isPositive();

		Started user = run("user", "add", "--db", db, "--role", "viewer", "an");
		assertThat(user.code()).isZero();
		assertThat(user.jobRepositories()).isZero();
		assertThat(user.chartSources()).isZero();
		assertThat(user.classes()).noneMatch(c -> c.contains("com.vaadin"));
	}

	@Test
	void each_command_gets_its_context_from_one_table() {
		assertThat(CommandContext.of(List.of("serve"))).isEqualTo(CommandContext.APPLICATION);
		assertThat(CommandContext.of(List.of("query", "select 1"))).isEqualTo(CommandContext.QUERY);
		assertThat(CommandContext.of(List.of("imports"))).isEqualTo(CommandContext.IMPORTS);
		assertThat(CommandContext.of(List.of("rule", "list"))).isEqualTo(CommandContext.WAREHOUSE);
		assertThat(CommandContext.of(List.of("export", "pack"))).isEqualTo(CommandContext.DOCUMENTS);
		assertThat(CommandContext.of(List.of("import", "f.csv"))).isEqualTo(CommandContext.IMPORT);
		assertThat(CommandContext.of(List.of("refresh"))).isEqualTo(CommandContext.APPLICATION);
	}

	@Test
	void the_developers_tools_are_not_in_the_product_and_say_where_they_are() {
		for (String tool : List.of("bench", "sample")) {
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			java.io.PrintStream err = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);

			int code = BlocstatsApplication.run(new String[] { tool, "import" }, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), err);

			assertThat(code).isEqualTo(vn.blocstats.etl.cli.Cli.USAGE);
			assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("“" + tool + "” là công cụ của nhà phát triển (mô-đun tools)")
				.contains("./blocstats " + tool);
		}
		// Nothing of the tools is on the product's class path: not the benchmarks, not the generator (Playwright is here
		// for the browser tests only: test scope).
		for (String absent : List.of("vn.blocstats.tools.Tools", "vn.blocstats.tools.bench.DashboardBenchmark",
				"vn.blocstats.tools.sample.SampleData")) {
			assertThat(getClass().getClassLoader().getResource(absent.replace('.', '/') + ".class")).as(absent).isNull();
		}
	}
}
