package vn.blocstats.dashboard.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an upload is named and stored: the client's name only shown, cleaned; the bytes counted and kept under a new name. */
class UploadServiceTests {

	@TempDir
	Path dir;

	private UploadService service(long maxBytes) {
		return new UploadService(null, vn.blocstats.etl.config.DataDirectory.of(dir.resolve("data/w.duckdb")), maxBytes);
	}

	@Test
	void a_display_name_is_nfc_without_control_or_format_characters_and_keeps_what_a_path_would_not() {
		// "Sở Y tế" typed with combining marks (NFD), a tab, a right-to-left override hiding ".exe"
		String nfd = java.text.Normalizer.normalize("Báo cáo Sở Y tế.xlsx", java.text.Normalizer.Form.NFD);
		assertThat(UploadService.displayName(nfd)).isEqualTo("Báo cáo Sở Y tế.xlsx");
		assertThat(UploadService.displayName(" a\tb\u0000c\u202Eexe.csv\n")).isEqualTo("abcexe.csv");
		assertThat(UploadService.displayName("../../etc/passwd.csv")).isEqualTo("../../etc/passwd.csv");
		assertThat(UploadService.displayName(null)).isEmpty();
	}

	@Test
	void a_long_display_name_is_cut_keeping_its_extension() {
		String name = UploadService.displayName("ả".repeat(300) + ".xlsx");

		assertThat(name.codePointCount(0, name.length())).isEqualTo(UploadService.MAX_NAME);
		assertThat(name).endsWith("ả….xlsx");
	}

	@Test
	void only_csv_xlsx_and_xls_are_accepted_whatever_their_case() {
		assertThat(UploadService.extension("so-lieu.CSV")).contains("csv");
		assertThat(UploadService.extension("bao-cao.Xlsx")).contains("xlsx");
		assertThat(UploadService.extension("cu.xls")).contains("xls");
		assertThat(UploadService.extension("bao-cao.txt")).isEmpty();
		assertThat(UploadService.extension("so-lieu.csv.exe")).isEmpty();
		assertThat(UploadService.extension(".csv")).isEmpty();
		assertThat(UploadService.extension("csv")).isEmpty();
	}

	@Test
	void a_file_is_stored_beside_the_warehouse_under_a_new_name_read_only() throws Exception {
		byte[] bytes = "Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị\n".getBytes(StandardCharsets.UTF_8);

		UploadService.Received r = service(1000).store("../../etc/passwd.CSV", bytes.length, new ByteArrayInputStream(bytes));

		assertThat(r.path().getParent()).isEqualTo(dir.resolve("data/uploads").toAbsolutePath());
		assertThat(r.path().getFileName().toString()).matches("[0-9a-f-]{36}\\.csv");
		assertThat(Files.readAllBytes(r.path())).isEqualTo(bytes);
		assertThat(Files.getPosixFilePermissions(r.path())).doesNotContain(PosixFilePermission.OWNER_WRITE);
		assertThat(r.name()).isEqualTo("../../etc/passwd.CSV");
		assertThat(r.size()).isEqualTo(bytes.length);
		assertThat(dir.resolve("etc")).doesNotExist();
	}

	@Test
	void a_file_over_the_limit_is_refused_even_when_it_announced_less_and_nothing_is_left() throws Exception {
		UploadService s = service(1000);

		assertThatThrownBy(() -> s.store("lon.csv", 10, new ByteArrayInputStream(new byte[1001])))
			.isInstanceOf(UploadService.Refused.class).hasMessage("upload.refused.size: lon.csv");
		assertThatThrownBy(() -> s.store("lon.csv", 5000, new ByteArrayInputStream(new byte[10])))
			.isInstanceOf(UploadService.Refused.class);
		assertThatThrownBy(() -> s.store("bao-cao.txt", 10, new ByteArrayInputStream(new byte[10])))
			.isInstanceOf(UploadService.Refused.class).hasMessage("upload.refused.type: bao-cao.txt");
		try (Stream<Path> files = Files.list(dir.resolve("data/uploads"))) {
			assertThat(files).isEmpty();
		}
		assertThat(s.store("vua.csv", 1000, new ByteArrayInputStream(new byte[1000])).size()).isEqualTo(1000);
	}

	/** Issue 11, finding 8: a check's report and an upload never loaded do not stay on disk after the server stops. */
	@Test
	void at_start_the_checks_reports_and_the_uploads_never_loaded_are_deleted_the_loaded_ones_kept() throws Exception {
		UploadService s = service(1000);
		byte[] bytes = "Mã đơn vị,Kỳ báo cáo,Chỉ tiêu,Giá trị\n".getBytes(StandardCharsets.UTF_8);
		UploadService.Received loaded = s.store("a.csv", bytes.length, new ByteArrayInputStream(bytes));
		UploadService.Received checked = s.store("b.xlsx", bytes.length, new ByteArrayInputStream(bytes));
		Path folder = loaded.path().getParent();
		String base = loaded.path().getFileName().toString().replace(".csv", "");
		Files.writeString(folder.resolve(base + ".bao-cao.csv"), "report");
		Files.writeString(folder.resolve("0f0e.kiem-tra.csv"), "check");
		Files.createDirectories(folder.resolve("20261207-101500-aaaa1111"));

		assertThat(s.removeAbandoned()).isEqualTo(2);

		assertThat(loaded.path()).exists();
		assertThat(folder.resolve(base + ".bao-cao.csv")).exists();
		assertThat(checked.path()).doesNotExist();
		assertThat(folder.resolve("0f0e.kiem-tra.csv")).doesNotExist();
		assertThat(folder.resolve("20261207-101500-aaaa1111")).isDirectory();
	}
}
