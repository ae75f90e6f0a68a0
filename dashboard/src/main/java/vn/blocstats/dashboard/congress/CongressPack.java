package vn.blocstats.dashboard.congress;

import java.util.List;
import java.util.Locale;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.warehouse.figures.FigureQueries.Term;

/**
 * What a congress pack says, before it is written as DOCX ({@link PackDocx}) or PDF
 * ({@link PackPdf}): a heading, an introduction, the targets section (the summary sentence, a
 * sentence per target, the attainment chart) and the section of the key metrics year by year.
 * Figures are numbered in order through the pack.
 *
 * @param sentences one per target ("kết nạp 2.096 đảng viên mới, đạt 104,8% chỉ tiêu nghị quyết …")
 * @param notice a demo warehouse's "Dữ liệu mẫu — số liệu giả lập …", on every page (its header in
 *        Word, its foot in the PDF); empty for a real warehouse
 */
public record CongressPack(String committeeName, Term term, Locale locale, String heading, String subheading, String intro,
		String targetsSection, String summary, List<String> sentences, List<Figure> targetFigures, String chartsSection,
		List<Figure> chartFigures, java.util.Optional<String> notice) {

	/**
	 * A numbered chart of the pack.
	 *
	 * @param caption "Biểu đồ 2. Kết nạp đảng viên mới, nhiệm kỳ 2015–2020"
	 * @param source "Nguồn: Đảng bộ Khối …"
	 * @param tableCaption "Bảng số liệu của biểu đồ 2"
	 */
	public record Figure(int number, String caption, String source, String tableCaption, ChartDocument document) {
	}

	/** Every figure, in order. */
	public List<Figure> figures() {
		return java.util.stream.Stream.concat(targetFigures.stream(), chartFigures.stream()).toList();
	}
}
