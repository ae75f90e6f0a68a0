package vn.blocstats.dashboard.firstrun;

import jakarta.annotation.security.PermitAll;

import org.springframework.context.annotation.Lazy;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import vn.blocstats.dashboard.ui.RouteAccess;
import vn.blocstats.etl.inbox.InboxImport;

/**
 * "Kho dữ liệu chưa có số liệu": what an analyst sees of a real warehouse before its first figure
 * ({@link FirstRun} shows it in place of the analysis screens) — how to import: the import screen
 * (a link for whoever may open it, else whom to ask), the command line, the nightly inbox (its
 * folder), the report templates, and the document on formats; and, apart, the demo.
 */
@Route(FirstRunView.PATH)
@PermitAll
class FirstRunView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

	static final String PATH = "bat-dau";
	/** The import screen's path. */
	static final String IMPORT = "nhap-du-lieu";

	private final AuthenticationContext auth;
	private final InboxImport inbox;

	FirstRunView(AuthenticationContext auth, @Lazy InboxImport inbox) {
		this.auth = auth;
		this.inbox = inbox;
		addClassName("first-run-view");
	}

	/** The page's texts, in the language chosen (on attach, and whenever it changes). */
	@Override
	public void localeChange(LocaleChangeEvent event) {
		removeAll();
		UnorderedList ways = new UnorderedList();
		ListItem screen = new ListItem();
		if (RouteAccess.mayOpen(IMPORT, auth)) {
			Anchor link = new Anchor(IMPORT, getTranslation("firstrun.screen.link"));
			link.addClassName("first-run-import");
			screen.add(new Paragraph(getTranslation("firstrun.screen")), link);
		}
		else {
			screen.add(new Paragraph(getTranslation("firstrun.screen.notAllowed")));
		}
		// the examples' folder, code and file in the reader's language ("bao-cao/", "reports/")
		String folder = getTranslation("firstrun.example.folder");
		ways.add(screen,
				new ListItem(withCode("firstrun.command", "./blocstats import " + folder, "./blocstats import --dry-run " + folder)),
				new ListItem(withCode("firstrun.inbox", inbox.inbox().toString())));
		// not a way of importing: what the offices fill before
		Paragraph templates = withCode("firstrun.templates", "./blocstats template --committee " + getTranslation("firstrun.example.code")
				+ " --period 2026-H1 --out " + getTranslation("firstrun.example.file"));
		Paragraph formats = new Paragraph(getTranslation("firstrun.formats"));
		Paragraph demo = withCode("firstrun.demo", "./blocstats serve --demo");
		demo.addClassName("first-run-demo");
		add(new H2(getTranslation("firstrun.title")), new Paragraph(getTranslation("firstrun.intro")), ways, templates, formats, demo);
	}

	/**
	 * The sentence {@code key} with its commands and paths ({@code {0}}, {@code {1}}…) set as code: a reader sees at once
	 * what to type, and copies it whole.
	 */
	private Paragraph withCode(String key, String... commands) {
		Object[] marks = new Object[commands.length];
		for (int i = 0; i < commands.length; i++) {
			marks[i] = MARK + i + MARK;
		}
		Paragraph p = new Paragraph();
		String[] parts = getTranslation(key, marks).split(MARK);
		for (int i = 0; i < parts.length; i++) {
			if (i % 2 == 0) {
				if (!parts[i].isEmpty()) {
					p.add(new Text(parts[i]));
				}
			}
			else {
				Code code = new Code(commands[Integer.parseInt(parts[i])]);
				code.addClassName("first-run-command");
				p.add(code);
			}
		}
		return p;
	}

	/** Marks a command's place in a translated sentence (a character no translation holds). */
	private static final String MARK = "\u0000";

	@Override
	public String getPageTitle() {
		return getTranslation("firstrun.pageTitle");
	}
}
