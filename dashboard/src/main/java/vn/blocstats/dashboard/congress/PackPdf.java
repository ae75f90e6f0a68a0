package vn.blocstats.dashboard.congress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.blocstats.dashboard.chart.ChartDocument;
import vn.blocstats.dashboard.chart.PdfFonts.Face;
import vn.blocstats.dashboard.chart.PdfLayout;
import vn.blocstats.dashboard.chart.PdfLayout.Align;
import vn.blocstats.dashboard.export.ChartExports;
import vn.blocstats.dashboard.export.ChartSize;

/**
 * A {@link CongressPack} as PDF, laid out like {@link PackDocx} (A4, the same margins, Liberation
 * Serif with Times New Roman's metrics, body 13 pt justified) with PDFBox alone — no office suite
 * at run time — by the flow layout of {@link PdfLayout}: a heading kept with what follows it (a
 * section's heading with its first lines or its first chart, a caption with its chart and source,
 * a table's caption with its header and first row), table cells wrapped at word boundaries, numbers
 * never broken, the header repeated on each new page. Charts are vector drawings with their text in
 * the embedded fonts, at 16 × 10 cm, fitted to that canvas as an export at the text width is.
 * Stateless.
 */
public final class PackPdf {

	private static final float MM = 72f / 25.4f;
	private static final float BODY = 13f;
	private static final float TABLE = 11f;
	private static final float CAPTION = 12f;

	private PackPdf() {
	}

	public static byte[] write(CongressPack pack) {
		try (PDDocument doc = new PDDocument()) {
			doc.getDocumentInformation().setTitle(pack.heading());
			doc.getDocumentInformation().setCreator("blocstats");
			PDFont noticeFont;
			try (PdfLayout page = new PdfLayout(doc, PDRectangle.A4, 20 * MM, 15 * MM, 20 * MM, 30 * MM)) {
				PDFont regular = page.fonts().serif(Face.REGULAR);
				PDFont bold = page.fonts().serif(Face.BOLD);
				noticeFont = bold;
				PDFont italic = page.fonts().serif(Face.ITALIC);
				float indent = 10 * MM;
				page.paragraph(pack.heading(), bold, 14, Align.CENTER, 0);
				page.paragraph(pack.subheading(), bold, 14, Align.CENTER, 0);
				page.space(12);
				page.paragraph(pack.intro(), italic, BODY, Align.JUSTIFY, indent);
				page.space(6);
				// A heading stays with what follows it: the summary's first lines, the first chart with its caption.
				page.keep(page.height(pack.targetsSection(), bold, BODY, indent, 3) + 6 + page.height(pack.summary(), regular, BODY, indent, 2));
				page.paragraph(pack.targetsSection(), bold, BODY, Align.JUSTIFY, indent);
				page.space(6);
				page.paragraph(pack.summary(), regular, BODY, Align.JUSTIFY, indent);
				for (String s : pack.sentences()) {
					page.space(3);
					page.paragraph("- " + PackDocx.capitalise(s) + ".", regular, BODY, Align.JUSTIFY, indent);
				}
				for (CongressPack.Figure f : pack.targetFigures()) {
					figure(page, f, pack, regular, bold, italic);
				}
				page.space(6);
				float next = pack.chartFigures().isEmpty() ? 0 : 12 + chartBlock(page, pack.chartFigures().getFirst(), bold, italic);
				page.keep(page.height(pack.chartsSection(), bold, BODY, indent, 3) + next);
				page.paragraph(pack.chartsSection(), bold, BODY, Align.JUSTIFY, indent);
				for (CongressPack.Figure f : pack.chartFigures()) {
					figure(page, f, pack, regular, bold, italic);
				}
			}
			// A pack of the demo warehouse says on every page, in its bottom margin, that its figures are invented.
			pack.notice().ifPresent(n -> PdfLayout.footOfEveryPage(doc, n, noticeFont, TABLE, new java.awt.Color(0xB0, 0x00, 0x20),
					8 * MM));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The height of a figure's caption, chart and source line: one block, never split. */
	private static float chartBlock(PdfLayout page, CongressPack.Figure f, PDFont bold, PDFont italic) {
		ChartSize size = ChartSize.TEXT;
		return PdfLayout.height(f.caption(), bold, CAPTION, page.width()) + 4 + size.heightPt() + 4
				+ PdfLayout.height(f.source(), italic, CAPTION, page.width());
	}

	private static void figure(PdfLayout page, CongressPack.Figure f, CongressPack pack, PDFont regular, PDFont bold, PDFont italic) {
		ChartSize size = ChartSize.TEXT;
		// the chart as exported at the text width: fonts and labels for that canvas
		ChartDocument d = ChartExports.drawn(f.document(), size);
		page.space(12);
		// The caption stays with its chart, the source line under it.
		page.keep(chartBlock(page, f, bold, italic));
		page.paragraph(f.caption(), bold, CAPTION, Align.CENTER, 0);
		page.space(4);
		page.chart(d.chart(), size.widthPt(), size.heightPt());
		page.space(4);
		page.paragraph(f.source(), italic, CAPTION, Align.LEFT, 0);
		page.space(6);
		// The table's caption stays with its header and first row.
		PdfLayout.Table table = page.layout(d.table(), pack.locale(), regular, bold, TABLE);
		page.keep(PdfLayout.height(f.tableCaption(), italic, TABLE, page.width()) + 2 + table.opening());
		page.paragraph(f.tableCaption(), italic, TABLE, Align.CENTER, 0);
		page.space(2);
		page.table(table);
	}
}
