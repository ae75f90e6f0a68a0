package vn.blocstats.tools.sample;

import java.time.LocalDate;
import java.util.List;

import vn.blocstats.tools.sample.Committee.Term;

/**
 * The five committees of the seed articles. Congress dates marked {@code assumed} are not given by
 * the seeds (sample-data/README.md lists them); those of 2015 lie before 1 July so that a half-year
 * belongs wholly to one term's cumulative reports.
 */
final class Committees {

	static final Committee BINH_DUONG = new Committee("74", "Tỉnh Bình Dương", "Bình Dương", "74-KCQDN",
			"Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Bình Dương", "74-binh-duong",
			List.of(new Term("V", "2010-2015", LocalDate.of(2010, 6, 24), true),
					new Term("VI", "2015-2020", LocalDate.of(2015, 6, 26), true),
					new Term("VII", "2020-2025", LocalDate.of(2020, 7, 14), false)),
			72, 58, true, LocalDate.of(2025, 1, 31), "79", "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh",
			List.of("Thủ Dầu Một", "Lái Thiêu", "Tân Uyên", "Bến Cát", "Dĩ An", "Phú Giáo", "Dầu Tiếng", "Bàu Bàng", "Phước Hòa",
					"Sóng Thần", "Mỹ Phước", "Chánh Nghĩa"));

	static final Committee NAM_DINH = new Committee("36", "Tỉnh Nam Định", "Nam Định", "36-KCQDN",
			"Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Nam Định", "36-nam-dinh",
			List.of(new Term("IV", "2010-2015", LocalDate.of(2010, 6, 17), true),
					new Term("V", "2015-2020", LocalDate.of(2015, 6, 18), true),
					new Term("VI", "2020-2025", LocalDate.of(2020, 7, 9), true)),
			80, 79, true, LocalDate.of(2025, 1, 31), "37", "Tỉnh Ninh Bình", "tỉnh Ninh Bình",
			List.of("Thành Nam", "Vị Hoàng", "Thiên Trường", "Sông Hồng", "Hải Hậu", "Giao Thủy", "Nghĩa Hưng", "Xuân Trường",
					"Ý Yên", "Trực Ninh", "Vụ Bản", "Mỹ Lộc", "Nam Trực", "Hòa Xá"));

	static final Committee THAI_BINH = new Committee("34", "Tỉnh Thái Bình", "Thái Bình", "34-KCQ",
			"Đảng bộ Khối các cơ quan tỉnh Thái Bình", "34-thai-binh",
			List.of(new Term("IV", "2010-2015", LocalDate.of(2010, 6, 10), true),
					new Term("V", "2015-2020", LocalDate.of(2015, 6, 11), true),
					new Term("VI", "2020-2025", LocalDate.of(2020, 8, 12), true)),
			35, 40, false, LocalDate.of(2025, 2, 5), "33", "Tỉnh Hưng Yên", "tỉnh Hưng Yên",
			List.of("Kiến Xương", "Vũ Thư", "Đông Hưng", "Quỳnh Phụ", "Hưng Hà", "Thái Thụy", "Tiền Hải"));

	static final Committee KHANH_HOA = new Committee("56", "Tỉnh Khánh Hòa", "Khánh Hòa", "56-KCQ",
			"Đảng bộ Khối các cơ quan tỉnh Khánh Hòa", "56-khanh-hoa",
			List.of(new Term("V", "2010-2015", LocalDate.of(2010, 6, 16), true),
					new Term("VI", "2015-2020", LocalDate.of(2015, 6, 17), true),
					new Term("VII", "2020-2025", LocalDate.of(2020, 7, 22), true)),
			40, 45, false, LocalDate.of(2025, 1, 31), "56", "Tỉnh Khánh Hòa", "tỉnh Khánh Hòa",
			List.of("Nha Trang", "Cam Ranh", "Ninh Hòa", "Vạn Ninh", "Diên Khánh", "Cam Lâm", "Khánh Vĩnh"));

	static final Committee LAM_DONG = new Committee("68", "Tỉnh Lâm Đồng", "Lâm Đồng", "68-KCQ",
			"Đảng bộ Khối các cơ quan tỉnh Lâm Đồng", "68-lam-dong",
			List.of(new Term("VI", "2010-2015", LocalDate.of(2010, 6, 22), true),
					new Term("VII", "2015-2020", LocalDate.of(2015, 6, 23), true),
					new Term("VIII", "2020-2025", LocalDate.of(2020, 8, 20), true)),
			42, 48, false, LocalDate.of(2025, 1, 31), "68", "Tỉnh Lâm Đồng", "tỉnh Lâm Đồng",
			List.of("Đà Lạt", "Bảo Lộc", "Đức Trọng", "Di Linh", "Lâm Hà", "Đơn Dương", "Lạc Dương", "Bảo Lâm"));

	static final List<Committee> ALL = List.of(BINH_DUONG, NAM_DINH, THAI_BINH, KHANH_HOA, LAM_DONG);

	/** Provinces that join a host on 1/7/2025 without being in the sample: code, name, host. */
	static final List<List<String>> JOINING = List.of(List.of("77", "Tỉnh Bà Rịa - Vũng Tàu", "79"), List.of("35", "Tỉnh Hà Nam", "37"),
			List.of("58", "Tỉnh Ninh Thuận", "56"), List.of("67", "Tỉnh Đắk Nông", "68"), List.of("60", "Tỉnh Bình Thuận", "68"));

	/** Congress "I" of the host provinces' new committees (term 2025–2030): all assumed, after the merger. */
	static final List<List<String>> CONGRESSES_2025 = List.of(List.of("79-DCQD", "2025-08-05"), List.of("79-DUB", "2025-08-07"),
			List.of("37-DCQD", "2025-08-12"), List.of("37-DUB", "2025-08-14"), List.of("33-DCQD", "2025-08-19"),
			List.of("33-DUB", "2025-08-21"), List.of("56-DCQD", "2025-08-08"), List.of("56-DUB", "2025-08-11"),
			List.of("68-DCQD", "2025-08-15"), List.of("68-DUB", "2025-08-18"));

	private Committees() {
	}
}
