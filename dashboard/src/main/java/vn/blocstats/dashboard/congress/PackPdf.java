package vn.blocstats.dashboard.congress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.blocstats.dashboard.chart.PdfFonts.Face;
import vn.blocstats.dashboard.chart.PdfLayout;
import vn.blocstats.dashboard.chart.PdfLayout.Align;
import vn.blocstats.dashboard.export.ChartSize;

/**
 * A {@link CongressPack} as PDF, laid out like {@link PackDocx} (A4, the same margins, Liberation
 * Serif with Times New Roman's metrics, body 13 pt justified) with PDFBox alone — no office suite
 * at run time. Charts are vector drawings with their text in the embedded fonts, at 16 × 10 cm.
 * Stateless.
 */
public final class PackPdf {

	private static final float MM = 72f / 25.4f;
	private static final float BODY = 13f;
	private static final float TABLE = 11f;

	private PackPdf() {
	}

	public static byte[] write(CongressPack pack) {
		try (PDDocument doc = new PDDocument()) {
			doc.getDocumentInformation().setTitle(pack.heading());
			doc.getDocumentInformation().setCreator("blocstats");
			try (PdfLayout page = new PdfLayout(doc, PDRectangle.A4, 20 * MM, 15 * MM, 20 * MM, 30 * MM)) {
				PDFont regular = page.fonts().serif(Face.REGULAR);
				PDFont bold = page.fonts().serif(Face.BOLD);
				PDFont italic = page.fonts().serif(Face.ITALIC);
				float indent = 10 * MM;
				page.paragraph(pack.heading(), bold, 14, Align.CENTER, 0);
				page.paragraph(pack.subheading(), bold, 14, Align.CENTER, 0);
				page.space(12);
				page.paragraph(pack.intro(), italic, BODY, Align.JUSTIFY, indent);
				page.space(6);
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
				page.paragraph(pack.chartsSection(), bold, BODY, Align.JUSTIFY, indent);
				for (CongressPack.Figure f : pack.chartFigures()) {
					figure(page, f, pack, regular, bold, italic);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void figure(PdfLayout page, CongressPack.Figure f, CongressPack pack, PDFont regular, PDFont bold, PDFont italic) {
		ChartSize size = ChartSize.TEXT;
		float captionHeight = PdfLayout.height(f.caption(), bold, 12, page.width());
		page.space(12);
		// The caption stays with its chart.
		if (page.remaining() < captionHeight + size.heightPt() + 4) {
			page.newPage();
		}
		page.paragraph(f.caption(), bold, 12, Align.CENTER, 0);
		page.space(4);
		page.chart(f.document().chart(), size.widthPt(), size.heightPt());
		page.space(4);
		page.paragraph(f.source(), italic, 12, Align.LEFT, 0);
		page.space(6);
		if (page.remaining() < 60) {
			page.newPage();
		}
		page.paragraph(f.tableCaption(), italic, TABLE, Align.CENTER, 0);
		page.space(2);
		page.table(f.document().table(), pack.locale(), regular, bold, TABLE);
	}
}
