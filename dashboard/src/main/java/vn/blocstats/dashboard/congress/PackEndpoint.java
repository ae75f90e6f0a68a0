package vn.blocstats.dashboard.congress;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.blocstats.dashboard.audit.AuditAction;
import vn.blocstats.dashboard.audit.AuditLog;
import vn.blocstats.dashboard.export.ChartExports;

/**
 * {@code GET /charts/pack.docx|pdf?committee=74-KCQDN&term=2015-2020[&lang=vi|en]}: the congress pack
 * of a committee's term as a download, behind the login like every chart.
 */
@RestController
@ConditionalOnWebApplication
class PackEndpoint {

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final PackBuilder builder;

	private final AuditLog audit;

	PackEndpoint(PackBuilder builder, AuditLog audit) {
		this.builder = builder;
		this.audit = audit;
	}

	@GetMapping("/charts/pack.{format}")
	ResponseEntity<byte[]> pack(@PathVariable String format, @RequestParam(required = false) String committee,
			@RequestParam(required = false) String term, @RequestParam(required = false) String lang) throws SQLException {
		if (!format.equals("docx") && !format.equals("pdf")) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT)
				.body(("Bộ số liệu Đại hội có dạng docx hoặc pdf, không có " + format).getBytes(StandardCharsets.UTF_8));
		}
		if (committee == null || committee.isBlank() || term == null || term.isBlank()) {
			return ResponseEntity.badRequest().contentType(TEXT)
				.body("Cần đảng bộ và nhiệm kỳ (committee=…&term=…)".getBytes(StandardCharsets.UTF_8));
		}
		try {
			CongressPack pack = builder.build(committee, term, "en".equals(lang) ? Locale.ENGLISH : Locale.of("vi", "VN"));
			byte[] body = format.equals("pdf") ? PackPdf.write(pack) : PackDocx.write(pack);
			String ascii = "so-lieu-dai-hoi-" + committee.replaceAll("[^A-Za-z0-9-]", "") + "-" + pack.term().label() + "." + format;
			String name = "Số liệu Đại hội " + pack.committeeName() + " nhiệm kỳ " + TermCharts.dash(pack.term()) + "." + format;
			audit.record(AuditAction.EXPORT, "/charts/pack." + format + " committee=" + committee + " term=" + term + ": " + name);
			return ResponseEntity.ok()
				.contentType(format.equals("pdf") ? MediaType.APPLICATION_PDF : DOCX)
				.cacheControl(CacheControl.noStore())
				.header(HttpHeaders.CONTENT_DISPOSITION, ChartExports.attachment(ascii, name))
				.body(body);
		}
		catch (IllegalArgumentException e) {
			return ResponseEntity.badRequest().contentType(TEXT).body(e.getMessage().getBytes(StandardCharsets.UTF_8));
		}
	}
}
