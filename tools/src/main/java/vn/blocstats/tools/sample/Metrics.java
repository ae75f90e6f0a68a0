package vn.blocstats.tools.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The imported metrics of the catalog (V002__metric_catalog.sql) with the catalog's Vietnamese label
 * and one label an office might write instead (an alias of the catalog). Indicators are never
 * imported and are not here.
 */
final class Metrics {

	/** code → {catalog label, office alias}. */
	static final Map<String, List<String>> LABELS = labels();

	/** Metrics a grassroots organisation reports for itself. */
	static final List<String> UNIT_STOCKS = List.of("org_grassroots", "org_grassroots_committees", "org_grassroots_cells",
			"org_subordinate_cells", "members_total", "members_official", "members_probationary");
	static final List<String> UNIT_FLOWS = List.of("admissions", "recognitions", "transfers_in", "transfers_out",
			"residence_introductions", "removals", "deaths", "candidates_trained", "new_members_trained", "staff_reductions",
			"staff_reductions_party", "staff_reductions_state", "departments_reduced", "subdepartments_reduced", "units_dissolved",
			"units_merged", "deputies_reduced", "public_units_reduced");
	static final List<String> RATINGS = List.of("orgs_assessed", "orgs_excellent", "orgs_good", "orgs_complete", "orgs_incomplete",
			"members_assessed", "members_excellent", "members_good", "members_complete", "members_incomplete");
	/** Metrics the bloc committee itself runs and reports (classes it opens, cards, badges, schooling, awards, inspection). */
	static final List<String> COMMITTEE_FLOWS = List.of("candidate_classes", "new_member_classes", "cards_issued", "badges_awarded",
			"training_theory_senior", "training_theory_intermediate", "training_theory_elementary", "training_professional",
			"training_university", "awards_org", "awards_individual", "inspections", "supervisions", "discipline_cases");

	private Metrics() {
	}

	static String label(String code) {
		return LABELS.get(code).get(0);
	}

	static String alias(String code) {
		return LABELS.get(code).get(1);
	}

	private static Map<String, List<String>> labels() {
		String[][] rows = {
				{"org_grassroots", "Tổng số tổ chức cơ sở đảng (TCCSĐ)", "Tổng số TCCSĐ"},
				{"org_grassroots_committees", "Đảng bộ cơ sở", "Số đảng bộ cơ sở"},
				{"org_grassroots_cells", "Chi bộ cơ sở", "Số chi bộ cơ sở"},
				{"org_subordinate_cells", "Chi bộ trực thuộc", "Số chi bộ trực thuộc"},
				{"members_total", "Tổng số đảng viên", "Tổng số ĐV"},
				{"members_official", "Đảng viên chính thức", "ĐV chính thức"},
				{"members_probationary", "Đảng viên dự bị", "ĐV dự bị"},
				{"admissions", "Kết nạp đảng viên mới", "Số ĐV kết nạp"},
				{"recognitions", "Công nhận đảng viên chính thức", "Chuyển đảng chính thức"},
				{"cards_issued", "Phát thẻ đảng viên", "Phát thẻ ĐV"},
				{"badges_awarded", "Trao Huy hiệu Đảng", "Trao tặng Huy hiệu Đảng"},
				{"transfers_in", "Chuyển sinh hoạt đảng đến", "Chuyển sinh hoạt đến"},
				{"transfers_out", "Chuyển sinh hoạt đảng đi", "Chuyển sinh hoạt đi"},
				{"residence_introductions", "Giới thiệu sinh hoạt nơi cư trú", "Giới thiệu ĐV sinh hoạt nơi cư trú"},
				{"removals", "Xóa tên, cho ra khỏi Đảng, khai trừ", "Xóa tên"},
				{"deaths", "Đảng viên từ trần", "ĐV từ trần"},
				{"candidate_classes", "Lớp bồi dưỡng nhận thức về Đảng", "Lớp nhận thức về Đảng"},
				{"candidates_trained", "Quần chúng ưu tú được bồi dưỡng nhận thức về Đảng", "Bồi dưỡng nhận thức về Đảng"},
				{"new_member_classes", "Lớp bồi dưỡng đảng viên mới", "Lớp đảng viên mới"},
				{"new_members_trained", "Đảng viên mới được bồi dưỡng", "Bồi dưỡng đảng viên mới"},
				{"training_theory_senior", "Cao cấp lý luận chính trị", "Cao cấp LLCT"},
				{"training_theory_intermediate", "Trung cấp lý luận chính trị", "Trung cấp LLCT"},
				{"training_theory_elementary", "Sơ cấp lý luận chính trị", "Sơ cấp LLCT"},
				{"training_professional", "Bồi dưỡng chuyên môn, nghiệp vụ (lượt)", "Bồi dưỡng chuyên môn nghiệp vụ"},
				{"training_university", "Đào tạo đại học, sau đại học", "Đại học, sau đại học"},
				{"staff_reductions", "Tinh giản biên chế", "Tổng tinh giản biên chế"},
				{"staff_reductions_party", "Tinh giản biên chế — cơ quan Đảng, đoàn thể", "Tinh giản biên chế - cơ quan Đảng, đoàn thể"},
				{"staff_reductions_state", "Tinh giản biên chế — cơ quan QLNN, đơn vị sự nghiệp",
						"Tinh giản biên chế - cơ quan QLNN, đơn vị sự nghiệp"},
				{"departments_reduced", "Giảm phòng", "Số phòng giảm"},
				{"subdepartments_reduced", "Giảm chi cục", "Giảm chi cục"},
				{"units_dissolved", "Giải thể đơn vị", "Giải thể"},
				{"units_merged", "Sáp nhập, hợp nhất đơn vị", "Sáp nhập/hợp nhất đơn vị"},
				{"deputies_reduced", "Giảm cấp phó", "Giảm phó"},
				{"public_units_reduced", "Giảm đơn vị sự nghiệp", "Giảm ĐVSN"},
				{"orgs_assessed", "TCCSĐ được đánh giá, xếp loại", "TCCSĐ được đánh giá"},
				{"orgs_excellent", "TCCSĐ hoàn thành xuất sắc nhiệm vụ", "TCCSĐ HTXSNV"},
				{"orgs_good", "TCCSĐ hoàn thành tốt nhiệm vụ", "TCCSĐ HTTNV"},
				{"orgs_complete", "TCCSĐ hoàn thành nhiệm vụ", "TCCSĐ HTNV"},
				{"orgs_incomplete", "TCCSĐ không hoàn thành nhiệm vụ", "TCCSĐ KHTNV"},
				{"members_assessed", "Đảng viên được đánh giá, xếp loại", "ĐV được đánh giá"},
				{"members_excellent", "Đảng viên hoàn thành xuất sắc nhiệm vụ", "ĐV HTXSNV"},
				{"members_good", "Đảng viên hoàn thành tốt nhiệm vụ", "ĐV HTTNV"},
				{"members_complete", "Đảng viên hoàn thành nhiệm vụ", "ĐV HTNV"},
				{"members_incomplete", "Đảng viên không hoàn thành nhiệm vụ", "ĐV KHTNV"},
				{"awards_org", "Khen thưởng tổ chức", "Khen thưởng tập thể"},
				{"awards_individual", "Khen thưởng cá nhân", "Giấy khen cá nhân"},
				{"inspections", "Kiểm tra", "Kiểm tra đảng viên"},
				{"supervisions", "Giám sát", "Giám sát"},
				{"discipline_cases", "Thi hành kỷ luật", "Kỷ luật"}};
		Map<String, List<String>> m = new LinkedHashMap<>();
		for (String[] r : rows) {
			m.put(r[0], List.of(r[1], r[2]));
		}
		return m;
	}
}
