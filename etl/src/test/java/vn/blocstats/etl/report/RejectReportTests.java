package vn.blocstats.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reject report's format: written to a file run by run, or whole to a stream, and read back. */
class RejectReportTests {

	@TempDir
	Path dir;

	private static final List<Problem> PROBLEMS = List.of(
			new Problem(Problem.Severity.WARNING, null, 0, null, null, "Bỏ qua trang ẩn 'Nháp'", "file.note"),
			new Problem(Problem.Severity.ERROR, "Trang 1", 10, "Giá trị", "-3", "Giá trị âm (-3): số liệu báo cáo không thể âm",
					"value.negative"),
			new Problem(Problem.Severity.ERROR, null, 11, "Mã đơn vị", "=HYPERLINK(\"http://x\")", "Không có đơn vị, mã “x”",
					"org.unknown"));

	@Test
	void a_report_written_whole_to_a_stream_is_byte_for_byte_the_report_file_of_the_same_problems() throws Exception {
		Path file = dir.resolve("r.csv");
		RejectReport.create(file).append("=so-lieu.csv", PROBLEMS);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		RejectReport.write(out, "=so-lieu.csv", PROBLEMS);

		assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(file));
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFTệp,Trang,Dòng,Cột,Giá trị,Mức độ,Lý do,Mã lỗi\r\n")
			.contains("'=so-lieu.csv,,,,,Cảnh báo,Bỏ qua trang ẩn 'Nháp',file.note\r\n")
			.contains("'=so-lieu.csv,Trang 1,10,Giá trị,'-3,Lỗi,Giá trị âm (-3): số liệu báo cáo không thể âm,value.negative\r\n")
			.contains("'=so-lieu.csv,,11,Mã đơn vị,\"'=HYPERLINK(\"\"http://x\"\")\",Lỗi,\"Không có đơn vị, mã “x”\",org.unknown\r\n");
	}

	@Test
	void a_file_with_more_than_ten_thousand_problems_gets_the_first_ten_thousand_and_a_line_counting_the_rest() {
		Path file = dir.resolve("capped.csv");
		RejectReport report = RejectReport.create(file);
		java.util.List<Problem> many = new java.util.ArrayList<>();
		for (int i = 1; i <= RejectReport.MAX_LINES_PER_FILE + 5; i++) {
			many.add(Problem.error("Sheet1", i + 1, "Giá trị", "x" + i, "value.not_number", "x" + i));
		}

		report.append("bao-cao.xlsx", many);

		java.util.List<RejectReport.Line> lines = RejectReport.read(file);
		assertThat(lines).hasSize(RejectReport.MAX_LINES_PER_FILE + 1);
		assertThat(lines.get(RejectReport.MAX_LINES_PER_FILE - 1).problem().value()).isEqualTo("x10000");
		assertThat(lines.getLast().problem().reason()).startsWith("Còn 5 lỗi và cảnh báo khác của tệp này không ghi vào báo cáo")
			.contains("tối đa 10000 dòng");
		assertThat(lines.getLast().problem().rule()).isEqualTo("report.truncated");
	}

	@Test
	void a_report_reads_back_as_written_with_neutralised_values_kept() {
		Path file = dir.resolve("r.csv");
		RejectReport.create(file).append("so-lieu.csv", PROBLEMS);

		List<RejectReport.Line> lines = RejectReport.read(file);

		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo(new RejectReport.Line("so-lieu.csv", PROBLEMS.get(0)));
		assertThat(lines.get(1).problem()).isEqualTo(new Problem(Problem.Severity.ERROR, "Trang 1", 10, "Giá trị", "'-3",
				"Giá trị âm (-3): số liệu báo cáo không thể âm", "value.negative"));
		assertThat(lines.get(2).problem().value()).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(RejectReport.read(RejectReport.create(dir.resolve("empty.csv")).file())).isEmpty();
	}
}
