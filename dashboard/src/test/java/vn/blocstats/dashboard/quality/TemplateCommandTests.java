package vn.blocstats.dashboard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.dashboard.BlocstatsApplication;
import vn.blocstats.dashboard.SampleWarehouse;
import vn.blocstats.etl.template.TemplateWorkbook;

/**
 * {@code blocstats template} and {@code blocstats reminders} as a user types them, on a copy of the
 * sample data's warehouse: the files written, and exit 64 with a Vietnamese reason for a wrong
 * command line.
 */
class TemplateCommandTests {

	@TempDir
	static Path dir;

	static String db;

	@BeforeAll
	static void copyTheSampleWarehouse() throws Exception {
		Path copy = dir.resolve("w.duckdb");
		Files.copy(SampleWarehouse.path(), copy);
		db = copy.toString();
	}

	@Test
	void template_writes_the_committee_s_workbook_with_every_unit_by_code() throws Exception {
		Path out = dir.resolve("mau/79-DUB.xlsx");

		String said = run(0, "template", "--db", db, "--committee", "79-DUB", "--period", "2026-H1", "--out", out.toString());

		assertThat(said).startsWith("Đã ghi mẫu báo cáo 6 tháng đầu năm 2026 của Đảng bộ Ủy ban nhân dân Thành phố Hồ Chí Minh: ");
		try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			assertThat(wb.getSheetName(0)).isEqualTo(TemplateWorkbook.DATA);
			assertThat(wb.getSheet(TemplateWorkbook.DATA).getRow(3).getCell(0).getStringCellValue())
				.isEqualTo("Kỳ báo cáo: 6 tháng đầu năm 2026");
		}
	}

	@Test
	void a_wrong_command_line_exits_64_and_says_why() {
		String out = dir.resolve("x.xlsx").toString();
		assertThat(run(64, "template", "--db", db, "--committee", "79-DUB", "--period", "2026-H1"))
			.contains("Cách dùng: blocstats template");
		assertThat(run(64, "template", "--db", db, "--committee", "79-DUB", "--period", "2026-3", "--out", out))
			.contains("--period là một nửa năm");
		assertThat(run(64, "template", "--db", db, "--committee", "74-KCQDN", "--period", "2026-H1", "--out", out))
			.contains("Không có đảng bộ mã “74-KCQDN” trong kỳ 6 tháng đầu năm 2026");
		assertThat(run(64, "template", "--db", db, "--committee", "79-DUB", "--period", "2026-H1", "--metrics", "share_orgs_excellent",
				"--out", out)).contains("là chỉ số tính toán");
		assertThat(run(64, "template", "--db", db, "--committee", "79-DUB", "--period", "2026-H1", "--out", dir.resolve("x.xls").toString()))
			.contains(".xlsx");
		assertThat(run(64, "reminders", "--db", db, "--committee", "79-DUB", "--period", "2026-H1", "--out",
				dir.resolve("r.pdf").toString())).contains("--format xlsx, csv hoặc docx");
		assertThat(Files.exists(Path.of(out))).isFalse();
	}

	@Test
	void reminders_list_the_units_that_have_not_reported_as_csv_and_a_letter_each_with_its_own_template() throws Exception {
		Path csv = dir.resolve("nhac/chua-bao-cao.csv");
		Path templates = dir.resolve("nhac/mau");

		// Nothing is reported for 2026 in the sample data: every unit of the committee is waited for.
		String said = run(0, "reminders", "--db", db, "--committee", "37-DCQD", "--period", "2026-H1", "--out", csv.toString(),
				"--templates", templates.toString());

		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.getFirst()).isEqualTo("\uFEFFSTT,Mã đơn vị,Tên đơn vị,Loại,Kỳ báo cáo,Mẫu báo cáo");
		int units = lines.size() - 1;
		assertThat(units).isGreaterThan(5);
		assertThat(said).contains(": " + units + "/" + units + " → ").contains("+ " + units + " mẫu báo cáo");
		try (Stream<Path> files = Files.list(templates)) {
			assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
				.isEqualTo(lines.subList(1, lines.size()).stream().map(l -> l.substring(l.lastIndexOf(',') + 1)).sorted().toList());
		}
		// The letter names the same units.
		Path docx = dir.resolve("nhac/nhac.docx");
		run(0, "reminders", "--db", db, "--committee", "37-DCQD", "--period", "2026-H1", "--out", docx.toString());
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("V/v nhắc gửi báo cáo số liệu 6 tháng đầu năm 2026")
				.contains("của " + units + " trong số " + units + " tổ chức cơ sở đảng");
			assertThat(doc.getTables().getFirst().getRows()).hasSize(units + 1);
		}
	}

	private static String run(int expected, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = BlocstatsApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(code).as(text).isEqualTo(expected);
		return text;
	}
}
