package vn.blocstats.dashboard.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.blocstats.dashboard.congress.PackDocx;
import vn.blocstats.etl.template.Reminders;
import vn.blocstats.etl.template.TemplateContent;
import vn.blocstats.warehouse.base.VietFormat;
import vn.blocstats.warehouse.quality.QualityQueries.Unit;

/**
 * The reminders as a short letter (DOCX, printable): the committee, "V/v nhắc gửi báo cáo số liệu 6
 * tháng đầu năm 2026", the units that have not reported in a table with the name of each one's own
 * template file, and where to send it back. Laid out as the congress pack is ({@link PackDocx}:
 * A4, administrative margins, Times New Roman). Stateless.
 */
public final class ReminderLetter {

	private ReminderLetter() {
	}

	/** The letter of {@code r}, dated {@code today}. */
	public static byte[] write(Reminders r, LocalDate today) {
		String period = TemplateContent.periodText(r.period());
		try (XWPFDocument doc = new XWPFDocument()) {
			PackDocx.start(doc, "Nhắc gửi báo cáo số liệu " + period);
			int pt = PackDocx.BODY_PT;
			PackDocx.text(PackDocx.paragraph(doc, ParagraphAlignment.LEFT, 0, 0), r.committeeName().toUpperCase(VietFormat.VIETNAMESE),
					true, false, 13);
			PackDocx.text(PackDocx.paragraph(doc, ParagraphAlignment.RIGHT, 0, 0), "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, pt);
			PackDocx.text(PackDocx.paragraph(doc, ParagraphAlignment.RIGHT, 0, 240), "ngày " + today.getDayOfMonth() + " tháng "
					+ today.getMonthValue() + " năm " + today.getYear(), false, true, pt);
			PackDocx.text(PackDocx.paragraph(doc, ParagraphAlignment.LEFT, 0, 240), "V/v nhắc gửi báo cáo số liệu " + period, false,
					false, 13);
			PackDocx.text(PackDocx.paragraph(doc, ParagraphAlignment.CENTER, 0, 240),
					"Kính gửi: các tổ chức cơ sở đảng có tên dưới đây", true, false, pt);
			PackDocx.text(PackDocx.paragraph(doc, ParagraphAlignment.BOTH, 567, 120), "Đến ngày " + VietFormat.date(today)
					+ ", " + r.committeeName() + " chưa nhận được báo cáo số liệu " + period + " của " + r.missing().size()
					+ " trong số " + r.expected() + " tổ chức cơ sở đảng phải báo cáo, gồm:", false, false, pt);
			table(doc, r);
			PackDocx.text(PackDocx.paragraph(doc, ParagraphAlignment.BOTH, 567, 120), "Đề nghị các đồng chí điền số liệu vào mẫu báo "
					+ "cáo (tệp Excel) gửi kèm — mỗi đơn vị một tệp, đã ghi sẵn mã đơn vị, tên đơn vị và kỳ báo cáo, có số liệu kỳ "
					+ "trước để đối chiếu — và gửi lại sớm. Chỉ nhập số vào các ô màu vàng; không sửa mã, tên, tiêu đề và dòng "
					+ "Tổng cộng.", false, false, pt);
			XWPFParagraph sign = PackDocx.paragraph(doc, ParagraphAlignment.RIGHT, 0, 0);
			PackDocx.text(sign, "T/M BAN THƯỜNG VỤ", true, false, pt);
			XWPFParagraph to = PackDocx.paragraph(doc, ParagraphAlignment.LEFT, 0, 0);
			PackDocx.text(to, "Nơi nhận:", true, true, 12);
			for (String line : List.of("- Như trên,", "- Lưu Văn phòng.")) {
				PackDocx.text(PackDocx.paragraph(doc, ParagraphAlignment.LEFT, 0, 0), line, false, false, 11);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void table(XWPFDocument doc, Reminders r) {
		XWPFTable t = doc.createTable(r.missing().size() + 1, 4);
		t.setWidth("100%");
		String[] header = { "STT", "Mã đơn vị", "Tên tổ chức cơ sở đảng", "Mẫu báo cáo gửi kèm" };
		XWPFTableRow h = t.getRow(0);
		h.setRepeatHeader(true);
		for (int c = 0; c < header.length; c++) {
			PackDocx.cell(h.getCell(c), header[c], ParagraphAlignment.CENTER, true);
		}
		int i = 1;
		for (Unit u : r.missing()) {
			XWPFTableRow row = t.getRow(i);
			PackDocx.cell(row.getCell(0), String.valueOf(i), ParagraphAlignment.CENTER, false);
			PackDocx.cell(row.getCell(1), u.code(), ParagraphAlignment.LEFT, false);
			PackDocx.cell(row.getCell(2), u.name(), ParagraphAlignment.LEFT, false);
			PackDocx.cell(row.getCell(3), Reminders.templateFileName(u.code(), r.period()), ParagraphAlignment.LEFT, false);
			i++;
		}
	}
}
