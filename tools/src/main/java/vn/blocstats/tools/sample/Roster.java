package vn.blocstats.tools.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

import vn.blocstats.tools.sample.Unit.Group;

/**
 * The grassroots organisations of one bloc: the agencies, public-service units and enterprises a
 * province has, named as offices name them, with exactly the committee's number of đảng bộ cơ sở and
 * chi bộ cơ sở on 30/6/2022; before that, a few units that were merged (the preventive-medicine
 * centres into the Centre for Disease Control on 1/1/2019, as NQ 19-NQ/TW had it) or dissolved.
 */
final class Roster {

	static final LocalDate REFERENCE = LocalDate.of(2022, 6, 30);

	private static final String[][] PARTY = {
			{"Văn phòng Tỉnh ủy", "B"}, {"Ban Tổ chức Tỉnh ủy", "S"}, {"Ban Tuyên giáo Tỉnh ủy", "S"}, {"Ban Dân vận Tỉnh ủy", "S"},
			{"Ban Nội chính Tỉnh ủy", "S"}, {"Ủy ban Kiểm tra Tỉnh ủy", "S"}, {"Trường Chính trị tỉnh", "B"}, {"Báo {p}", "B"},
			{"Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "S"}, {"Hội Nông dân tỉnh", "S"}, {"Hội Liên hiệp Phụ nữ tỉnh", "S"},
			{"Tỉnh đoàn", "S"}, {"Liên đoàn Lao động tỉnh", "B"}, {"Hội Cựu chiến binh tỉnh", "S"}, {"Văn phòng Đoàn ĐBQH và HĐND tỉnh", "B"},
			{"Tòa án nhân dân tỉnh", "B"}, {"Viện Kiểm sát nhân dân tỉnh", "B"}, {"Liên minh Hợp tác xã tỉnh", "S"},
			{"Hội Chữ thập đỏ tỉnh", "S"}, {"Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "S"}};
	private static final String[][] STATE = {
			{"Văn phòng UBND tỉnh", "B"}, {"Sở Kế hoạch và Đầu tư", "B"}, {"Sở Tài chính", "B"}, {"Sở Nội vụ", "B"}, {"Sở Tư pháp", "B"},
			{"Sở Công Thương", "B"}, {"Sở Nông nghiệp và Phát triển nông thôn", "B"}, {"Sở Tài nguyên và Môi trường", "B"},
			{"Sở Giao thông vận tải", "B"}, {"Sở Xây dựng", "B"}, {"Sở Y tế", "B"}, {"Sở Giáo dục và Đào tạo", "B"},
			{"Sở Lao động - Thương binh và Xã hội", "B"}, {"Sở Văn hóa, Thể thao và Du lịch", "B"}, {"Sở Khoa học và Công nghệ", "B"},
			{"Sở Thông tin và Truyền thông", "B"}, {"Sở Ngoại vụ", "S"}, {"Thanh tra tỉnh", "S"}, {"Ban Dân tộc tỉnh", "S"},
			{"Ban Quản lý các khu công nghiệp", "B"}, {"Cục Thuế tỉnh", "B"}, {"Kho bạc Nhà nước tỉnh", "B"}, {"Bảo hiểm xã hội tỉnh", "B"},
			{"Cục Thống kê tỉnh", "S"}, {"Cục Thi hành án dân sự tỉnh", "B"}, {"Ngân hàng Nhà nước Chi nhánh tỉnh", "S"},
			{"Cục Quản lý thị trường tỉnh", "B"}, {"Chi cục Kiểm lâm", "B"}, {"Chi cục Thủy lợi", "S"}, {"Chi cục Tiêu chuẩn Đo lường Chất lượng", "S"}};
	private static final String[][] PUBLIC = {
			{"Bệnh viện Đa khoa tỉnh", "B"}, {"Bệnh viện Y học cổ truyền", "B"}, {"Bệnh viện Lao và Bệnh phổi", "B"},
			{"Bệnh viện Tâm thần", "S"}, {"Bệnh viện Phục hồi chức năng", "S"}, {"Bệnh viện Sản - Nhi", "B"}, {"Bệnh viện Mắt", "S"},
			{"Trung tâm Kiểm soát bệnh tật tỉnh", "B"}, {"Đài Phát thanh và Truyền hình {p}", "B"}, {"Trường Cao đẳng Y tế", "B"},
			{"Trường Cao đẳng Sư phạm", "B"}, {"Trường Cao đẳng Nghề", "B"}, {"Trung tâm Dịch vụ việc làm", "S"},
			{"Trung tâm Khuyến nông", "S"}, {"Trung tâm Quan trắc tài nguyên và môi trường", "S"}, {"Văn phòng Đăng ký đất đai", "B"},
			{"Trung tâm Phát triển quỹ đất", "S"}, {"Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp", "S"},
			{"Ban Quản lý dự án đầu tư xây dựng công trình giao thông", "S"}, {"Quỹ Đầu tư phát triển tỉnh", "S"},
			{"Trung tâm Xúc tiến đầu tư, thương mại và du lịch", "S"}, {"Thư viện tỉnh", "S"}, {"Bảo tàng tỉnh", "S"},
			{"Trung tâm Văn hóa tỉnh", "S"}, {"Trung tâm Huấn luyện và Thi đấu thể dục thể thao", "S"},
			{"Trung tâm Công nghệ thông tin và Truyền thông", "S"}, {"Trung tâm Kiểm định chất lượng công trình xây dựng", "S"},
			{"Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "S"}, {"Trung tâm Bảo trợ xã hội", "S"},
			{"Cơ sở Cai nghiện ma túy", "S"}, {"Trung tâm Giám định y khoa", "S"}, {"Trung tâm Pháp y", "S"},
			{"Trung tâm Trợ giúp pháp lý nhà nước", "S"}, {"Trung tâm Dịch vụ đấu giá tài sản", "S"}, {"Trung tâm Hành chính công tỉnh", "S"},
			{"Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "S"}, {"Đoàn Nghệ thuật truyền thống", "S"},
			{"Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm", "S"}, {"Trung tâm Điều dưỡng người có công", "S"},
			{"Trường Cao đẳng Kinh tế - Kỹ thuật", "B"}, {"Trường Trung cấp Văn hóa Nghệ thuật", "S"}};
	private static final String[][] ENTERPRISE = {
			{"Công ty Điện lực {p}", "B"}, {"Viễn thông {p}", "B"}, {"Bưu điện tỉnh", "B"}, {"Viettel {p}", "B"},
			{"Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh tỉnh", "B"}, {"Ngân hàng TMCP Ngoại thương Chi nhánh {p}", "B"},
			{"Ngân hàng TMCP Đầu tư và Phát triển Chi nhánh {p}", "B"}, {"Ngân hàng TMCP Công thương Chi nhánh {p}", "B"},
			{"Ngân hàng Chính sách xã hội Chi nhánh tỉnh", "B"}, {"Công ty Xăng dầu {p}", "B"}, {"Công ty Xổ số kiến thiết {p}", "S"},
			{"Công ty TNHH MTV Khai thác công trình thủy lợi", "B"}, {"Công ty Cổ phần Cấp thoát nước {p}", "B"},
			{"Công ty Cổ phần Môi trường đô thị {p}", "B"}, {"Bảo Việt {p}", "S"}, {"Công ty Cổ phần Dược phẩm {p}", "B"},
			{"Công ty Cổ phần Sách và Thiết bị trường học", "S"}, {"Công ty Cổ phần In {p}", "S"}};
	private static final String[] COMPANY_KINDS = {"Công ty Cổ phần", "Công ty TNHH", "Công ty TNHH MTV"};
	private static final String[] SECTORS = {"May", "Xây dựng", "Cơ khí", "Vận tải", "Thương mại", "Tư vấn thiết kế", "Chế biến nông sản",
			"Vật liệu xây dựng", "Xuất nhập khẩu", "Đầu tư và Phát triển nhà", "Dệt", "Giống cây trồng", "Du lịch", "Kỹ thuật điện",
			"Công trình giao thông", "Thực phẩm", "Gỗ", "Bao bì", "Phân bón", "Thức ăn chăn nuôi", "Cơ điện lạnh", "Khoáng sản"};
	/** The preventive-medicine centres merged into the Centre for Disease Control on 1/1/2019. */
	private static final String[] CDC_PARTS = {"Trung tâm Y tế dự phòng tỉnh", "Trung tâm Phòng, chống HIV/AIDS",
			"Trung tâm Chăm sóc sức khỏe sinh sản", "Trung tâm Truyền thông - Giáo dục sức khỏe", "Trung tâm Phòng chống sốt rét"};

	private Roster() {
	}

	/** The units of {@code c}, coded {@code <committee>-001} on in a stable order. */
	static List<Unit> of(Committee c, SplittableRandom random) {
		List<Candidate> pool = new ArrayList<>();
		add(pool, PARTY, Group.PARTY, c);
		add(pool, STATE, Group.STATE, c);
		add(pool, PUBLIC, Group.PUBLIC, c);
		if (c.enterprises()) {
			add(pool, ENTERPRISE, Group.ENTERPRISE, c);
		}
		int wantB = c.committeesAt2022();
		int wantS = c.cellsAt2022();
		List<Candidate> bigs = new ArrayList<>(pool.stream().filter(p -> p.big).toList());
		List<Candidate> smalls = new ArrayList<>(pool.stream().filter(p -> !p.big).toList());
		// Trim or fill each kind to the wanted count; fill with enterprises (CCQ&DN) or public units.
		while (bigs.size() > wantB) {
			Candidate moved = bigs.removeLast();
			smalls.add(new Candidate(moved.name, moved.group, false));
		}
		LinkedHashSet<String> names = new LinkedHashSet<>();
		pool.forEach(p -> names.add(p.name));
		while (bigs.size() < wantB) {
			bigs.add(new Candidate(company(c, random, names), Group.ENTERPRISE, true));
		}
		while (smalls.size() > wantS) {
			smalls.remove(random.nextInt(smalls.size()));
		}
		while (smalls.size() < wantS) {
			smalls.add(new Candidate(company(c, random, names), c.enterprises() ? Group.ENTERPRISE : Group.PUBLIC, false));
		}
		List<Candidate> all = new ArrayList<>(bigs);
		all.addAll(smalls);
		all.sort((a, b) -> Integer.compare(order(a), order(b)));

		List<Unit> units = new ArrayList<>();
		String cdcCode = null;
		int n = 0;
		for (Candidate p : all) {
			String code = c.code() + "-" + String.format("%03d", ++n);
			boolean big = p.big;
			int size = big ? 35 + (int) Math.round(Math.exp(random.nextDouble(0, Math.log(6.5))) * 30) : 7 + random.nextInt(24);
			int sub = big ? 3 + random.nextInt(big && size > 120 ? 10 : 5) : 0;
			LocalDate from = null;
			if (p.name.startsWith("Trung tâm Kiểm soát bệnh tật")) {
				from = LocalDate.of(2019, 1, 1);
				cdcCode = code;
			}
			else if (p.group == Group.ENTERPRISE && !big && random.nextInt(5) == 0) {
				from = LocalDate.of(2011 + random.nextInt(9), 1 + random.nextInt(12), 1);
			}
			List<String> listed = List.of();
			if (big && n % 9 == 2) {
				List<String> cells = new ArrayList<>();
				for (int i = 1; i <= sub; i++) {
					cells.add("Chi bộ " + cellName(p.name, i));
				}
				listed = List.copyOf(cells);
			}
			units.add(new Unit(code, (big ? "Đảng bộ " : "Chi bộ ") + p.name, big, p.group, from, null, null, size, sub, listed));
		}
		// Units that ended before 30/6/2022: preventive-medicine centres merged into the CDC, a few enterprises dissolved.
		int merged = c.code().startsWith("56") ? 5 : 3;
		for (int i = 0; i < merged; i++) {
			String code = c.code() + "-" + String.format("%03d", ++n);
			units.add(new Unit(code, "Chi bộ " + CDC_PARTS[i], false, Group.PUBLIC, null, LocalDate.of(2018, 12, 31), cdcCode,
					10 + random.nextInt(18), 0, List.of()));
		}
		for (int i = 0; i < 2; i++) {
			String code = c.code() + "-" + String.format("%03d", ++n);
			String name = c.enterprises() ? company(c, random, names) : PUBLIC_ENDED[i];
			units.add(new Unit(code, "Chi bộ " + name, false, c.enterprises() ? Group.ENTERPRISE : Group.PUBLIC, null,
					LocalDate.of(2015 + 2 * i, 12, 31), null, 8 + random.nextInt(12), 0, List.of()));
		}
		return List.copyOf(units);
	}

	private static final String[] PUBLIC_ENDED = {"Trung tâm Tin học và Thông tin khoa học công nghệ", "Ban Quản lý dự án nông nghiệp"};

	private static String cellName(String parent, int i) {
		if (parent.startsWith("Bệnh viện")) {
			return new String[] {"Khoa Nội", "Khoa Ngoại", "Khoa Hồi sức cấp cứu", "Khoa Nhi", "Khoa Sản", "Khoa Xét nghiệm", "Khoa Dược",
					"Phòng Kế hoạch tổng hợp", "Phòng Tổ chức cán bộ", "Khoa Khám bệnh", "Khoa Truyền nhiễm", "Khoa Chẩn đoán hình ảnh",
					"Khoa Y học cổ truyền", "Phòng Tài chính kế toán"}[(i - 1) % 14];
		}
		return new String[] {"Văn phòng", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ 1", "Phòng Nghiệp vụ 2",
				"Phòng Thanh tra", "Phòng Tổng hợp", "Phòng Kiểm tra", "Đội Quản lý số 1", "Đội Quản lý số 2", "Đội Quản lý số 3",
				"Phòng Pháp chế", "Phòng Hành chính - Quản trị", "Trung tâm trực thuộc"}[(i - 1) % 14];
	}

	private static int order(Candidate c) {
		return c.group.ordinal() * 2 + (c.big ? 0 : 1);
	}

	private static void add(List<Candidate> pool, String[][] rows, Group group, Committee c) {
		for (String[] r : rows) {
			pool.add(new Candidate(r[0].replace("{p}", c.place()), group, r[1].equals("B")));
		}
	}

	private static String company(Committee c, SplittableRandom random, LinkedHashSet<String> names) {
		while (true) {
			String name = COMPANY_KINDS[random.nextInt(COMPANY_KINDS.length)] + " " + SECTORS[random.nextInt(SECTORS.length)] + " "
					+ c.towns().get(random.nextInt(c.towns().size()));
			if (names.add(name)) {
				return name;
			}
		}
	}

	private record Candidate(String name, Group group, boolean big) {
	}
}
