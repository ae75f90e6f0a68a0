package vn.blocstats.etl.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The file formats the sample is written in, each as offices' software saves it. CSV: encoding,
 * byte-order mark, separator, how numbers and dates are written. The legacy font encodings
 * (TCVN3, VNI) and the offices' wide-form Excel reports will be further formats with their own
 * {@link TableWriter}.
 */
enum OutputFormat {
	/** Excel's "CSV UTF-8": BOM, ','; Vietnamese numbers (2.096). */
	CSV_UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ',', true, "\r\n", "csv"),
	/** UTF-8 without BOM, ';' (decimal comma locale), plain numbers, as other software writes it. */
	CSV_UTF8_SEMICOLON(StandardCharsets.UTF_8, new byte[0], ';', false, "\n", "csv"),
	/** Excel's "Unicode text": UTF-16LE with BOM, tab-separated. */
	UNICODE_TEXT(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, '\t', true, "\r\n", "txt"),
	/** Excel's "CSV" on a Vietnamese Windows: Windows-1258, ';', tone marks as combining characters. */
	CSV_WINDOWS_1258(Charset.forName("windows-1258"), new byte[0], ';', true, "\r\n", "csv"),
	/** Excel 2007+ workbook, the header in the first row of each sheet. */
	XLSX(null, null, (char) 0, false, null, "xlsx"),
	/** Excel 97–2003 workbook, the header in the first row of each sheet. */
	XLS(null, null, (char) 0, false, null, "xls");

	final Charset charset;
	final byte[] bom;
	final char separator;
	final boolean vietnameseNumbers;
	final String lineEnd;
	final String extension;

	OutputFormat(Charset charset, byte[] bom, char separator, boolean vietnameseNumbers, String lineEnd, String extension) {
		this.charset = charset;
		this.bom = bom;
		this.separator = separator;
		this.vietnameseNumbers = vietnameseNumbers;
		this.lineEnd = lineEnd;
		this.extension = extension;
	}

	/** The writer of this format. */
	TableWriter writer() {
		return switch (this) {
			case XLSX -> new XlsxTableWriter();
			case XLS -> new XlsTableWriter();
			default -> new CsvTableWriter(this);
		};
	}
}
