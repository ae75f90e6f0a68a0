package vn.blocstats.etl.source.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-written minimal .xlsx packages: one sheet "Trang1", optionally shared strings. */
final class XlsxPackages {

	/** Writes an entry's content. */
	interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private XlsxPackages() {
	}

	static Content text(String xml) {
		return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
	}

	static Path write(Path file, Content sheet, String sharedStrings) throws IOException {
		Map<String, Content> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", text("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
				<Default Extension="xml" ContentType="application/xml"/>
				<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
				<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
				<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
				</Types>"""));
		entries.put("_rels/.rels", text("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
				</Relationships>"""));
		entries.put("xl/workbook.xml", text("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
				xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
				<sheets><sheet name="Trang1" sheetId="1" r:id="rId1"/></sheets>
				</workbook>"""));
		entries.put("xl/_rels/workbook.xml.rels", text("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
				<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
				</Relationships>"""));
		entries.put("xl/worksheets/sheet1.xml", sheet);
		entries.put("xl/sharedStrings.xml", text(sharedStrings != null ? sharedStrings
				: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"0\" uniqueCount=\"0\"/>"));
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.setLevel(9);
			for (Map.Entry<String, Content> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				entry.getValue().writeTo(zip);
				zip.closeEntry();
			}
		}
		return file;
	}

	/** Rewrites the package with one entry's content replaced. */
	static void replace(Path file, String entryName, String content) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), entry.getName().equals(entryName) ? content.getBytes(StandardCharsets.UTF_8) : zip.readAllBytes());
			}
		}
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
	}

	/** Overwrites the uncompressed size the central directory declares for an entry, as a hostile file would. */
	static void declareSize(Path file, String entryName, int size) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 + name.length <= bytes.length; i++) {
			if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2
					&& ((bytes[i + 28] & 0xFF) | (bytes[i + 29] & 0xFF) << 8) == name.length
					&& Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
				for (int b = 0; b < 4; b++) {
					bytes[i + 24 + b] = (byte) (size >>> (8 * b));
				}
				Files.write(file, bytes);
				return;
			}
		}
		throw new IllegalArgumentException("no entry " + entryName);
	}

	/** A worksheet part around the given {@code <sheetData>} content. */
	static String sheet(String sheetData) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
				+ "\"><sheetData>" + sheetData + "</sheetData></worksheet>";
	}

	/** A DOCTYPE declaring the classic "billion laughs" entities, &lol9; expanding to 10^9 "lol". */
	static String billionLaughs(String root) {
		StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + root + " [\n")
				.append("<!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
		}
		return dtd.append("]>\n").toString();
	}
}
