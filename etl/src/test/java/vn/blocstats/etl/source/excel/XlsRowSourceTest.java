package vn.blocstats.etl.source.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.blocstats.etl.source.SourceTesting.fixture;
import static vn.blocstats.etl.source.SourceTesting.readAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.etl.source.RowSource;
import vn.blocstats.etl.source.UnreadableFileException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class XlsRowSourceTest {

	@TempDir
	Path dir;

	@Test
	void the_old_format_fixture_reads_to_the_same_cells_as_the_xlsx() throws Exception {
		ExcelFixture.assertFixtureRows(readAll(XlsRowSource.open(fixture("chi_tieu.xls"), "chi_tieu.xls")));
	}

	@Test
	void hidden_and_very_hidden_sheets_are_skipped_with_a_note() throws Exception {
		try (RowSource source = XlsRowSource.open(fixture("chi_tieu.xls"), "chi_tieu.xls")) {
			assertThat(source.notes()).containsExactly("Bỏ qua trang ẩn 'Ẩn'", "Bỏ qua trang ẩn 'Rất ẩn'");
		}
	}

	@Test
	void a_truncated_xls_is_refused_as_damaged() throws IOException {
		byte[] bytes = Files.readAllBytes(fixture("chi_tieu.xls"));
		Path file = dir.resolve("cut.xls");
		Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

		assertThatThrownBy(() -> XlsRowSource.open(file, "cut.xls"))
				.isInstanceOf(UnreadableFileException.class)
				.hasMessageStartingWith("cut.xls: Tệp Excel bị hỏng hoặc không đầy đủ");
	}
}
