package vn.blocstats.dashboard.audit;

import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.blocstats.etl.inbox.InboxImport;

/** Records each run of the nightly batch that imported files, as the user {@value AuditAction#SYSTEM}. */
@Component
class NightlyAudit {

	private final AuditLog audit;

	NightlyAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void nightly(InboxImport.InboxRun run) {
		if (run.files().isEmpty() || run.dryRun()) {
			return;
		}
		audit.record(AuditAction.SYSTEM, AuditAction.IMPORT, "nạp hằng đêm (hộp thư đến): " + run.files().size() + " tệp, exit "
				+ run.summary().exitCode() + ": "
				+ run.files().stream().map(f -> f.result().name()).collect(Collectors.joining(", ")), null);
	}
}
