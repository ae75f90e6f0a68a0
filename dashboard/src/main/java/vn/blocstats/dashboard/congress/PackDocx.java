package vn.blocstats.dashboard.congress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.blocstats.dashboard.chart.ChartFonts;
import vn.blocstats.dashboard.chart.ChartRenderer;
import vn.blocstats.dashboard.chart.DataTable;
import vn.blocstats.dashboard.chart.PdfLayout;
import vn.blocstats.dashboard.export.ChartExports;
import vn.blocstats.dashboard.export.ChartSize;

/**
 * A {@link CongressPack} as a Word document (Apache POI XWPF) laid out as a Vietnamese
 * administrative text is (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4, margins top 20 mm, bottom
 * 20 mm, left 30 mm, right 15 mm; Times New Roman (LibreOffice shows it in Liberation Serif, same
 * metrics), body 14 pt justified with a 1 cm first-line indent. Each chart: its numbered caption
 * in bold above, the chart as a PNG of 16 × 10 cm at 300 dpi, the source line in italics below,
 * then its table (12 pt, numbers right-aligned in the reader's format). Printed clean in Word and
 * LibreOffice alike: a fixed table layout whose columns are as wide as their content needs
 * ({@link PdfLayout#columnWidths}, measured in Liberation Serif: a number or a percent never broken
 * across lines), the header row repeated on each page, no row split; a section's heading and a
 * caption kept with what follows. Stateless.
 */
public final class PackDocx {

	static final String FONT = "Times New Roman";
	public static final int BODY_PT = 14;
	public static final int TABLE_PT = 12;
	/** A table cell's left and right margin, in twips (5 pt). */
	private static final int CELL_MARGIN = 100;
	/** Twips (1/20 pt) per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	private PackDocx() {
	}

	public static byte[] write(CongressPack pack) {
		try (XWPFDocument doc = new XWPFDocument()) {
			start(doc, pack.heading());
			pack.notice().ifPresent(n -> everyPage(doc, n));

			XWPFParagraph heading = paragraph(doc, ParagraphAlignment.CENTER, 0, 0);
			text(heading, pack.heading(), true, false, BODY_PT);
			XWPFParagraph sub = paragraph(doc, ParagraphAlignment.CENTER, 0, 240);
			text(sub, pack.subheading(), true, false, BODY_PT);
			text(paragraph(doc, ParagraphAlignment.BOTH, 567, 120), pack.intro(), false, true, BODY_PT);

			// a section's heading stays with what follows it
			XWPFParagraph targets = paragraph(doc, ParagraphAlignment.BOTH, 567, 120);
			keepWithNext(targets);
			text(targets, pack.targetsSection(), true, false, BODY_PT);
			text(paragraph(doc, ParagraphAlignment.BOTH, 567, 120), pack.summary(), false, false, BODY_PT);
			for (String s : pack.sentences()) {
				text(paragraph(doc, ParagraphAlignment.BOTH, 567, 60), "- " + capitalise(s) + ".", false, false, BODY_PT);
			}
			for (CongressPack.Figure f : pack.targetFigures()) {
				figure(doc, f, pack);
			}
			XWPFParagraph charts = paragraph(doc, ParagraphAlignment.BOTH, 567, 120);
			keepWithNext(charts);
			text(charts, pack.chartsSection(), true, false, BODY_PT);
			for (CongressPack.Figure f : pack.chartFigures()) {
				figure(doc, f, pack);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The chart's PNG for the document: the text width (16 cm) at 300 dpi, fitted to that canvas as an export at the text width is. */
	static byte[] png(CongressPack.Figure f) {
		ChartSize size = ChartSize.TEXT;
		return ChartRenderer.png(ChartExports.drawn(f.document(), size).chart(), size.widthPx(300), size.heightPx(300), 300);
	}

	private static void figure(XWPFDocument doc, CongressPack.Figure f, CongressPack pack) {
		XWPFParagraph caption = paragraph(doc, ParagraphAlignment.CENTER, 0, 60);
		caption.setSpacingBefore(240);
		keepWithNext(caption);
		text(caption, f.caption(), true, false, 13);
		XWPFParagraph picture = paragraph(doc, ParagraphAlignment.CENTER, 0, 60);
		keepWithNext(picture);
		ChartSize size = ChartSize.TEXT;
		try {
			picture.createRun().addPicture(new ByteArrayInputStream(png(f)), Document.PICTURE_TYPE_PNG, "bieu-do-" + f.number() + ".png",
					(int) Math.round(size.widthCm() * Units.EMU_PER_CENTIMETER),
					(int) Math.round(size.heightCm() * Units.EMU_PER_CENTIMETER));
		}
		catch (InvalidFormatException | IOException e) {
			throw new IllegalStateException("Cannot place chart " + f.number() + " in the document", e);
		}
		XWPFParagraph source = paragraph(doc, ParagraphAlignment.LEFT, 0, 120);
		text(source, f.source(), false, true, 13);
		XWPFParagraph tableCaption = paragraph(doc, ParagraphAlignment.CENTER, 0, 60);
		keepWithNext(tableCaption);
		text(tableCaption, f.tableCaption(), false, true, TABLE_PT);
		table(doc, f.document().table(), pack);
	}

	private static void table(XWPFDocument doc, DataTable data, CongressPack pack) {
		List<DataTable.Column> columns = data.columns();
		XWPFTable table = doc.createTable(data.rows().size() + 1, columns.size());
		table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
		// Each column as its content needs, on the 165 mm of text width (A4 less 30 and 15 mm), measured in the
		// font LibreOffice prints Times New Roman with: a number's column as wide as its widest value.
		float[] widths = PdfLayout.columnWidths(data, pack.locale(), measure(false), measure(true), (float) (165 * 72 / 25.4),
				CELL_MARGIN / 20f + 1.5f);
		long total = 0;
		for (float w : widths) {
			total += Math.round(w * 20);
		}
		table.setWidth(Long.toString(total));
		table.setTableAlignment(TableRowAlign.CENTER);
		var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() < columns.size()) {
			grid.addNewGridCol();
		}
		var pr = table.getCTTbl().getTblPr();
		(pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
			.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
		XWPFTableRow header = table.getRow(0);
		// The header repeated at the top of each page, itself never split. Data rows may split: LibreOffice
		// (7.4) drops the rows after a page break when a table both repeats its header and forbids rows to
		// split — a congress document would lose figures (PackPdfLayoutTests, 74-KCQDN 2020–2025).
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < columns.size(); c++) {
			long twips = Math.round(widths[c] * 20);
			grid.getGridColArray(c).setW(BigInteger.valueOf(twips));
			for (XWPFTableRow row : table.getRows()) {
				row.getCell(c).setWidth(Long.toString(twips));
			}
			cell(header.getCell(c), columns.get(c).label(), ParagraphAlignment.CENTER, true);
		}
		for (int r = 0; r < data.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			for (int c = 0; c < columns.size(); c++) {
				DataTable.Kind kind = columns.get(c).kind();
				String text = PdfLayout.cell(kind, data.rows().get(r).get(c), pack.locale());
				// a number or a percent is one word: a space inside it does not break
				cell(row.getCell(c), kind == DataTable.Kind.TEXT ? text : text.replace(' ', '\u00A0'),
						kind == DataTable.Kind.TEXT ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT, false);
			}
		}
		paragraph(doc, ParagraphAlignment.LEFT, 0, 120);
	}

	/**
	 * Sets up a new document as an administrative text: A4 and its margins, Times New Roman by
	 * default, the title and "blocstats" as its author (the congress pack's, and the reminders letter's).
	 */
	public static void start(XWPFDocument doc, String title) {
		page(doc);
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		doc.createStyles().setDefaultFonts(fonts);
		doc.getProperties().getCoreProperties().setTitle(title);
		doc.getProperties().getCoreProperties().setCreator("blocstats");
	}

	/**
	 * {@code notice} in the header of every page, bold in dark red: a pack of the demo warehouse
	 * says on each page that its figures are invented, whichever page is copied.
	 */
	private static void everyPage(XWPFDocument doc, String notice) {
		XWPFParagraph p = doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(TABLE_PT);
		run.setBold(true);
		run.setColor("B00020");
		run.setText(notice);
	}

	/** Widths in points of the table's text, in Liberation Serif (Times New Roman's metrics) at {@link #TABLE_PT}. */
	private static PdfLayout.Measure measure(boolean bold) {
		java.awt.Font font = ChartFonts.font(true, bold, TABLE_PT);
		java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
		return s -> (float) font.getStringBounds(s, frc).getWidth();
	}

	/** A table cell's text at {@link #TABLE_PT}. */
	public static void cell(XWPFTableCell cell, String s, ParagraphAlignment align, boolean bold) {
		XWPFParagraph p = cell.getParagraphs().getFirst();
		p.setAlignment(align);
		p.setSpacingAfter(0);
		text(p, s, bold, false, TABLE_PT);
	}

	/** A new paragraph: aligned, its first line indented and the space after it in twips, lines 1,15 apart. */
	public static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int firstLineTwips, int afterTwips) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		if (firstLineTwips > 0) {
			p.setIndentationFirstLine(firstLineTwips);
		}
		p.setSpacingAfter(afterTwips);
		p.setSpacingBetween(1.15);
		return p;
	}

	/** A run of {@code s} in Times New Roman. */
	public static void text(XWPFParagraph p, String s, boolean bold, boolean italic, int pt) {
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(pt);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(s);
	}

	private static void keepWithNext(XWPFParagraph p) {
		var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		if (!ppr.isSetKeepNext()) {
			ppr.addNewKeepNext();
		}
	}

	/** A4 and the margins of an administrative document. */
	private static void page(XWPFDocument doc) {
		CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		mar.setTop(twips(20));
		mar.setBottom(twips(20));
		mar.setLeft(twips(30));
		mar.setRight(twips(15));
		mar.setHeader(twips(10));
		mar.setFooter(twips(10));
	}

	private static BigInteger twips(double mm) {
		return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
	}

	static String capitalise(String s) {
		return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
	}
}
