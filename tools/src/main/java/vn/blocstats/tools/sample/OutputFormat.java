package vn.blocstats.tools.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import vn.blocstats.etl.source.legacy.LegacyEncoding;

/**
 * The file formats the sample is written in, each as offices' software saves it. CSV: encoding,
 * byte-order mark, separator, how numbers and dates are written. Besides the long-form tables: CSV
 * and .xls typed in the legacy font encodings (TCVN3, VNI), and the offices' own wide-form Excel
 * reports ({@link WideReportWriter}).
 */
enum OutputFormat {
	/** Excel's "CSV UTF-8": BOM, ','; Vietnamese numbers (2.096). */
	CSV_UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ',', true, "\r\n", "csv", null),
	/** UTF-8 without BOM, ';' (decimal comma locale), plain numbers, as other software writes it. */
	CSV_UTF8_SEMICOLON(StandardCharsets.UTF_8, new byte[0], ';', false, "\n", "csv", null),
	/** Excel's "Unicode text": UTF-16LE with BOM, tab-separated. */
	UNICODE_TEXT(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, '\t', true, "\r\n", "txt", null),
	/** Excel's "CSV" on a Vietnamese Windows: Windows-1258, ';', tone marks as combining characters. */
	CSV_WINDOWS_1258(Charset.forName("windows-1258"), new byte[0], ';', true, "\r\n", "csv", null),
	/** A CSV saved on a machine still typing in TCVN3 (".VnTime", ABC): the font's bytes, ','. */
	CSV_TCVN3(null, new byte[0], ',', true, "\r\n", "csv", LegacyEncoding.TCVN3),
	/** A CSV saved on a machine still typing in VNI-Windows ("VNI-Times"): the font's bytes, ';'. */
	CSV_VNI(null, new byte[0], ';', true, "\r\n", "csv", LegacyEncoding.VNI_WINDOWS),
	/** Excel 2007+ workbook, the header in the first row of each sheet. */
	XLSX(null, null, (char) 0, false, null, "xlsx", null),
	/** Excel 97–2003 workbook, the header in the first row of each sheet. */
	XLS(null, null, (char) 0, false, null, "xls", null),
	/** {@link #XLS} typed in the ".VnTime" font: every text cell holds TCVN3 bytes shown as Windows-1252 characters. */
	XLS_VNTIME(null, null, (char) 0, false, null, "xls", LegacyEncoding.TCVN3),
	/** An office's own report as an .xlsx workbook (titles, merged header, totals): {@link WideReportWriter}. */
	WIDE_XLSX(null, null, (char) 0, false, null, "xlsx", null),
	/** An office's own report as an .xls workbook: {@link WideReportWriter}. */
	WIDE_XLS(null, null, (char) 0, false, null, "xls", null);

	final Charset charset;
	final byte[] bom;
	final char separator;
	final boolean vietnameseNumbers;
	final String lineEnd;
	final String extension;
	/** The legacy font encoding the text is typed in, or null (Unicode). */
	final LegacyEncoding legacy;

	OutputFormat(Charset charset, byte[] bom, char separator, boolean vietnameseNumbers, String lineEnd, String extension,
			LegacyEncoding legacy) {
		this.charset = charset;
		this.bom = bom;
		this.separator = separator;
		this.vietnameseNumbers = vietnameseNumbers;
		this.lineEnd = lineEnd;
		this.extension = extension;
		this.legacy = legacy;
	}

	/** The writer of this format. */
	TableWriter writer() {
		return switch (this) {
			case XLSX -> new XlsxTableWriter();
			case XLS -> new XlsTableWriter(null);
			case XLS_VNTIME -> new XlsTableWriter(legacy);
			case WIDE_XLSX -> new WideReportWriter(true);
			case WIDE_XLS -> new WideReportWriter(false);
			default -> new CsvTableWriter(this);
		};
	}
}
