package vn.blocstats.tools.sample;

import static vn.blocstats.tools.sample.OutputFormat.CSV_UTF8_BOM;
import static vn.blocstats.tools.sample.OutputFormat.CSV_TCVN3;
import static vn.blocstats.tools.sample.OutputFormat.CSV_UTF8_SEMICOLON;
import static vn.blocstats.tools.sample.OutputFormat.CSV_VNI;
import static vn.blocstats.tools.sample.OutputFormat.CSV_WINDOWS_1258;
import static vn.blocstats.tools.sample.OutputFormat.UNICODE_TEXT;
import static vn.blocstats.tools.sample.OutputFormat.WIDE_XLS;
import static vn.blocstats.tools.sample.OutputFormat.WIDE_XLSX;
import static vn.blocstats.tools.sample.OutputFormat.XLS;
import static vn.blocstats.tools.sample.OutputFormat.XLSX;
import static vn.blocstats.tools.sample.OutputFormat.XLS_VNTIME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import vn.blocstats.tools.sample.Notation.Labels;
import vn.blocstats.tools.sample.Notation.Periods;

/**
 * Which committee, table and period goes into which file and format — the way offices send them:
 * each bloc's reference data and figures spread over CSV in every encoding and over workbooks, a
 * few files cumulative, a first report of 6 tháng đầu năm 2022 and its corrected resend (Nam Định),
 * a supplement with bad rows (Lâm Đồng), offices' own wide-form reports of a half-year (Nam Định,
 * Thái Bình: those halves' flows are in the report only) and old files typed in the legacy font
 * encodings TCVN3 and VNI (Khánh Hòa, Thái Bình, Lâm Đồng). Every figure is in exactly one file.
 * Files sort in the order they were sent.
 */
final class SamplePlan {

	static final int Y2010 = 0;
	static final int H2014 = new Half(2014, 2).index();
	static final int H2015 = new Half(2015, 1).index();
	static final int H2019 = new Half(2019, 2).index();
	static final int H2020 = new Half(2020, 1).index();
	static final int LAST = Half.COUNT - 1;

	private static final Notation VI_LABEL_LONG = new Notation(false, Labels.LABEL, Periods.LONG, false);
	private static final Notation VI_ALIAS_SHORT = new Notation(false, Labels.ALIAS, Periods.SHORT, false);
	private static final Notation VI_CODE_SHORT = new Notation(false, Labels.CODE, Periods.SHORT, false);
	private static final Notation VI_ALIAS_DOTTED = new Notation(false, Labels.ALIAS, Periods.DOTTED, false);
	private static final Notation EN_CODE_SHORT = new Notation(true, Labels.CODE, Periods.SHORT, false);
	private static final Notation VI_LABEL_LONG_BASIS = new Notation(false, Labels.LABEL, Periods.LONG, true);

	private SamplePlan() {
	}

	static List<PlannedFile> of(SampleModel model) {
		List<PlannedFile> files = new ArrayList<>();
		files.add(new PlannedFile("00-chung/01-tinh-va-dang-bo-2025.csv", CSV_UTF8_BOM,
				List.of(new Table("Đơn vị", SampleModel.UNIT_HEADER, model.commonUnits()))));
		files.add(new PlannedFile("00-chung/02-nhiem-ky-2025-2030.csv", CSV_UTF8_SEMICOLON,
				List.of(new Table("Nhiệm kỳ", SampleModel.TERM_HEADER, model.terms2025()))));
		binhDuong(model, files);
		namDinh(model, files);
		thaiBinh(model, files);
		khanhHoa(model, files);
		lamDong(model, files);
		return List.copyOf(files);
	}

	private static void binhDuong(SampleModel m, List<PlannedFile> files) {
		Committee c = Committees.BINH_DUONG;
		CommitteeSeries s = m.of(c);
		reference(m, c, files, CSV_UTF8_BOM, CSV_UTF8_SEMICOLON, XLSX, false);
		figures(files, c, "so-lieu-co-so-2010-2014", UNICODE_TEXT, VI_LABEL_LONG, m.unitFigures(s, Y2010, H2014, all()));
		figures(files, c, "so-lieu-co-so-2015-2019", CSV_UTF8_BOM, VI_ALIAS_SHORT, m.unitFigures(s, H2015, H2019, all()));
		figures(files, c, "so-lieu-co-so-2020-2025", CSV_WINDOWS_1258, VI_LABEL_LONG, m.unitFigures(s, H2020, LAST, all()));
		files.add(new PlannedFile(path(c, "xep-loai-2010-2025.xls"), XLS, ratingSheets(m, s, VI_LABEL_LONG)));
		files.add(new PlannedFile(path(c, "dang-uy-khoi-2010-2024.xlsx"), XLSX,
				List.of(EN_CODE_SHORT.table("Đảng ủy Khối", m.ownFigures(s, Y2010, LAST)))));
		files.add(new PlannedFile(path(c, "ket-nap-luy-ke-nhiem-ky-2015-2020.csv"), CSV_UTF8_SEMICOLON,
				List.of(VI_LABEL_LONG_BASIS.table("Lũy kế", m.cumulativeAdmissions(s, Calibration.TERM_2015_FROM,
						Calibration.TERM_2015_TO, "Báo cáo chính trị trình Đại hội VII")))));
	}

	private static void namDinh(SampleModel m, List<PlannedFile> files) {
		Committee c = Committees.NAM_DINH;
		CommitteeSeries s = m.of(c);
		reference(m, c, files, XLSX, XLS, CSV_WINDOWS_1258, true);
		int h1of2022 = new Half(2022, 1).index();
		figures(files, c, "so-lieu-co-so-2010-2014", CSV_UTF8_SEMICOLON, VI_CODE_SHORT, m.unitFigures(s, Y2010, H2014, all()));
		figures(files, c, "so-lieu-co-so-2015-2019", UNICODE_TEXT, VI_LABEL_LONG, m.unitFigures(s, H2015, H2019, all()));
		List<Figure> recent = new ArrayList<>(m.unitFigures(s, H2020, h1of2022 - 1, all()));
		recent.addAll(m.unitFigures(s, h1of2022 + 1, LAST, all()));
		// 6 tháng cuối năm 2021: the office's own report, its units by name.
		Half h2of2021 = new Half(2021, 2);
		figures(files, c, "so-lieu-co-so-2020-2025", CSV_UTF8_BOM, VI_ALIAS_DOTTED, withoutReported(recent, h2of2021));
		files.add(wideReport(m, c, s, h2of2021, LocalDate.of(2022, 1, 12), WIDE_XLSX, false));
		// 6 tháng đầu năm 2022: sent on 8/7 with mistakes in three units' reports, resent corrected on 22/7.
		List<Figure> h1 = m.unitFigures(s, h1of2022, h1of2022, all());
		List<String> wrong = s.units.stream().filter(Unit::committee).limit(3).map(Unit::code).toList();
		List<Figure> firstSend = new ArrayList<>();
		List<Figure> resend = new ArrayList<>();
		for (Figure f : h1) {
			if (wrong.contains(f.org())) {
				resend.add(f);
				boolean mistaken = f.metric().equals("admissions") || f.metric().equals("candidates_trained");
				firstSend.add(mistaken ? new Figure(f.org(), f.span(), f.metric(), f.value() + 2) : f);
			}
			else {
				firstSend.add(f);
			}
		}
		files.add(new PlannedFile(path(c, "2022-07-08 bao-cao-6-thang-dau-nam-2022.xlsx"), XLSX,
				List.of(VI_LABEL_LONG.table("6 tháng đầu năm 2022", firstSend))));
		files.add(new PlannedFile(path(c, "2022-07-22 bao-cao-6-thang-dau-nam-2022-gui-lai.csv"), CSV_UTF8_BOM,
				List.of(VI_LABEL_LONG.table("Gửi lại", resend))));
		files.add(new PlannedFile(path(c, "xep-loai-2010-2025.csv"), CSV_WINDOWS_1258,
				List.of(VI_ALIAS_SHORT.table("Xếp loại", m.ratingFigures(s, 2010, 2025)))));
		files.add(new PlannedFile(path(c, "dang-uy-khoi-2010-2024.csv"), CSV_UTF8_SEMICOLON,
				List.of(VI_LABEL_LONG.table("Đảng ủy Khối", m.ownFigures(s, Y2010, LAST)))));
	}

	private static void thaiBinh(SampleModel m, List<PlannedFile> files) {
		Committee c = Committees.THAI_BINH;
		CommitteeSeries s = m.of(c);
		reference(m, c, files, UNICODE_TEXT, CSV_UTF8_BOM, XLSX, false);
		figures(files, c, "so-lieu-co-so-2010-2014", CSV_VNI, VI_ALIAS_SHORT, m.unitFigures(s, Y2010, H2014, all()));
		List<Table> years = new ArrayList<>();
		for (int y = 2015; y <= 2019; y++) {
			years.add(VI_LABEL_LONG.table("Năm " + y, m.unitFigures(s, new Half(y, 1).index(), new Half(y, 2).index(), all())));
		}
		files.add(new PlannedFile(path(c, "so-lieu-co-so-2015-2019.xlsx"), XLSX, years));
		// 2023: the office's own reports, by name (.xls) and by code and name (.xlsx).
		Half h1of2023 = new Half(2023, 1);
		Half h2of2023 = new Half(2023, 2);
		figures(files, c, "so-lieu-co-so-2020-2025", CSV_UTF8_SEMICOLON, VI_CODE_SHORT,
				withoutReported(withoutReported(m.unitFigures(s, H2020, LAST, all()), h1of2023), h2of2023));
		files.add(wideReport(m, c, s, h1of2023, LocalDate.of(2023, 7, 10), WIDE_XLS, false));
		files.add(wideReport(m, c, s, h2of2023, LocalDate.of(2024, 1, 9), WIDE_XLSX, true));
		files.add(new PlannedFile(path(c, "xep-loai-2010-2025.xls"), XLS, ratingSheets(m, s, VI_ALIAS_SHORT)));
		files.add(new PlannedFile(path(c, "dang-uy-khoi-2010-2024.txt"), UNICODE_TEXT,
				List.of(VI_ALIAS_SHORT.table("Đảng ủy Khối", m.ownFigures(s, Y2010, LAST)))));
	}

	private static void khanhHoa(SampleModel m, List<PlannedFile> files) {
		Committee c = Committees.KHANH_HOA;
		CommitteeSeries s = m.of(c);
		reference(m, c, files, XLS, XLSX, UNICODE_TEXT, false);
		figures(files, c, "so-lieu-co-so-2010-2014", CSV_TCVN3, VI_LABEL_LONG, m.unitFigures(s, Y2010, H2014, all()));
		figures(files, c, "so-lieu-co-so-2015-2019", CSV_WINDOWS_1258, VI_ALIAS_DOTTED, m.unitFigures(s, H2015, H2019, all()));
		// Term 2020–2025: admissions are reported cumulative since the congress (H2/2020 … H2/2024), in a file of their own.
		int from = new Half(2020, 2).index();
		int to = new Half(2024, 2).index();
		List<Figure> recent = new ArrayList<>();
		for (Figure f : m.unitFigures(s, H2020, LAST, all())) {
			boolean cumulative = f.metric().equals("admissions") && f.span().kind() == Span.Kind.HALF
					&& new Half(f.span().year(), f.span().half()).index() >= from && new Half(f.span().year(), f.span().half()).index() <= to;
			if (!cumulative) {
				recent.add(f);
			}
		}
		figures(files, c, "so-lieu-co-so-2020-2025", UNICODE_TEXT, VI_LABEL_LONG, recent);
		files.add(new PlannedFile(path(c, "ket-nap-luy-ke-nhiem-ky-2020-2025.csv"), CSV_UTF8_SEMICOLON,
				List.of(VI_LABEL_LONG_BASIS.table("Lũy kế", m.unitCumulativeAdmissions(s, from, to)))));
		files.add(new PlannedFile(path(c, "xep-loai-2010-2025.xlsx"), XLSX, ratingSheets(m, s, VI_LABEL_LONG)));
		files.add(new PlannedFile(path(c, "dang-uy-khoi-2010-2024.csv"), CSV_UTF8_SEMICOLON,
				List.of(VI_CODE_SHORT.table("Đảng ủy Khối", m.ownFigures(s, Y2010, LAST)))));
	}

	private static void lamDong(SampleModel m, List<PlannedFile> files) {
		Committee c = Committees.LAM_DONG;
		CommitteeSeries s = m.of(c);
		reference(m, c, files, CSV_WINDOWS_1258, UNICODE_TEXT, CSV_UTF8_BOM, false);
		List<Table> years = new ArrayList<>();
		for (int y = 2010; y <= 2014; y++) {
			years.add(VI_ALIAS_SHORT.table("Năm " + y, m.unitFigures(s, new Half(y, 1).index(), new Half(y, 2).index(), all())));
		}
		files.add(new PlannedFile(path(c, "so-lieu-co-so-2010-2014.xls"), XLS_VNTIME, years));
		figures(files, c, "so-lieu-co-so-2015-2019", CSV_UTF8_SEMICOLON, VI_LABEL_LONG, m.unitFigures(s, H2015, H2019, all()));
		figures(files, c, "so-lieu-co-so-2020-2025", CSV_UTF8_BOM, EN_CODE_SHORT, m.unitFigures(s, H2020, LAST, all()));
		files.add(new PlannedFile(path(c, "xep-loai-2010-2025.txt"), UNICODE_TEXT,
				List.of(VI_ALIAS_DOTTED.table("Xếp loại", m.ratingFigures(s, 2010, 2025)))));
		files.add(new PlannedFile(path(c, "dang-uy-khoi-2010-2024.xls"), XLS,
				List.of(VI_LABEL_LONG.table("Đảng ủy Khối", m.ownFigures(s, Y2010, LAST)))));
		files.add(new PlannedFile(path(c, "2024-01-10 bo-sung-6-thang-cuoi-nam-2023.csv"), CSV_UTF8_BOM,
				List.of(BadRows.supplement(m, s))));
	}

	private static void reference(SampleModel m, Committee c, List<PlannedFile> files, OutputFormat units, OutputFormat terms,
			OutputFormat targets, boolean englishUnits) {
		files.add(new PlannedFile(path(c, "01-don-vi." + units.extension), units,
				List.of(new Table("Đơn vị", englishUnits ? SampleModel.UNIT_HEADER_EN : SampleModel.UNIT_HEADER, m.blocUnits(c)))));
		files.add(new PlannedFile(path(c, "02-nhiem-ky." + terms.extension), terms,
				List.of(new Table("Nhiệm kỳ", SampleModel.TERM_HEADER, m.terms(c)))));
		files.add(new PlannedFile(path(c, "03-chi-tieu." + targets.extension), targets,
				List.of(new Table("Chỉ tiêu", SampleModel.TARGET_HEADER, m.targets(c)))));
	}

	private static void figures(List<PlannedFile> files, Committee c, String name, OutputFormat format, Notation notation,
			List<Figure> figures) {
		files.add(new PlannedFile(path(c, name + "." + format.extension), format, List.of(notation.table("Số liệu", figures))));
	}

	/**
	 * A committee's own report of its units' flows over one half-year, sent on {@code sent}, named
	 * {@code "<sent> bao-cao-6-thang-{dau,cuoi}-nam-<year>"}; the same flows must be left out of the
	 * long-form files ({@link #withoutReported}).
	 */
	private static PlannedFile wideReport(SampleModel m, Committee c, CommitteeSeries s, Half h, LocalDate sent, OutputFormat format,
			boolean codes) {
		Locale vi = Locale.forLanguageTag("vi");
		String committee = c.name().substring("Đảng bộ ".length(), c.name().lastIndexOf(" tỉnh ") + " tỉnh".length());
		String half = h.half() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ";
		Table.Heading heading = new Table.Heading("ĐẢNG BỘ " + c.provinceName().toUpperCase(vi), "ĐẢNG ỦY " + committee.toUpperCase(vi),
				String.format("%s, ngày %02d tháng %02d năm %d", c.place(), sent.getDayOfMonth(), sent.getMonthValue(), sent.getYear()),
				"BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG " + (half + h.year()).toUpperCase(vi));
		Table table = WideReportWriter.table("Tổng hợp", heading, s.units, h, codes,
				m.unitFigures(s, h.index(), h.index(), Metrics.UNIT_FLOWS::contains));
		String name = sent + " bao-cao-" + (h.half() == 1 ? "6-thang-dau-nam-" : "6-thang-cuoi-nam-") + h.year() + "." + format.extension;
		return new PlannedFile(path(c, name), format, List.of(table));
	}

	/** The figures but the flows of {@code h}, which an office's own report holds ({@link #wideReport}). */
	private static List<Figure> withoutReported(List<Figure> figures, Half h) {
		return figures.stream().filter(f -> !(f.span().kind() == Span.Kind.HALF && f.span().year() == h.year()
				&& f.span().half() == h.half() && Metrics.UNIT_FLOWS.contains(f.metric()))).toList();
	}

	private static List<Table> ratingSheets(SampleModel m, CommitteeSeries s, Notation notation) {
		return List.of(notation.table("Xếp loại 2010-2014", m.ratingFigures(s, 2010, 2014)),
				notation.table("Xếp loại 2015-2019", m.ratingFigures(s, 2015, 2019)),
				notation.table("Xếp loại 2020-2025", m.ratingFigures(s, 2020, 2025)));
	}

	private static String path(Committee c, String name) {
		return c.folder() + "/" + name;
	}

	private static Predicate<String> all() {
		return metric -> true;
	}
}
