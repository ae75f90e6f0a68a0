package vn.blocstats.warehouse.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.blocstats.warehouse.Warehouse;

class TextKeyTests {

	@TempDir
	Path dir;

	@Test
	void header_spellings_of_one_label_share_a_key() {
		assertThat(TextKey.key("Mã đơn vị")).isEqualTo("ma_don_vi");
		assertThat(TextKey.key("MA DON VI")).isEqualTo("ma_don_vi");
		assertThat(TextKey.key(" ma_don_vi ")).isEqualTo("ma_don_vi");
		assertThat(TextKey.key("Tinh giản biên chế - cơ quan Đảng"))
			.isEqualTo(TextKey.key("Tinh giản biên chế — cơ quan Đảng"));
		assertThat(TextKey.key(Normalizer.normalize("Kết nạp đảng viên mới", Normalizer.Form.NFD)))
			.isEqualTo("ket_nap_dang_vien_moi");
	}

	@Test
	void nfc_composes_decomposed_text() {
		String nfd = Normalizer.normalize("Đảng ủy Khối", Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo("Đảng ủy Khối");
		assertThat(TextKey.nfc(nfd)).isEqualTo("Đảng ủy Khối");
	}

	@Test
	void fold_drops_case_and_diacritics_but_keeps_punctuation() {
		assertThat(TextKey.fold("Quý I / 2020")).isEqualTo("quy i / 2020");
		assertThat(TextKey.fold("ĐẢNG ỦY – Khối")).isEqualTo("dang uy – khoi");
		assertThat(TextKey.fold(Normalizer.normalize("Tính đến", Normalizer.Form.NFD))).isEqualTo("tinh den");
	}

	@Test
	void nfc_trims_no_break_and_thin_spaces_as_well() {
		assertThat(TextKey.nfc("\u00A0 Quý I/2020\u202F\u2009")).isEqualTo("Quý I/2020");
		assertThat(TextKey.nfc("\uFEFFMã đơn vị")).isEqualTo("Mã đơn vị");
		assertThat(TextKey.nfc("2\u00A0096")).isEqualTo("2\u00A0096");
	}

	@Test
	void java_and_sql_keys_agree() throws Exception {
		List<String> samples = List.of("Mã đơn vị", "ĐẢNG VIÊN DỰ BỊ", "Tỷ trọng", "Hiệu lực đến", "Kết nạp (ĐV)",
				"Ưu tú / ưu tú", "Quý I/2020", "  Số  ĐV kết nạp  ", "Giảm phòng, giảm chi cục", "Lý luận chính trị",
				Normalizer.normalize("Chuyển sinh hoạt đảng đến", Normalizer.Form.NFD), "Tổng cộng", "ử ữ ự ỳ ỵ ỷ ỹ");
		try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb")); DuckDBConnection c = w.connection();
				PreparedStatement ps = c.prepareStatement("SELECT text_key(?)")) {
			for (String s : samples) {
				ps.setString(1, s);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					assertThat(rs.getString(1)).as(s).isEqualTo(TextKey.key(s));
				}
			}
		}
	}
}
