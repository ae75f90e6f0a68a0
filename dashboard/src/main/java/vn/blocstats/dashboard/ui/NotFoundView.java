package vn.blocstats.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address with no screen: a page in the interface language, inside the dashboard's frame (the
 * navigation stays), with the path that was not found and a way back — answered 404.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends RouteNotFoundError {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		getElement().removeAllChildren();
		getElement().getClassList().add("not-found-view");
		String path = "/" + event.getLocation().getPath();
		H2 title = new H2(getTranslation("notFound.title"));
		Paragraph text = new Paragraph(getTranslation("notFound.page", path));
		Anchor home = new Anchor("tong-quan", getTranslation("notFound.home"));
		getElement().appendChild(title.getElement(), text.getElement(), home.getElement());
		return HttpServletResponse.SC_NOT_FOUND;
	}
}
